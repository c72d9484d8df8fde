using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>
/// Everything that differs between the ways DMS reaches the cluster (public endpoint through NAT
/// or from public subnets, PrivateLink, VPC peering). The planner runs the shared steps and asks
/// the strategy at these points only, so no step switches on the connectivity.
/// </summary>
internal interface IConnectivityStrategy
{
    SubnetLayout Layout(int zoneCount);

    /// <summary>Whether the replication instance gets a public IP.</summary>
    bool PubliclyAccessible { get; }

    /// <summary>Adds gateways, route tables and associations after the subnets; returns them by what waits for them.</summary>
    RoutingResources AddRouting(PlanBuilder plan, PlanScope scope, ImmutableArray<string> privateSubnets, ImmutableArray<string> publicSubnets);

    /// <summary>Adds what the path to the cluster needs once the DMS security group exists; says where its egress goes.</summary>
    ClusterAccess AddClusterAccess(PlanBuilder plan, PlanScope scope, NetworkResources network);

    /// <summary>Adds the outputs only this topology has, once every child is planned.</summary>
    void AddOutputs(PlanBuilder plan, PlanScope scope);

    /// <summary>
    /// In the user's VPC (<c>network.vpcId</c>), adds what the path to the cluster lacks there: by
    /// default nothing, as the VPC's own routing (to its NAT or internet gateway) is the user's.
    /// </summary>
    RoutingResources AddRoutingInExistingVpc(PlanBuilder plan, PlanScope scope, ExistingVpcArgs existing) => new([], []);
}
