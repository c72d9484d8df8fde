using System.Collections.Immutable;
using Pulumirpc;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// The resource-monitor features this engine supports, by wire enum (<c>GetDeploymentInfo</c>) and
/// by the ids SDKs probe with <c>SupportsFeature</c>. An SDK that believes secrets are unsupported
/// sends them in the clear, so secrets are always on.
/// </summary>
internal static class MonitorFeatures
{
    public static readonly ImmutableArray<(ResourceMonitorFeature Feature, string Id)> Supported =
    [
        (ResourceMonitorFeature.Secrets, "secrets"),
        (ResourceMonitorFeature.ResourceReferences, "resourceReferences"),
        (ResourceMonitorFeature.OutputValues, "outputValues"),
        (ResourceMonitorFeature.AliasSpecs, "aliasSpecs"),
        (ResourceMonitorFeature.DeletedWith, "deletedWith"),
    ];

    public static bool Supports(string id) => Supported.Any(f => string.Equals(f.Id, id, StringComparison.Ordinal));
}
