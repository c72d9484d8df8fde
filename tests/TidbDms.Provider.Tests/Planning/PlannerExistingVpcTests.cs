using TidbDms.Provider.Tests.Support;
using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Testing;
using static TidbDms.Provider.Tests.Planning.PlanText;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>An existing VPC (network.vpcId): only what the network lacks is built, for every connectivity and replication mode.</summary>
internal sealed class PlannerExistingVpcTests
{
    private static readonly string[] NetworkTypes =
    [
        AwsTypes.Vpc, AwsTypes.Subnet, AwsTypes.InternetGateway, AwsTypes.Eip, AwsTypes.NatGateway, AwsTypes.RouteTable, AwsTypes.RouteTableAssociation,
    ];

    public static TidbDmsMigrationArgs InExistingVpc(TidbDmsMigrationArgs args) => args with
    {
        Network = args.Network with
        {
            ExistingVpc = new ExistingVpcArgs(
                TestArgs.Known(ExistingNetwork.VpcId),
                TestArgs.Known<ImmutableArray<string>>([ExistingNetwork.SubnetA, ExistingNetwork.SubnetB]),
                args.Connectivity == Connectivity.VpcPeering ? [TestArgs.Known(ExistingNetwork.RouteTableA), TestArgs.Known(ExistingNetwork.RouteTableB)] : null),
        },
    };

    public static IEnumerable<TestCaseData> EveryConnectivityAndMode()
    {
        foreach (var (connectivity, access) in new[]
                 {
                     (Connectivity.PublicEndpoint, PublicAccess.NatGateway), (Connectivity.PublicEndpoint, PublicAccess.PublicSubnet),
                     (Connectivity.PrivateEndpoint, PublicAccess.NatGateway), (Connectivity.VpcPeering, PublicAccess.NatGateway),
                 })
        {
            foreach (var mode in Enum.GetValues<ReplicationMode>())
            {
                if (mode == ReplicationMode.Serverless && access == PublicAccess.PublicSubnet)
                {
                    continue;
                }

                yield return new TestCaseData(InExistingVpc(TestArgs.Create(Tier.Dedicated, connectivity, publicAccess: access, mode: mode)))
                    .SetArgDisplayNames($"{connectivity}-{access}-{mode}");
            }
        }
    }

    [TestCaseSource(nameof(EveryConnectivityAndMode))]
    public void PlanBuildsNoneOfTheVpcAndPassesThePulumiAwsChecks(TidbDmsMigrationArgs args)
    {
        var plan = Plan(args);

        Assert.Multiple(() =>
        {
            Assert.That(plan.Resources.Where(r => NetworkTypes.Contains(r.Type)).Select(r => r.Name), Is.Empty);
            Assert.That(PlanChecks.SchemaProblems(plan, AwsReference.Instance), Is.Empty);
            Assert.That(PlanChecks.OrderProblems(plan), Is.Empty);
            Assert.That(PlanChecks.OutputProblems(plan), Is.Empty);
            Assert.That(PlanChecks.UnknownProblems(plan), Is.Empty);
            Assert.That(Output(plan, "vpcId"), Is.EqualTo($"\"{ExistingNetwork.VpcId}\""));
            Assert.That(Input(plan, "mig-subnet-group", "subnetIds"), Is.EqualTo($"[\"{ExistingNetwork.SubnetA}\",\"{ExistingNetwork.SubnetB}\"]"));
            Assert.That(Input(plan, "mig-dms-sg", "vpcId"), Is.EqualTo($"\"{ExistingNetwork.VpcId}\""));
            Assert.That(plan.Outputs.ContainsKey("natGatewayPublicIps"), Is.False);
        });
    }

    [Test]
    public void NatGatewayGivenSubnetsArePrivateNoAllowListOutput()
    {
        var plan = Plan(InExistingVpc(TestArgs.Create(Tier.Dedicated)));

        Assert.Multiple(() =>
        {
            Assert.That(Output(plan, "privateSubnetIds"), Is.EqualTo($"[\"{ExistingNetwork.SubnetA}\",\"{ExistingNetwork.SubnetB}\"]"));
            Assert.That(plan.Outputs.Keys, Does.Not.Contain("publicSubnetIds").And.Not.Contain("ipAccessListCidrs"));
            Assert.That(Input(plan, "mig-replication-instance", "publiclyAccessible"), Is.EqualTo("false"));
            Assert.That(plan["mig-replication-instance"].DependsOn, Is.Empty);
            Assert.That(plan["mig-task"].DependsOn, Is.EqualTo(["mig-dms-egress-tidb", "mig-dms-egress-https"]), "the path to the cluster is the user's, but for the egress rules");
        });
    }

