using System.Text.Json.Nodes;
using TidbDms.Provider.Cli;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>
/// <see cref="PlanDiff"/> on plans written as <c>preview --json</c> writes them: every kind of
/// change, replacement with its reason, the cascade through inputs taken from replaced
/// resources, the options that change the outcome, and the review notes.
/// </summary>
internal sealed class PlanDiffTests
{
    private const string Parent = "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration::m";

    private static string Urn(string type, string name) => $"urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration${type}::{name}";

    private static JsonObject Resource(string type, string name, JsonObject inputs, JsonObject? propertyDependencies = null, JsonObject? options = null) => new()
    {
        ["op"] = "create",
        ["urn"] = Urn(type, name),
        ["type"] = type,
        ["name"] = name,
        ["parent"] = Parent,
        ["custom"] = true,
        ["inputs"] = inputs,
        ["dependencies"] = new JsonArray(),
        ["propertyDependencies"] = propertyDependencies ?? [],
        ["options"] = options ?? new JsonObject { ["protect"] = null, ["deleteBeforeReplace"] = null, ["ignoreChanges"] = new JsonArray(), ["replaceOnChanges"] = new JsonArray() },
    };

    private static PlanSnapshot Plan(params JsonObject[] resources)
    {
        var document = new JsonObject
        {
            ["project"] = "proj",
            ["stack"] = "dev",
            ["resources"] = new JsonArray([.. resources]),
            ["errors"] = new JsonArray(),
        };
        return PlanSnapshot.Parse(document.ToJsonString(), "test", out var problem) ?? throw new AssertionException(problem!);
    }

    private static ResourceChange Row(PlanDiff diff, string name) => diff.Resources.Single(r => r.Resource.Name == name);

    private const string Instance = "aws:dms/replicationInstance:ReplicationInstance";
    private const string Vpc = "aws:ec2/vpc:Vpc";
    private const string Subnet = "aws:ec2/subnet:Subnet";

    private static JsonObject InstanceOf(string @class, bool publiclyAccessible = false, string id = "m-instance-0123abcd") =>
        Resource(Instance, "m-ri", new JsonObject
        {
            ["replicationInstanceClass"] = @class,
            ["publiclyAccessible"] = publiclyAccessible,
            ["replicationInstanceId"] = id,
            ["tags"] = new JsonObject { ["Name"] = "m-ri" },
        });

    [Test]
    public void ComputeEveryKindOfChange()
    {
        var @base = Plan(
            Resource(Vpc, "m-vpc", new JsonObject { ["cidrBlock"] = "10.0.0.0/16" }),
            InstanceOf("dms.t3.large"),
            Resource(Subnet, "m-public-b", new JsonObject { ["cidrBlock"] = "10.0.144.0/20" }));
        var head = Plan(
            Resource(Vpc, "m-vpc", new JsonObject { ["cidrBlock"] = "10.0.0.0/16" }),
            InstanceOf("dms.t3.xlarge"),
            Resource(Subnet, "m-private-c", new JsonObject { ["cidrBlock"] = "10.0.32.0/20" }));

        var diff = PlanDiff.Compute(@base, head);

        Assert.Multiple(() =>
        {
            Assert.That(diff.Resources.Select(r => (r.Resource.Name, r.Kind)), Is.EqualTo(new[]
            {
                ("m-vpc", ChangeKind.Unchanged), ("m-ri", ChangeKind.Update), ("m-private-c", ChangeKind.Create), ("m-public-b", ChangeKind.Delete),
            }));
            var update = Row(diff, "m-ri");
            Assert.That(update.Changes.Select(PlanDiffTextRenderer.Describe), Is.EqualTo(["~ replicationInstanceClass: dms.t3.large => dms.t3.xlarge"]));
            Assert.That(update.ReplaceReasons, Is.Empty);
            Assert.That(PlanDiffTextRenderer.Counts(diff).Select(c => c.Text), Is.EqualTo(["1 to create", "1 to update", "1 to delete", "1 unchanged"]));
            Assert.That(diff.Notes, Is.Empty);
        });
    }

    [Test]
    public void ComputeForceNewInputReplacesWithItsReasonAndNotesTheLostState()
    {
        var diff = PlanDiff.Compute(Plan(InstanceOf("dms.t3.large")), Plan(InstanceOf("dms.t3.large", publiclyAccessible: true)));
        var row = Row(diff, "m-ri");
        Assert.Multiple(() =>
        {
            Assert.That(row.Kind, Is.EqualTo(ChangeKind.Replace));
            Assert.That(row.Changes.Select(PlanDiffTextRenderer.Describe), Is.EqualTo(["~ publiclyAccessible: false => true"]));
            Assert.That(row.ReplaceReasons, Is.EqualTo(["publiclyAccessible forces replacement (ForceNew in aws_dms_replication_instance)"]));
            Assert.That(diff.Notes, Is.EqualTo([
                "the replication instance `m-ri` is replaced: the migration state on it is lost (a task's full-load progress and CDC position); a task starts over",]));
        });
    }

