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
        var accepter = AddAccepter(plan, scope);
        var routing = RoutingBuilder.AddSharedPrivateRouting(
            plan,
            scope,
            privateSubnets,
            RoutingBuilder.Route(ArgValues.Of(peering.TidbCidr), AwsInputs.RouteTableRoute.VpcPeeringConnectionId, new PlanValue.Ref(accepter, AwsOutputs.Id)));
        return new RoutingResources([accepter, .. routing], []);
    }

    /// <summary>
    /// The accepter and one standalone route per given route table (the tables are the user's, so
    /// their other routes stay theirs). Each route refers to the accepter: created after it (AWS
    /// refuses a route through a connection that is not active) and deleted before it.
    /// </summary>
    public RoutingResources AddRoutingInExistingVpc(PlanBuilder plan, PlanScope scope, ExistingVpcArgs existing)
    {
        var accepter = AddAccepter(plan, scope);
        var tables = existing.RouteTableIds ?? throw new ArgumentException("VpcPeering in an existing VPC needs network.routeTableIds", nameof(existing));
        var routes = tables.Select((table, index) => plan.Add(
            AwsTypes.Route,
            scope.Names.PeeringRoute(index),
            new InputMap
            {
                { AwsInputs.Route.RouteTableId, ArgValues.Of(table) },
                { AwsInputs.Route.DestinationCidrBlock, ArgValues.Of(peering.TidbCidr) },
                { AwsInputs.Route.VpcPeeringConnectionId, new PlanValue.Ref(accepter, AwsOutputs.Id) },
            }));
        return new RoutingResources([accepter, .. routes], []);
    }

    public ClusterAccess AddClusterAccess(PlanBuilder plan, PlanScope scope, NetworkResources network) =>
        new(AwsInputs.SecurityGroupRule.CidrIpv4, ArgValues.Of(peering.TidbCidr), HttpsEgress: false, []);

    public void AddOutputs(PlanBuilder plan, PlanScope scope)
    {
    }

    /// <summary>
    /// No edge to the VPC: the connection TiDB Cloud requested already names this VPC, and
    /// pulumi-aws's delete of an accepter only forgets it (the connection goes with the VPC or
    /// from TiDB Cloud's side), so neither create nor destroy needs an order.
    /// </summary>
    private string AddAccepter(PlanBuilder plan, PlanScope scope) => plan.Add(
        AwsTypes.VpcPeeringConnectionAccepter,
        scope.Names.Peering,
        new InputMap
        {
            { AwsInputs.VpcPeeringConnectionAccepter.VpcPeeringConnectionId, ArgValues.Of(peering.PeeringConnectionId) },
            { AwsInputs.VpcPeeringConnectionAccepter.AutoAccept, PlanValue.Of(true) },
            { AwsInputs.Common.Tags, scope.Tags.For(scope.Names.Peering) },
        });
}
