using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>
/// A public endpoint reached from public subnets: the instance is publicly accessible and has its
/// own public IPs (what a Dedicated IP access list must allow). Cheaper than NAT; Instance mode only.
/// </summary>
internal sealed class PublicEndpointPublicSubnetStrategy : IConnectivityStrategy
{
    public bool PubliclyAccessible => true;

    public SubnetLayout Layout(int zoneCount) => new(0, zoneCount, SubnetGroupIsPublic: true);

    /// <summary>
    /// The internet gateway, the public route table and its associations: the path to the cluster,
    /// and what makes the instance's address public (so the instance waits for them, and destroy
    /// deletes it before the gateway is detached).
    /// </summary>
    public RoutingResources AddRouting(
        PlanBuilder plan, PlanScope scope, ImmutableArray<string> privateSubnets, ImmutableArray<string> publicSubnets)
    {
        var routing = RoutingBuilder.AddPublicRouting(plan, scope, publicSubnets);
        return new RoutingResources(routing, routing);
    }

    public ClusterAccess AddClusterAccess(PlanBuilder plan, PlanScope scope, NetworkResources network) => ClusterAccess.PublicInternet;

    /// <summary>Every tier: the instance's public IPs are what the cluster's IP access list or firewall rules must admit.</summary>
    public void AddOutputs(PlanBuilder plan, PlanScope scope) =>
        plan.Output(
            ContractOutputs.IpAccessListCidrs,
            new PlanValue.EachWithSuffix(new PlanValue.Ref(scope.Names.ReplicationInstance, AwsOutputs.ReplicationInstancePublicIps), "/32"));
}