    [Test]
    public void ComputeDmsIdentifierChangedIsCalledOut()
    {
        var diff = PlanDiff.Compute(Plan(InstanceOf("dms.t3.large")), Plan(InstanceOf("dms.t3.large", id: "m-instance-99990000")));
        Assert.That(diff.Notes[0], Is.EqualTo("DMS identifier of `m-ri` changes (m-instance-0123abcd → m-instance-99990000): it is deleted and created again under the new identifier"));
    }

    [Test]
    public void ComputeTagsOnlyIsAnUpdateAtTheTagsPath()
    {
        var head = InstanceOf("dms.t3.large");
        head["inputs"]!["tags"]!["team"] = "data";
        var row = Row(PlanDiff.Compute(Plan(InstanceOf("dms.t3.large")), Plan(head)), "m-ri");
        Assert.Multiple(() =>
        {
            Assert.That(row.Kind, Is.EqualTo(ChangeKind.Update));
            Assert.That(row.Changes.Select(PlanDiffTextRenderer.Describe), Is.EqualTo(["+ tags.team: data"]));
        });
    }

    [Test]
    public void ComputeReplacedResourceReplacesWhatTakesAForceNewInputFromIt()
    {
        var vpc = Urn(Vpc, "m-vpc");
        JsonObject SubnetIn() => Resource(Subnet, "m-private-a", new JsonObject { ["vpcId"] = "[unknown]", ["cidrBlock"] = "10.0.0.0/20" }, new JsonObject { ["vpcId"] = new JsonArray(vpc), ["cidrBlock"] = new JsonArray() });
        JsonObject Gateway() => Resource("aws:ec2/internetGateway:InternetGateway", "m-igw", new JsonObject { ["vpcId"] = "[unknown]" }, new JsonObject { ["vpcId"] = new JsonArray(vpc) });
        var diff = PlanDiff.Compute(
            Plan(Resource(Vpc, "m-vpc", new JsonObject { ["cidrBlock"] = "10.0.0.0/16" }), SubnetIn(), Gateway()),
            Plan(Resource(Vpc, "m-vpc", new JsonObject { ["cidrBlock"] = "10.1.0.0/16" }), SubnetIn(), Gateway()));
        Assert.Multiple(() =>
        {
            Assert.That(Row(diff, "m-vpc").ReplaceReasons, Is.EqualTo(["cidrBlock forces replacement (ForceNew in aws_vpc)"]));
            var subnet = Row(diff, "m-private-a");
            Assert.That(subnet.Kind, Is.EqualTo(ChangeKind.Replace));
            Assert.That(subnet.Changes.Select(PlanDiffTextRenderer.Describe), Is.EqualTo(["~ vpcId: [unknown], changes (m-vpc is replaced)"]));
            Assert.That(subnet.ReplaceReasons, Is.EqualTo(["vpcId forces replacement (ForceNew in aws_subnet)"]));
            var gateway = Row(diff, "m-igw");
            Assert.That(gateway.Kind, Is.EqualTo(ChangeKind.Update), "an internet gateway moves to the new VPC in place");
        });
    }

    [Test]
    public void ComputeIgnoreChangesAndReplaceOnChangesAreHonoured()
    {
        JsonObject Options(string ignore, string replace) => new()
        {
            ["protect"] = true, ["deleteBeforeReplace"] = true,
            ["ignoreChanges"] = new JsonArray(ignore), ["replaceOnChanges"] = new JsonArray(replace),
        };
        var @base = Resource(Instance, "m-ri", new JsonObject { ["replicationInstanceClass"] = "dms.t3.large", ["tags"] = new JsonObject { ["a"] = "1" }, ["allocatedStorage"] = 50 }, options: Options("tags", "allocatedStorage"));
        var head = Resource(Instance, "m-ri", new JsonObject { ["replicationInstanceClass"] = "dms.t3.large", ["tags"] = new JsonObject { ["a"] = "2" }, ["allocatedStorage"] = 100 }, options: Options("tags", "allocatedStorage"));
        var diff = PlanDiff.Compute(Plan(@base), Plan(head));
        var row = Row(diff, "m-ri");
        Assert.Multiple(() =>
        {
            Assert.That(row.Changes.Select(c => c.Path), Is.EqualTo(["allocatedStorage"]), "tags are ignored");
            Assert.That(row.Kind, Is.EqualTo(ChangeKind.Replace));
            Assert.That(row.DeleteFirst, Is.True);
            Assert.That(PlanDiffTextRenderer.Label(row), Is.EqualTo("replace (delete first)"));
            Assert.That(row.ReplaceReasons, Is.EqualTo(["allocatedStorage is in replaceOnChanges"]));
            Assert.That(diff.Notes, Does.Contain("`m-ri` is protected: pulumi up refuses to replace it until protect is removed"));
        });
    }

