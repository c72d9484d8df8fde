using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>
/// VPC peering with the TiDB Cloud project VPC (Dedicated): accept the connection TiDB Cloud
/// requested and route the project CIDR through it from every private subnet.
/// </summary>
internal sealed class VpcPeeringStrategy(VpcPeeringArgs peering) : IConnectivityStrategy
{
    public bool PubliclyAccessible => false;

    public SubnetLayout Layout(int zoneCount) => new(zoneCount, 0, SubnetGroupIsPublic: false);

    public RoutingResources AddRouting(
        PlanBuilder plan, PlanScope scope, ImmutableArray<string> privateSubnets, ImmutableArray<string> publicSubnets)
    {
        // No edge to the VPC: the connection TiDB Cloud requested already names this VPC, and
        // pulumi-aws's delete of an accepter only forgets it (the connection goes with the VPC or
        // from TiDB Cloud's side), so neither create nor destroy needs an order.
        var accepter = plan.Add(
            AwsTypes.VpcPeeringConnectionAccepter,
            scope.Names.Peering,
            new InputMap
            {
                { AwsInputs.VpcPeeringConnectionAccepter.VpcPeeringConnectionId, ArgValues.Of(peering.PeeringConnectionId) },
                { AwsInputs.VpcPeeringConnectionAccepter.AutoAccept, PlanValue.Of(true) },
                { AwsInputs.Common.Tags, scope.Tags.For(scope.Names.Peering) },
            });
        var routing = RoutingBuilder.AddSharedPrivateRouting(
            plan,
            scope,
            privateSubnets,
            RoutingBuilder.Route(ArgValues.Of(peering.TidbCidr), AwsInputs.RouteTableRoute.VpcPeeringConnectionId, new PlanValue.Ref(accepter, AwsOutputs.Id)));
        return new RoutingResources([accepter, .. routing], []);
    }

    public ClusterAccess AddClusterAccess(PlanBuilder plan, PlanScope scope, NetworkResources network) =>
        new(AwsInputs.SecurityGroupRule.CidrIpv4, ArgValues.Of(peering.TidbCidr), HttpsEgress: false, []);

    public void AddOutputs(PlanBuilder plan, PlanScope scope)
    {
    }
}
