using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>One <c>Invoke</c> call as received: the function, its arguments decoded, the provider reference and version it named.</summary>
internal sealed record InvokeRecord(string Token, ImmutableSortedDictionary<string, PropertyValue> Args, string Provider, string Version);
