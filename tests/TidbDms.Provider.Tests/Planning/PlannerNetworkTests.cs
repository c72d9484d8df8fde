using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using static TidbDms.Provider.Tests.Planning.PlanText;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>VPC, subnets, zones, tags, previews with unknown inputs, and names across components and stacks.</summary>
internal sealed class PlannerNetworkTests
{
    [Test]
    public void PlanVpcHasTheCidrAndDnsSupportAndHostnames()
    {
        var plan = Plan(TestArgs.Create());

        Assert.Multiple(() =>
        {
            Assert.That(Input(plan, "mig-vpc", "cidrBlock"), Is.EqualTo("\"10.0.0.0/16\""));
            Assert.That(Input(plan, "mig-vpc", "enableDnsSupport"), Is.EqualTo("true"));
            Assert.That(Input(plan, "mig-vpc", "enableDnsHostnames"), Is.EqualTo("true"));
        });
    }

    [Test]
    public void PlanSubnetsTakeFixedSlotsOfTheVpcAndTheRegionsFirstZones()
    {
        var plan = Plan(TestArgs.Create(natGateways: NatGatewayStrategy.OnePerAz, zoneCount: 3));

        string[] subnets = ["mig-private-a", "mig-private-b", "mig-private-c", "mig-public-a", "mig-public-b", "mig-public-c"];
        Assert.Multiple(() =>
        {
            Assert.That(subnets.Select(s => Input(plan, s, "cidrBlock")), Is.EqualTo([
                "\"10.0.0.0/20\"", "\"10.0.16.0/20\"", "\"10.0.32.0/20\"", "\"10.0.128.0/20\"", "\"10.0.144.0/20\"", "\"10.0.160.0/20\"",]));
            Assert.That(subnets.Select(s => Input(plan, s, "availabilityZone")), Is.EqualTo([
                "\"us-west-2a\"", "\"us-west-2b\"", "\"us-west-2c\"", "\"us-west-2a\"", "\"us-west-2b\"", "\"us-west-2c\"",]));
            Assert.That(subnets.Select(s => Input(plan, s, "vpcId")).Distinct(), Is.EqualTo(["\"ref(mig-vpc).id\""]));
            Assert.That(subnets.Select(s => Input(plan, s, "mapPublicIpOnLaunch")).Distinct(), Is.EqualTo(["false"]));
        });
    }

    [Test]
    public void PlanPinnedZonesAreUsedInOrder()
    {
        var args = TestArgs.Create(Tier.Starter, Connectivity.PrivateEndpoint)
            .WithNetwork(n => n with { AvailabilityZones = ["us-west-2d", "us-west-2b"], AvailabilityZoneCount = 2 });
        var plan = Plan(args);

        Assert.That(new[] { Input(plan, "mig-private-a", "availabilityZone"), Input(plan, "mig-private-b", "availabilityZone") },
            Is.EqualTo(["\"us-west-2d\"", "\"us-west-2b\""]));
    }

    [Test]
    public void PlanMoreZonesThanTheRegionHasIsRefused()
    {
        var context = TestContextWithZones("us-west-2a", "us-west-2b");

        var error = Assert.Throws<ArgumentException>(() => Plan(TestArgs.Create(zoneCount: 3), context: context));
        Assert.That(error.Message, Does.StartWith("network.availabilityZoneCount is 3 but region us-west-2 offers 2 zones"));
    }

    [Test]
    public void PlanAsManyZonesAsTheRegionHasUsesEveryOne()
    {
        var plan = Plan(TestArgs.Create(zoneCount: 2), context: TestContextWithZones("us-west-2c", "us-west-2a"));

        Assert.That(new[] { Input(plan, "mig-private-a", "availabilityZone"), Input(plan, "mig-private-b", "availabilityZone") },
            Is.EqualTo(["\"us-west-2c\"", "\"us-west-2a\""]));
    }

    [Test]
    public void PlanTagsAreTheUsersPlusNameOnEveryTaggableChild()
    {
        var plan = Plan(TestArgs.Create());

        Assert.Multiple(() =>
        {
            Assert.That(Input(plan, "mig-nat-a", "tags"), Is.EqualTo("""{"Name":"mig-nat-a","team":"data"}"""));
            Assert.That(Input(plan, "mig-dms-egress-tidb", "tags"), Is.EqualTo("""{"Name":"mig-dms-egress-tidb","team":"data"}"""));
            Assert.That(Input(plan, "mig-private-a-rta", "tags"), Is.Null);
        });
    }

