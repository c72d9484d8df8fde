using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// One entry of the <c>InputPropertiesError</c> a provider's <c>Construct</c> failed with: the input
/// path (<c>cluster.sslMode</c>, <c>task.schemas[1]</c>), the provider's reason, and the value the
/// program gave at that path, looked up as the engine looks it up (null when there is none).
/// </summary>
internal sealed record PropertyError(string Path, string Reason, PropertyValue? Value);
