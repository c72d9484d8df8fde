using TidbDms.Provider.Component;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Planning;

/// <summary>
/// The network when the user brings the VPC (<c>network.vpcId</c>): nothing of the VPC itself is
/// built (no subnets, gateways or route tables); the given subnets take the place of the built
/// ones, and the strategy adds only what the path to the cluster lacks in it.
/// </summary>
internal static class ExistingNetworkBuilder
{
    public static NetworkResources Add(PlanBuilder plan, PlanScope scope, IConnectivityStrategy strategy, ExistingVpcArgs existing)
    {
        var subnetIds = new PlanValue.Literal(existing.SubnetIds.ToPropertyValue(ids => PropertyValue.Array(ids.Select(PropertyValue.String))));
        var routing = strategy.AddRoutingInExistingVpc(plan, scope, existing);

        // The given subnets are what the layout makes the subnet group of: public with PublicSubnet, else private.
        plan.Output(ContractOutputs.VpcId, scope.VpcId);
        plan.Output(strategy.Layout(Limits.MinAvailabilityZones).SubnetGroupIsPublic ? ContractOutputs.PublicSubnetIds : ContractOutputs.PrivateSubnetIds, subnetIds);
        return new NetworkResources([], [], [], routing, subnetIds);
    }
}
