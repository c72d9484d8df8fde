using System.Collections.Immutable;

namespace TidbDms.Provider.Component;

/// <summary><c>network.vpcId</c> and what goes with it: the user's VPC, which the component builds into but does not build.</summary>
/// <param name="SubnetIds">The subnet group's subnets; unknown as a whole when any is unknown (a preview), or when missing (an error then).</param>
/// <param name="RouteTableIds">
/// The route tables that get the route to the TiDB project CIDR (VpcPeering); null when not given. The list's length is
/// always known (it decides how many routes exist); each id may be unknown in a preview.
/// </param>
internal sealed record ExistingVpcArgs(
    Input<string> VpcId,
    Input<ImmutableArray<string>> SubnetIds,
    ImmutableArray<Input<string>>? RouteTableIds);
