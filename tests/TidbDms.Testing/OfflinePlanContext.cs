using System.Collections.Immutable;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Planning;

namespace TidbDms.Testing;

/// <summary>The plan context the offline preview's facts give (<see cref="OfflineAwsCloud"/>): six zones, the placeholder account, the region's partition, DMS roles not looked up.</summary>
internal static class OfflinePlanContext
{
    public static PlanContext For(string region, string project = "project", string stack = "dev")
    {
        var cloud = new OfflineAwsCloud(region);
        return new PlanContext(
            region, cloud.Partition, cloud.AvailabilityZones, OfflineAwsCloud.PlaceholderAccountId, project, stack, ImmutableSortedDictionary<string, DmsRoleState>.Empty);
    }
}
