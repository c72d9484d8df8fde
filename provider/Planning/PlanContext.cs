using System.Collections.Immutable;

namespace TidbDms.Provider.Planning;

/// <summary>
/// The facts from outside that a plan depends on. Registration resolves them with monitor
/// invokes (the offline preview answers them from its offline AWS facts). Planning never looks
/// anything up itself.
/// </summary>
/// <param name="AvailabilityZones">
/// The region's available zones, in the order AWS lists them; never empty (the context is not built
/// for a region without one: that is an error of the environment, reported before any rule runs).
/// </param>
/// <param name="Project">With <paramref name="Stack"/>, makes DMS identifiers unique per stack.</param>
/// <param name="DmsRoles">State per fixed role name (dms-vpc-role, dms-cloudwatch-logs-role, AWSServiceRoleForDMSServerless).</param>
/// <param name="ExistingNetwork">What AWS says about the user's VPC and subnets; null when there are none or they were not looked up.</param>
internal sealed record PlanContext(
    string Region,
    string Partition,
    ImmutableArray<string> AvailabilityZones,
    string AccountId,
    string Project,
    string Stack,
    ImmutableSortedDictionary<string, DmsRoleState> DmsRoles,
    ExistingNetworkFacts? ExistingNetwork = null)
{
    /// <summary>The role's state; <see cref="DmsRoleState.Unknown"/> when it was not looked up.</summary>
    public DmsRoleState RoleState(string roleName) =>
        DmsRoles.TryGetValue(roleName, out var state) ? state : DmsRoleState.Unknown;
}
