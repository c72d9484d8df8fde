using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Testing;

/// <summary>One <c>Invoke</c> call as received.</summary>
internal sealed record RecordedInvoke(string Token, ImmutableSortedDictionary<string, PropertyValue> Args, string Provider, string Version);