    [Test]
    public void PublicSubnetGivenSubnetsArePublicTheInstancesAddressesAreTheAllowList()
    {
        var plan = Plan(InExistingVpc(TestArgs.Create(Tier.Starter, publicAccess: PublicAccess.PublicSubnet)));

        Assert.Multiple(() =>
        {
            Assert.That(Output(plan, "publicSubnetIds"), Is.EqualTo($"[\"{ExistingNetwork.SubnetA}\",\"{ExistingNetwork.SubnetB}\"]"));
            Assert.That(plan.Outputs.Keys, Does.Not.Contain("privateSubnetIds"));
            Assert.That(Input(plan, "mig-replication-instance", "publiclyAccessible"), Is.EqualTo("true"));
            Assert.That(Output(plan, "ipAccessListCidrs"), Is.EqualTo("""{"eachWithSuffix":"ref(mig-replication-instance).replicationInstancePublicIps","suffix":"/32"}""").Or.Contain("replicationInstancePublicIps"));
        });
    }

    [Test]
    public void PrivateEndpointTheEndpointGoesInTheGivenVpcAndSubnets()
    {
        var plan = Plan(InExistingVpc(TestArgs.Create(Tier.Starter, Connectivity.PrivateEndpoint)));

        Assert.Multiple(() =>
        {
            Assert.That(Input(plan, "mig-vpc-endpoint", "vpcId"), Is.EqualTo($"\"{ExistingNetwork.VpcId}\""));
            Assert.That(Input(plan, "mig-vpc-endpoint", "subnetIds"), Is.EqualTo($"[\"{ExistingNetwork.SubnetA}\",\"{ExistingNetwork.SubnetB}\"]"));
            Assert.That(Input(plan, "mig-endpoint-sg", "vpcId"), Is.EqualTo($"\"{ExistingNetwork.VpcId}\""));
            Assert.That(Output(plan, "vpcEndpointId"), Is.EqualTo("\"ref(mig-vpc-endpoint).id\""));
        });
    }

    [Test]
    public void VpcPeeringOneRoutePerGivenTableThroughTheAccepter()
    {
        var plan = Plan(InExistingVpc(TestArgs.Create(Tier.Dedicated, Connectivity.VpcPeering)));

        Assert.Multiple(() =>
        {
            Assert.That(plan.Resources.Where(r => r.Type is AwsTypes.Route or AwsTypes.VpcPeeringConnectionAccepter).Select(r => $"{r.Type} {r.Name}"), Is.EqualTo([
                "aws:ec2/vpcPeeringConnectionAccepter:VpcPeeringConnectionAccepter mig-peering",
                "aws:ec2/route:Route mig-peering-route-1",
                "aws:ec2/route:Route mig-peering-route-2",]));
            Assert.That(Input(plan, "mig-peering-route-1", "routeTableId"), Is.EqualTo($"\"{ExistingNetwork.RouteTableA}\""));
            Assert.That(Input(plan, "mig-peering-route-2", "routeTableId"), Is.EqualTo($"\"{ExistingNetwork.RouteTableB}\""));
            Assert.That(Input(plan, "mig-peering-route-1", "destinationCidrBlock"), Is.EqualTo($"\"{TestValues.TidbCidr}\""));
            Assert.That(Input(plan, "mig-peering-route-1", "vpcPeeringConnectionId"), Is.EqualTo("\"ref(mig-peering).id\""));
            Assert.That(plan["mig-task"].DependsOn, Is.EqualTo(["mig-peering", "mig-peering-route-1", "mig-peering-route-2", "mig-dms-egress-tidb"]));
        });
    }

    [Test]
    public void UnknownIdsInAPreviewStillPlan()
    {
        var args = TestArgs.Create(Tier.Dedicated, Connectivity.VpcPeering);
        args = args with
        {
            Network = args.Network with
            {
                ExistingVpc = new ExistingVpcArgs(Input<string>.Unknown(), Input<ImmutableArray<string>>.Unknown(), [Input<string>.Unknown()]),
            },
        };

        var plan = Plan(args);

        Assert.Multiple(() =>
        {
            Assert.That(Output(plan, "vpcId"), Is.EqualTo("\"[unknown]\""));
            Assert.That(Input(plan, "mig-subnet-group", "subnetIds"), Is.EqualTo("\"[unknown]\""));
            Assert.That(Input(plan, "mig-peering-route-1", "routeTableId"), Is.EqualTo("\"[unknown]\""));
            Assert.That(PlanChecks.SchemaProblems(plan, AwsReference.Instance), Is.Empty);
        });
    }
}
