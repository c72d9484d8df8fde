using System.Collections.Immutable;

namespace TidbDms.Provider.Planning;

/// <summary>
/// Internet gateways, route tables (routes inline, so nothing else may add routes to them) and
/// their subnet associations: the routing pieces the connectivity strategies share.
/// </summary>
internal static class RoutingBuilder
{
    /// <summary>
    /// Created attached to the VPC (<c>vpcId</c>), so destroy detaches it: AWS refuses that while an
    /// address in the VPC is still mapped to a public one, which is why the NAT gateways and a
    /// publicly accessible instance wait for it (and so are deleted before it).
    /// </summary>
    public static string AddInternetGateway(PlanBuilder plan, PlanScope scope) => plan.Add(
        AwsTypes.InternetGateway,
        scope.Names.InternetGateway,
        new InputMap
        {
            { AwsInputs.Common.VpcId, VpcId(scope) },
            { AwsInputs.Common.Tags, scope.Tags.For(scope.Names.InternetGateway) },
        });

    /// <summary>
    /// A route table with the given inline routes; without routes the input is left unset. Each
    /// route refers to its target (gateway, NAT gateway, peering), so the table is created after it
    /// and deleted before it: no route ever points at a target that does not exist yet.
    /// </summary>
    public static string AddRouteTable(PlanBuilder plan, PlanScope scope, string name, params PlanValue[] routes) => plan.Add(
        AwsTypes.RouteTable,
        name,
        new InputMap
        {
            { AwsInputs.Common.VpcId, VpcId(scope) },
            { AwsInputs.RouteTable.Routes, routes.Length == 0 ? null : PlanValue.ListOf(routes) },
            { AwsInputs.Common.Tags, scope.Tags.For(name) },
        });

    /// <summary>An inline route: <paramref name="destinationCidr"/> to the target named by <paramref name="targetInput"/>.</summary>
    public static PlanValue Route(PlanValue destinationCidr, string targetInput, PlanValue target) => PlanValue.MapOf(
    [
        KeyValuePair.Create(AwsInputs.RouteTableRoute.CidrBlock, destinationCidr),
        KeyValuePair.Create(targetInput, target),
    ]);

    /// <summary>Refers to both the subnet and the table: AWS needs both to exist, and removes the association before either goes.</summary>
    public static string Associate(PlanBuilder plan, string name, string subnet, string routeTable) => plan.Add(
        AwsTypes.RouteTableAssociation,
        name,
        new InputMap
        {
            { AwsInputs.Common.SubnetId, new PlanValue.Ref(subnet, AwsOutputs.Id) },
            { AwsInputs.RouteTableAssociation.RouteTableId, new PlanValue.Ref(routeTable, AwsOutputs.Id) },
        });

    /// <summary>
    /// The internet gateway, the public route table (default route to it) and one association per
    /// public subnet; returns all of them.
    /// </summary>
    public static ImmutableArray<string> AddPublicRouting(PlanBuilder plan, PlanScope scope, ImmutableArray<string> publicSubnets)
    {
        var igw = AddInternetGateway(plan, scope);
        var table = AddRouteTable(
            plan,
            scope,
            scope.Names.PublicRouteTable,
            Route(PlanValue.Of(ClusterAccess.AnyIpv4), AwsInputs.RouteTableRoute.GatewayId, new PlanValue.Ref(igw, AwsOutputs.Id)));
        var associations = publicSubnets.Select((subnet, zone) => Associate(plan, scope.Names.PublicSubnetAssociation(zone), subnet, table));
        return [igw, table, .. associations];
    }

    /// <summary>One route table shared by every private subnet, with the given routes; returns it and the associations.</summary>
    public static ImmutableArray<string> AddSharedPrivateRouting(
        PlanBuilder plan, PlanScope scope, ImmutableArray<string> privateSubnets, params PlanValue[] routes)
    {
        var table = AddRouteTable(plan, scope, scope.Names.PrivateRouteTable, routes);
        var associations = privateSubnets.Select((subnet, zone) => Associate(plan, scope.Names.PrivateSubnetAssociation(zone), subnet, table));
        return [table, .. associations];
    }

    private static PlanValue.Ref VpcId(PlanScope scope) => new(scope.Names.Vpc, AwsOutputs.Id);
}