    [Test]
    public void PlanUserNameTagIsReplacedByTheChildName()
    {
        var args = TestArgs.Create() with
        {
            Tags = TestArgs.Known(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("Name", "mine")])),
        };

        Assert.That(Input(Plan(args), "mig-vpc", "tags"), Is.EqualTo("""{"Name":"mig-vpc"}"""));
    }

    [Test]
    public void PlanNoTagsTagsOnlyName()
    {
        var args = TestArgs.Create() with { Tags = null };

        Assert.That(Input(Plan(args), "mig-vpc", "tags"), Is.EqualTo("""{"Name":"mig-vpc"}"""));
    }

    [Test]
    public void PlanUnknownInputsInAPreviewStillPlansWithUnknownValues()
    {
        var args = TestArgs.Create(roles: DmsIamRoles.Create) with
        {
            Tags = Input<ImmutableSortedDictionary<string, string>>.Unknown(dependencies: ["urn:pulumi:dev::shop::aws:s3/bucket:Bucket::tags"]),
        };
        args = args.WithNetwork(n => n with { VpcCidr = Input<string>.Unknown() });
        args = args with { Cluster = args.Cluster with { Port = Input<int>.Unknown(), Host = Input<string>.Unknown() } };
        args = args.WithTask(t => t with { Schemas = Input<ImmutableArray<string>>.Unknown() });
        var plan = Plan(args);

        Assert.Multiple(() =>
        {
            Assert.That(Input(plan, "mig-vpc", "cidrBlock"), Is.EqualTo("\"[unknown]\""));
            Assert.That(Input(plan, "mig-private-b", "cidrBlock"), Is.EqualTo("\"[unknown]\""));
            Assert.That(Input(plan, "mig-vpc", "tags"), Is.EqualTo("\"[unknown]\""));
            Assert.That(Input(plan, "mig-dms-vpc-role", "tags"), Is.EqualTo("\"[unknown]\""));
            Assert.That(Input(plan, "mig-dms-egress-tidb", "fromPort"), Is.EqualTo("\"[unknown]\""));
            Assert.That(Input(plan, "mig-tidb-endpoint", "serverName"), Is.EqualTo("\"[unknown]\""));
            Assert.That(Input(plan, "mig-task", "tableMappings"), Is.EqualTo("\"[unknown]\""));
            Assert.That(((PlanValue.Literal)plan["mig-vpc"].Inputs["tags"]).Value.Dependencies,
                Is.EqualTo(["urn:pulumi:dev::shop::aws:s3/bucket:Bucket::tags"]));
        });
    }

    [Test]
    public void PlanInputsFromOtherResourcesKeepTheirDependenciesAndSecrecy()
    {
        const string urn = "urn:pulumi:dev::shop::tidbcloud:index/cluster:Cluster::c";
        var args = TestArgs.Create();
        args = args with { Cluster = args.Cluster with { Host = Input<string>.Known("h.example.com", isSecret: true, dependencies: [urn]) } };

        var serverName = (PlanValue.Literal)Plan(args)["mig-tidb-endpoint"].Inputs["serverName"];
        Assert.Multiple(() =>
        {
            Assert.That(serverName.Value.IsSecret, Is.True);
            Assert.That(serverName.Value.Dependencies, Is.EqualTo(new[] { urn }));
            Assert.That(serverName.Value.AsString, Is.EqualTo("h.example.com"));
        });
    }

    [Test]
    public void PlanTwoComponentsInOneProgramShareNoNameAndNoDmsIdentifier()
    {
        var args = TestArgs.Create(task: true);
        var first = Plan(args, "orders");
        var second = Plan(args, "billing");

        Assert.Multiple(() =>
        {
            Assert.That(first.Resources.Select(r => r.Name).Intersect(second.Resources.Select(r => r.Name)), Is.Empty);
            Assert.That(DmsIdentifierValues(first).Intersect(DmsIdentifierValues(second)), Is.Empty);
            Assert.That(DmsIdentifierValues(first), Has.Length.EqualTo(5));
        });
    }

    [Test]
    public void PlanSameComponentInTwoStacksHasTheSameNamesButDifferentDmsIdentifiers()
    {
        var args = TestArgs.Create(task: true);
        var dev = Plan(args, context: Context("dev"));
        var prod = Plan(args, context: Context("prod"));

        Assert.Multiple(() =>
        {
            Assert.That(Children(prod), Is.EqualTo(Children(dev)));
            Assert.That(DmsIdentifierValues(dev).Intersect(DmsIdentifierValues(prod)), Is.Empty);
        });
    }

    private static string[] DmsIdentifierValues(MigrationPlan plan) =>
    [
        .. plan.Resources.SelectMany(r => r.Inputs
            .Where(kv => kv.Key is "replicationSubnetGroupId" or "replicationInstanceId" or "endpointId" or "certificateId" or "replicationTaskId"
                or "replicationConfigIdentifier" && kv.Value is PlanValue.Literal)
            .Select(kv => ((PlanValue.Literal)kv.Value).Value.AsString)),
    ];

    private static PlanContext TestContextWithZones(params string[] zones) => Context() with { AvailabilityZones = [.. zones] };
}