    [Test]
    public void ComputeSecretsStaySecret()
    {
        JsonObject Endpoint(string mode) => Resource("aws:dms/endpoint:Endpoint", "m-tidb", new JsonObject { ["password"] = "[secret]", ["sslMode"] = mode });
        var diff = PlanDiff.Compute(
            Plan(Endpoint("verify-full"), Resource("aws:dms/certificate:Certificate", "m-ca", new JsonObject { ["certificatePem"] = "[secret]", ["certificateId"] = "m-ca-1" })),
            Plan(Endpoint("verify-ca"), Resource("aws:dms/certificate:Certificate", "m-ca", new JsonObject { ["certificatePem"] = "[secret]", ["certificateId"] = "m-ca-2" })));
        Assert.Multiple(() =>
        {
            Assert.That(Row(diff, "m-tidb").Changes.Select(PlanDiffTextRenderer.Describe), Is.EqualTo(["~ sslMode: verify-full => verify-ca"]));
            Assert.That(Row(diff, "m-ca").Kind, Is.EqualTo(ChangeKind.Replace));
            Assert.That(diff.Notes, Does.Contain("the CA certificate `m-ca` is replaced"));
        });
    }

    [Test]
    public void ComputeCertificateReplacedSaysWhatHappensToTheEndpointThatUsesIt()
    {
        var ca = Urn("aws:dms/certificate:Certificate", "m-ca");
        JsonObject Certificate(string id) => Resource("aws:dms/certificate:Certificate", "m-ca", new JsonObject { ["certificateId"] = id, ["certificatePem"] = "[secret]" },
            options: new JsonObject { ["deleteBeforeReplace"] = true });
        JsonObject Endpoint(string id) => Resource("aws:dms/endpoint:Endpoint", "m-tidb", new JsonObject { ["certificateArn"] = "[unknown]", ["endpointId"] = id },
            new JsonObject { ["certificateArn"] = new JsonArray(ca), ["endpointId"] = new JsonArray() });
        var diff = PlanDiff.Compute(Plan(Certificate("m-ca-1"), Endpoint("m-tidb-1")), Plan(Certificate("m-ca-2"), Endpoint("m-tidb-2")));
        Assert.That(diff.Notes, Is.EqualTo([
            "DMS identifier of `m-ca` changes (m-ca-1 → m-ca-2): it is deleted and created again under the new identifier",
            "the CA certificate `m-ca` is replaced (deleted first: its identifier is fixed); the endpoint that uses it: m-tidb (replaced)",
            "DMS identifier of `m-tidb` changes (m-tidb-1 → m-tidb-2): it is deleted and created again under the new identifier",
            "the TiDB endpoint `m-tidb` is replaced: DMS tests its connection again",]));
    }

    [Test]
    public void ComputePeeringRouteRemovedIsCalledOutUnlessAnotherTableKeepsIt()
    {
        JsonObject Table(string name, params JsonObject[] routes) => Resource("aws:ec2/routeTable:RouteTable", name, new JsonObject { ["routes"] = new JsonArray([.. routes]) });
        JsonObject Peering(string cidr) => new() { ["cidrBlock"] = cidr, ["vpcPeeringConnectionId"] = "pcx-1" };
        var removed = PlanDiff.Compute(
            Plan(Table("m-private-rt", Peering("10.250.0.0/16"), Peering("10.251.0.0/16"))),
            Plan(Table("m-private-rt", Peering("10.251.0.0/16"))));
        var moved = PlanDiff.Compute(
            Plan(Table("m-private-rt-a", Peering("10.250.0.0/16"))),
            Plan(Table("m-private-rt", Peering("10.250.0.0/16"))));
        Assert.Multiple(() =>
        {
            Assert.That(Row(removed, "m-private-rt").Changes.Select(PlanDiffTextRenderer.Describe),
                Is.EqualTo(["""- routes[0]: {"cidrBlock":"10.250.0.0/16","vpcPeeringConnectionId":"pcx-1"}"""]));
            Assert.That(removed.Notes, Is.EqualTo(["the route to 10.250.0.0/16 through the VPC peering is removed from `m-private-rt`: DMS cannot reach the cluster that way"]));
            Assert.That(moved.Notes, Is.Empty);
        });
    }

    [Test]
    public void ComputeNatGatewayRemovedIsCalledOut()
    {
        var diff = PlanDiff.Compute(Plan(Resource("aws:ec2/natGateway:NatGateway", "m-nat-b", new JsonObject { ["subnetId"] = "[unknown]" })), Plan());
        Assert.That(diff.Notes, Is.EqualTo(["the NAT gateway `m-nat-b` is removed: the private subnets routed through it lose their way to the internet (and to a public TiDB endpoint)"]));
    }

    [TestCase("{", "--diff-against base.json: not JSON (line 1): give the output of an earlier 'preview --json'")]
    [TestCase("[]", "--diff-against base.json: not the output of 'preview --json' (it has no project, stack and resources)")]
    [TestCase("""{"project":"p","stack":"s","resources":[{"urn":1}]}""", "--diff-against base.json: resources[0] has no urn, type and name: not the output of 'preview --json'")]
    public void ParseNotAPlanSaysWhy(string text, string message)
    {
        Assert.Multiple(() =>
        {
            Assert.That(PlanSnapshot.Parse(text, "--diff-against base.json", out var problem), Is.Null);
            Assert.That(problem, Is.EqualTo(message));
        });
    }
}
