using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>A provider function call as the cloud is asked it.</summary>
/// <param name="Provider">The provider reference the call named (<c>urn::id</c>), or empty for the default provider.</param>
internal sealed record CloudInvokeRequest(string Token, ImmutableSortedDictionary<string, PropertyValue> Args, string Provider, bool DryRun);
