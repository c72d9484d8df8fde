using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>The VPC and its subnets in the layout the strategy asks for, then the strategy's routing.</summary>
internal static class NetworkBuilder
{
    public static NetworkResources Add(PlanBuilder plan, PlanScope scope, IConnectivityStrategy strategy)
    {
        var names = scope.Names;
        var vpcCidr = scope.Args.Network.VpcCidr;
        var vpc = plan.Add(
            AwsTypes.Vpc,
            names.Vpc,
            new InputMap
            {
                { AwsInputs.Vpc.CidrBlock, ArgValues.Of(vpcCidr) },

                // PrivateLink private DNS and peering DNS need both; they cost nothing elsewhere.
                { AwsInputs.Vpc.EnableDnsSupport, PlanValue.Of(true) },
                { AwsInputs.Vpc.EnableDnsHostnames, PlanValue.Of(true) },
                { AwsInputs.Common.Tags, scope.Tags.For(names.Vpc) },
            });

        var layout = strategy.Layout(scope.Zones.Length);
        ImmutableArray<string> privateSubnets =
            [.. Enumerable.Range(0, layout.PrivateSubnets).Select(zone => AddSubnet(plan, scope, vpc, names.PrivateSubnet(zone), zone, CidrAllocator.PrivateSubnet(vpcCidr, zone)))];
        ImmutableArray<string> publicSubnets =
            [.. Enumerable.Range(0, layout.PublicSubnets).Select(zone => AddSubnet(plan, scope, vpc, names.PublicSubnet(zone), zone, CidrAllocator.PublicSubnet(vpcCidr, zone)))];
        var routing = strategy.AddRouting(plan, scope, privateSubnets, publicSubnets);

        plan.Output(ContractOutputs.VpcId, new PlanValue.Ref(vpc, AwsOutputs.Id));
        if (!privateSubnets.IsEmpty)
        {
            plan.Output(ContractOutputs.PrivateSubnetIds, Ids(privateSubnets));
        }

        if (!publicSubnets.IsEmpty)
        {
            plan.Output(ContractOutputs.PublicSubnetIds, Ids(publicSubnets));
        }

        return new NetworkResources(privateSubnets, publicSubnets, layout.SubnetGroupIsPublic ? publicSubnets : privateSubnets, routing);
    }

    private static PlanValue Ids(ImmutableArray<string> subnets) => PlanValue.ListOf(subnets.Select(s => new PlanValue.Ref(s, AwsOutputs.Id)));

    private static string AddSubnet(PlanBuilder plan, PlanScope scope, string vpc, string name, int zone, Values.PropertyValue cidr) => plan.Add(
        AwsTypes.Subnet,
        name,
        new InputMap
        {
            { AwsInputs.Common.VpcId, new PlanValue.Ref(vpc, AwsOutputs.Id) },
            { AwsInputs.Subnet.CidrBlock, PlanValue.Of(cidr) },
            { AwsInputs.Subnet.AvailabilityZone, PlanValue.Of(scope.Zones[zone]) },

            // Even public subnets: a publicly accessible DMS instance gets its public IP from DMS, nothing else should.
            { AwsInputs.Subnet.MapPublicIpOnLaunch, PlanValue.Of(false) },
            { AwsInputs.Common.Tags, scope.Tags.For(name) },
        });
}
