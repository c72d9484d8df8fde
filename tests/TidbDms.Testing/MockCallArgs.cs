using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Testing;

/// <summary>A provider function call as the mocks see it.</summary>
internal sealed record MockCallArgs(string Token, ImmutableSortedDictionary<string, PropertyValue> Args, string Provider);
