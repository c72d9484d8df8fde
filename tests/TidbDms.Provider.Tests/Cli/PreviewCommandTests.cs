using System.Text.Json.Nodes;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>
/// The real <c>preview</c> verb end to end (reader, the program run against the offline engine with
/// the plugin attached, renderers) on the repository's own programs, invoked in process.
/// </summary>
internal sealed class PreviewCommandTests
{
    private const string Password = "Sup3r-Secret-Pa55word";

    private static async Task<JsonNode> JsonOf(params string[] args)
    {
        var outcome = await PreviewInvocation.RunCliAsync(["preview", .. args, "--json"]);
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
        return JsonNode.Parse(outcome.Output)!;
    }

    private static List<string> TypesOf(JsonNode json) =>
        [.. json["resources"]!.AsArray().Select(r => r!["type"]!.GetValue<string>())];

    [Test]
    public async Task PreviewEveryExampleSucceeds()
    {
        foreach (var example in RepositoryFiles.Examples)
        {
            foreach (var format in new[] { "--stack=dev", "--json", "--mermaid" })
            {
                var outcome = await PreviewInvocation.RunCliAsync("preview", RepositoryFiles.Example(example), format);
                Assert.That(outcome.ExitCode, Is.EqualTo(0), $"{example} {format}:\n{outcome.All}");
            }
        }
    }

    private static IEnumerable<TestCaseData> Examples()
    {
        yield return Example("starter-public-nat-target", ["aws:ec2/natGateway:NatGateway", "aws:ec2/natGateway:NatGateway", "aws:dms/replicationInstance:ReplicationInstance", "aws:dms/certificate:Certificate", "aws:dms/replicationTask:ReplicationTask"], ["aws:ec2/vpcEndpoint:VpcEndpoint"]);
        yield return Example("essential-private-endpoint", ["aws:ec2/vpcEndpoint:VpcEndpoint", "aws:dms/replicationInstance:ReplicationInstance"], ["aws:ec2/natGateway:NatGateway", "aws:ec2/internetGateway:InternetGateway"]);
        yield return Example("dedicated-public-subnet", ["aws:ec2/internetGateway:InternetGateway", "aws:dms/certificate:Certificate", "aws:dms/replicationInstance:ReplicationInstance"], ["aws:ec2/natGateway:NatGateway"]);
        yield return Example("dedicated-vpc-peering", ["aws:ec2/vpcPeeringConnectionAccepter:VpcPeeringConnectionAccepter", "aws:ec2/routeTable:RouteTable"], ["aws:ec2/natGateway:NatGateway", "aws:ec2/internetGateway:InternetGateway"]);
        yield return Example("serverless-with-task", ["aws:dms/replicationConfig:ReplicationConfig", "aws:ec2/natGateway:NatGateway"], ["aws:dms/replicationInstance:ReplicationInstance", "aws:dms/replicationTask:ReplicationTask"]);
        yield return Example(
            "dedicated-existing-vpc",
            ["aws:ec2/vpcPeeringConnectionAccepter:VpcPeeringConnectionAccepter", "aws:ec2/route:Route", "aws:dms/eventSubscription:EventSubscription", "aws:dms/replicationInstance:ReplicationInstance"],
            ["aws:ec2/vpc:Vpc", "aws:ec2/subnet:Subnet", "aws:ec2/routeTable:RouteTable", "aws:ec2/natGateway:NatGateway", "aws:ec2/internetGateway:InternetGateway"]);
        yield return Example("tidb-source-full-load", ["aws:dms/replicationTask:ReplicationTask", "aws:dms/endpoint:Endpoint"], ["aws:dms/replicationConfig:ReplicationConfig"]);
        yield return Example("starter-tuned-task-settings", ["aws:dms/replicationTask:ReplicationTask", "aws:dms/endpoint:Endpoint"], ["aws:iam/rolePolicy:RolePolicy", "aws:iam/role:Role"]);
        yield return Example("serverless-secrets-manager", ["aws:dms/replicationConfig:ReplicationConfig", "aws:iam/role:Role", "aws:iam/rolePolicy:RolePolicy", "aws:ec2/vpcEndpoint:VpcEndpoint"], ["aws:dms/replicationInstance:ReplicationInstance"]);
        yield return Example("dedicated-source-endpoint-settings", ["aws:dms/replicationTask:ReplicationTask", "aws:dms/certificate:Certificate"], ["aws:iam/role:Role", "aws:dms/replicationConfig:ReplicationConfig"]);
    }

    /// <summary>An example, the types its preview must create, and those it must not.</summary>
    private static TestCaseData Example(string name, string[] present, string[] absent) => new(name, present, absent);

    [TestCaseSource(nameof(Examples))]
    public async Task PreviewExampleCreatesItsTopology(string example, string[] present, string[] absent)
    {
        var types = TypesOf(await JsonOf(RepositoryFiles.Example(example)));
        Assert.Multiple(() =>
        {
            Assert.That(types.Take(2), Is.EqualTo(["pulumi:pulumi:Stack", "tidb-dms:index:TidbDmsMigration"]));
            foreach (var group in present.GroupBy(t => t))
            {
                Assert.That(types.Count(t => t == group.Key), Is.GreaterThanOrEqualTo(group.Count()), $"{example}: {group.Key}");
            }

            Assert.That(types.Intersect(absent), Is.Empty, example);
        });
    }

