using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>
/// A public endpoint reached from private subnets through NAT gateways: the TiDB Cloud doc's
/// "two private and one public subnet" layout. DMS stays unreachable from the internet, and its
/// traffic leaves from the NAT gateways' Elastic IPs (what a Dedicated IP access list must allow).
/// </summary>
internal sealed class PublicEndpointNatGatewayStrategy(NatGatewayStrategy natGateways) : IConnectivityStrategy
{
    public const string NatConnectivityType = "public";
    public const string EipDomain = "vpc";

    public bool PubliclyAccessible => false;

    public SubnetLayout Layout(int zoneCount) => new(zoneCount, NatCount(zoneCount), SubnetGroupIsPublic: false);

    /// <summary>
    /// The public routing, the NAT gateways and the private routing through them: all of it is the
    /// path to the cluster. Only a replication that connects waits for it; the instance does not
    /// (it is private), so the NAT gateways and the instance, the two slow creations, run at once.
    /// </summary>
    public RoutingResources AddRouting(
        PlanBuilder plan, PlanScope scope, ImmutableArray<string> privateSubnets, ImmutableArray<string> publicSubnets)
    {
        var names = scope.Names;
        var routing = ImmutableArray.CreateBuilder<string>();
        routing.AddRange(RoutingBuilder.AddPublicRouting(plan, scope, publicSubnets));
        var nats = publicSubnets.Select((subnet, zone) => AddNatGateway(plan, scope, zone, subnet)).ToImmutableArray();
        routing.AddRange(nats);

        if (natGateways == NatGatewayStrategy.Single)
        {
            routing.AddRange(RoutingBuilder.AddSharedPrivateRouting(plan, scope, privateSubnets, ToNat(nats[0])));
        }
        else
        {
            for (var zone = 0; zone < privateSubnets.Length; zone++)
            {
                // Each zone leaves through its own NAT gateway, so losing a zone leaves the others working.
                var table = RoutingBuilder.AddRouteTable(plan, scope, names.ZonalPrivateRouteTable(zone), ToNat(nats[zone]));
                routing.Add(table);
                routing.Add(RoutingBuilder.Associate(plan, names.PrivateSubnetAssociation(zone), privateSubnets[zone], table));
            }
        }

        return new RoutingResources(routing.ToImmutable(), []);
    }

    public ClusterAccess AddClusterAccess(PlanBuilder plan, PlanScope scope, NetworkResources network) => ClusterAccess.PublicInternet;

    public void AddOutputs(PlanBuilder plan, PlanScope scope)
    {
        if (scope.Args.Network.ExistingVpc is not null)
        {
            // The NAT gateways are the user's: their addresses are unknown here (the args reader warns).
            return;
        }

        var publicIps = Enumerable.Range(0, NatCount(scope.Zones.Length))
            .Select(zone => (PlanValue)new PlanValue.Ref(scope.Names.NatEip(zone), AwsOutputs.PublicIp))
            .ToImmutableArray();
        plan.Output(ContractOutputs.NatGatewayPublicIps, new PlanValue.List(publicIps));

        // Every tier: a Dedicated IP access list admits only the addresses on it, and Starter and
        // Essential firewall rules can be narrowed from their allow-all default.
        plan.Output(
            ContractOutputs.IpAccessListCidrs,
            PlanValue.ListOf(publicIps.Select(ip => new PlanValue.Concat([ip, PlanValue.Of("/32")]))));
    }

    private static PlanValue AnyIpv4 => PlanValue.Of(ClusterAccess.AnyIpv4);

    private int NatCount(int zoneCount) => natGateways == NatGatewayStrategy.OnePerAz ? zoneCount : 1;

    private static PlanValue ToNat(string nat) =>
        RoutingBuilder.Route(AnyIpv4, AwsInputs.RouteTableRoute.NatGatewayId, new PlanValue.Ref(nat, AwsOutputs.Id));

    private static string AddNatGateway(PlanBuilder plan, PlanScope scope, int zone, string publicSubnet)
    {
        var names = scope.Names;

        // No edge to the internet gateway: allocating an address needs none; the NAT gateway that maps it does.
        var eip = plan.Add(
            AwsTypes.Eip,
            names.NatEip(zone),
            new InputMap
            {
                { AwsInputs.Eip.Domain, PlanValue.Of(EipDomain) },
                { AwsInputs.Common.Tags, scope.Tags.For(names.NatEip(zone)) },
            });

        // Waits for the internet gateway: a public NAT gateway in a VPC without one fails to create,
        // and the gateway cannot be detached while the NAT gateway still maps its Elastic IP.
        return plan.Add(
            AwsTypes.NatGateway,
            names.NatGateway(zone),
            new InputMap
            {
                { AwsInputs.NatGateway.AllocationId, new PlanValue.Ref(eip, AwsOutputs.AllocationId) },
                { AwsInputs.Common.SubnetId, new PlanValue.Ref(publicSubnet, AwsOutputs.Id) },
                { AwsInputs.NatGateway.ConnectivityType, PlanValue.Of(NatConnectivityType) },
                { AwsInputs.Common.Tags, scope.Tags.For(names.NatGateway(zone)) },
            },
            dependsOn: [names.InternetGateway]);
    }
}