    [Test]
    public async Task PreviewRootProgramPrintsTheQuickStartTree()
    {
        var outcome = await PreviewInvocation.RunCliAsync("preview", RepositoryFiles.RootProgram);

        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
        Assert.That(outcome.Output, Does.StartWith("""
            Previewing update (dev) of tidb-dms-quickstart, offline: nothing is sent to AWS or to a Pulumi engine.

                 Type                                                           Name                            Plan
             +   pulumi:pulumi:Stack                                            tidb-dms-quickstart-dev         create
             +   └─ tidb-dms:index:TidbDmsMigration                             migration                       create
             +      ├─ aws:dms/certificate:Certificate                          migration-ca                    create
             +      ├─ aws:ec2/eip:Eip                                          migration-nat-eip-a             create
             +      ├─ aws:ec2/vpc:Vpc                                          migration-vpc                   create
             +      ├─ aws:ec2/securityGroup:SecurityGroup                      migration-dms-sg                create
             +      ├─ aws:ec2/internetGateway:InternetGateway                  migration-igw                   create
             +      ├─ aws:ec2/subnet:Subnet                                    migration-private-a             create
             +      ├─ aws:ec2/subnet:Subnet                                    migration-private-b             create
             +      ├─ aws:ec2/subnet:Subnet                                    migration-public-a              create
             +      ├─ aws:dms/endpoint:Endpoint                                migration-tidb-endpoint         create
             +      ├─ aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule  migration-dms-egress-https      create
             +      ├─ aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule  migration-dms-egress-tidb       create
             +      ├─ aws:ec2/natGateway:NatGateway                            migration-nat-a                 create
             +      ├─ aws:ec2/routeTable:RouteTable                            migration-public-rt             create
             +      ├─ aws:dms/replicationSubnetGroup:ReplicationSubnetGroup    migration-subnet-group          create
             +      ├─ aws:ec2/routeTable:RouteTable                            migration-private-rt            create
             +      ├─ aws:ec2/routeTableAssociation:RouteTableAssociation      migration-public-a-rta          create
             +      ├─ aws:dms/replicationInstance:ReplicationInstance          migration-replication-instance  create
             +      ├─ aws:ec2/routeTableAssociation:RouteTableAssociation      migration-private-a-rta         create
             +      └─ aws:ec2/routeTableAssociation:RouteTableAssociation      migration-private-b-rta         create

            Resources:
                + 21 to create

            """));
    }

    [Test]
    public async Task PreviewRootProgramShowsTheNatPathInMermaid()
    {
        var outcome = await PreviewInvocation.RunCliAsync("preview", RepositoryFiles.RootProgram, "--mermaid");
        var lines = outcome.Output.Split('\n').Select(l => l.Trim()).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            Assert.That(lines, Does.Contain("migration_public_a[\"public subnet<br/>migration-public-a<br/>10.0.128.0/20\"]"));
            Assert.That(lines, Does.Contain("migration_replication_instance -->|\"0.0.0.0/0\"| migration_nat_a"));
            Assert.That(lines, Does.Contain("migration_igw -->|\"TCP 4000, TLS verify-full\"| migration_tidb"));
        });
    }

    [Test]
    public async Task PreviewDedicatedPublicSubnetOutputsTheIpAccessList()
    {
        var outcome = await PreviewInvocation.RunCliAsync("preview", RepositoryFiles.Example("dedicated-public-subnet"));
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            Assert.That(outcome.Output, Does.Contain("\nStack outputs:\n    ipAccessListCidrs"));
        });
    }

    [TestCase("--stack=dev")]
    [TestCase("--json")]
    [TestCase("--mermaid")]
    public async Task PreviewRootProgramWithPasswordNeverPrintsIt(string format)
    {
        var outcome = await PreviewInvocation.RunCliAsync("preview", RepositoryFiles.RootProgram, format, "--config", $"tidbPassword={Password}");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            Assert.That(outcome.All, Does.Not.Contain(Password));
        });
    }

    [Test]
    public async Task PreviewBrokenProgramPrintsEveryErrorWithItsPathAndLine()
    {
        using var program = new TempProgram($"""
            name: broken
            runtime: yaml
            resources:
              first:
                type: tidb-dms:TidbDmsMigration
                properties:
                  tier: Starter
                  connectivity: VpcPeering
                  endpointType: source
                  cluster:
                    host: gateway01.us-west-2.prod.aws.tidbcloud.com
                    username: root
                    password: {Password}
              second:
                type: tidb-dms:TidbDmsMigration
                properties:
                  tier: Basic
                  connectivity: PublicEndpoint
                  endpointType: target
                  cluster:
                    host: gateway01.us-west-2.prod.aws.tidbcloud.com
                    username: abc.root
                    password: {Password}
                  replication:
                    allocatedStorage: 1
            """);
        var file = Path.Combine(program.Directory, "Pulumi.yaml");

        var outcome = await PreviewInvocation.RunCliAsync("preview", file);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Output, Is.Empty);
            Assert.That(outcome.Error, Does.Contain($"error: {file}:8: first: connectivity"));
            Assert.That(outcome.Error, Does.Contain($"error: {file}:12: first: cluster.username"));
            Assert.That(outcome.Error, Does.Contain($"error: {file}:17: second: tier"));
            Assert.That(outcome.Error, Does.Contain($"error: {file}:25: second: replication.allocatedStorage"));
            Assert.That(outcome.Error, Does.Contain("nothing was previewed"));
            Assert.That(outcome.All, Does.Not.Contain(Password));
        });
    }
}
