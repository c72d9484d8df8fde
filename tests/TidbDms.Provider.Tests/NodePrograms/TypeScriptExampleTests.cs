using System.Text.Json.Nodes;
using TidbDms.Provider.Cli;
using TidbDms.Provider.Tests.Cli;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.NodePrograms;

/// <summary>
/// <c>preview examples/typescript-starter-public-nat</c> as a user runs it: the real CLI, the example's
/// own <c>@pulumi/pulumi</c> and <c>typescript</c> (ts-node, type-checked), the offline engine and the
/// plugin; and the one clear error when node or the example's packages are missing.
/// </summary>
[Parallelizable(ParallelScope.Children)]
[Category(TestCategories.Node)]
internal sealed class TypeScriptExampleTests
{
    private const string Example = "typescript-starter-public-nat";

    private static string Folder => RepositoryFiles.Example(Example);

    [Test]
    public async Task PreviewPrintsTheTreeAndTheProgramsExports()
    {
        var outcome = await PreviewInvocation.RunCliAsync("preview", Folder);

        Assert.That(outcome.ExitCode, Is.Zero, outcome.All);
        Assert.That(outcome.Error, Is.Empty);
        Assert.That(outcome.Output, Is.EqualTo("""
            Previewing update (dev) of typescript-starter-public-nat, offline: nothing is sent to AWS or to a Pulumi engine.

                 Type                                                           Name                               Plan
             +   pulumi:pulumi:Stack                                            typescript-starter-public-nat-dev  create
             +   └─ tidb-dms:index:TidbDmsMigration                             migration                          create
             +      ├─ aws:dms/certificate:Certificate                          migration-ca                       create
             +      ├─ aws:ec2/eip:Eip                                          migration-nat-eip-a                create
             +      ├─ aws:ec2/eip:Eip                                          migration-nat-eip-b                create
             +      ├─ aws:ec2/vpc:Vpc                                          migration-vpc                      create
             +      ├─ aws:ec2/securityGroup:SecurityGroup                      migration-dms-sg                   create
             +      ├─ aws:ec2/internetGateway:InternetGateway                  migration-igw                      create
             +      ├─ aws:ec2/subnet:Subnet                                    migration-private-a                create
             +      ├─ aws:ec2/subnet:Subnet                                    migration-private-b                create
             +      ├─ aws:ec2/subnet:Subnet                                    migration-public-a                 create
             +      ├─ aws:ec2/subnet:Subnet                                    migration-public-b                 create
             +      ├─ aws:dms/endpoint:Endpoint                                migration-tidb-endpoint            create
             +      ├─ aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule  migration-dms-egress-https         create
             +      ├─ aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule  migration-dms-egress-tidb          create
             +      ├─ aws:ec2/natGateway:NatGateway                            migration-nat-a                    create
             +      ├─ aws:ec2/natGateway:NatGateway                            migration-nat-b                    create
             +      ├─ aws:ec2/routeTable:RouteTable                            migration-public-rt                create
             +      ├─ aws:dms/replicationSubnetGroup:ReplicationSubnetGroup    migration-subnet-group             create
             +      ├─ aws:ec2/routeTable:RouteTable                            migration-private-rt-a             create
             +      ├─ aws:ec2/routeTable:RouteTable                            migration-private-rt-b             create
             +      ├─ aws:ec2/routeTableAssociation:RouteTableAssociation      migration-public-a-rta             create
             +      ├─ aws:ec2/routeTableAssociation:RouteTableAssociation      migration-public-b-rta             create
             +      ├─ aws:dms/replicationInstance:ReplicationInstance          migration-replication-instance     create
             +      ├─ aws:ec2/routeTableAssociation:RouteTableAssociation      migration-private-a-rta            create
             +      ├─ aws:ec2/routeTableAssociation:RouteTableAssociation      migration-private-b-rta            create
             +      └─ aws:dms/replicationTask:ReplicationTask                  migration-task                     create

            Resources:
                + 27 to create

            Outputs of migration (tidb-dms:index:TidbDmsMigration):
                certificateArn               : output<string>
                ipAccessListCidrs            : [
                    [0]: output<string>
                    [1]: output<string>
                ]
                natGatewayPublicIps          : [
                    [0]: output<string>
                    [1]: output<string>
                ]
                privateSubnetIds             : [
                    [0]: output<string>
                    [1]: output<string>
                ]
                publicSubnetIds              : [
                    [0]: output<string>
                    [1]: output<string>
                ]
                replicationInstanceArn       : output<string>
                replicationInstancePrivateIps: output<array>
                replicationSubnetGroupId     : "migration-subnets-415a5369"
                replicationTaskArn           : output<string>
                securityGroupId              : output<string>
                tidbEndpointArn              : output<string>
                vpcId                        : output<string>

            Stack outputs:
                natGatewayPublicIps   : output<string>
                replicationInstanceArn: output<string>
                replicationTaskArn    : output<string>
                tidbEndpointArn       : output<string>
                vpcId                 : output<string>

            Assumed, not known offline:
                - availability zones us-west-2a, us-west-2b, …: the offline engine's stand-ins; AWS names the region's zones at pulumi up

            """));
    }

    [Test]
    public async Task PreviewJsonHonoursConfigAndStackAndNeverShowsThePassword()
    {
        const string Password = "Flag-given-Pa55word";
        const string Source = "arn:aws:dms:us-west-2:123456789012:endpoint:OTHERSOURCE";

        var outcome = await PreviewInvocation.RunCliAsync(
            "preview", Folder, "--stack", "prod", "--config", $"sourceEndpointArn={Source}", "--config", $"tidbPassword={Password}", "--json");
        var json = JsonNode.Parse(outcome.Output)!;
        var component = json["resources"]![1]!;

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.Zero, outcome.All);
            Assert.That(outcome.All, Does.Not.Contain(Password));
            Assert.That(json["stack"]!.GetValue<string>(), Is.EqualTo("prod"));
            Assert.That(json["resources"]![0]!["name"]!.GetValue<string>(), Is.EqualTo("typescript-starter-public-nat-prod"));
            Assert.That(component["inputs"]!["task"]!["otherEndpointArn"]!.GetValue<string>(), Is.EqualTo(Source));
            Assert.That(component["inputs"]!["task"]!["schemas"]!.ToJsonString(), Is.EqualTo("""["app","billing"]"""), "the Pulumi.yaml default");
            Assert.That(component["inputs"]!["cluster"]!.GetValue<string>(), Is.EqualTo("[secret]"));
            Assert.That(json["resources"]!.AsArray().Select(r => r!["type"]!.GetValue<string>()).Distinct().Count(), Is.EqualTo(16));
            Assert.That(json["outputs"]!.ToJsonString(), Is.EqualTo(
                """{"natGatewayPublicIps":"[unknown]","replicationInstanceArn":"[unknown]","replicationTaskArn":"[unknown]","tidbEndpointArn":"[unknown]","vpcId":"[unknown]"}"""));
            Assert.That(json["console"]!.AsArray(), Is.Empty);
            Assert.That(json["errors"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task PreviewMermaidDrawsTheNATPath()
    {
        var outcome = await PreviewInvocation.RunCliAsync("preview", Folder, "--mermaid");

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.Zero, outcome.All);
            Assert.That(outcome.Output, Does.StartWith("flowchart LR\n    %% assumed: availability zones us-west-2a, us-west-2b, …: the offline engine's stand-ins; AWS names the region's zones at pulumi up\n    %% migration (tidb-dms:index:TidbDmsMigration)\n"));
            Assert.That(outcome.Output, Does.Contain("migration_nat_a{{\"NAT gateway<br/>migration-nat-a\"}}"));
            Assert.That(outcome.Output, Does.Contain("migration_nat_b{{\"NAT gateway<br/>migration-nat-b\"}}"));
            Assert.That(outcome.Output, Does.Contain("migration_replication_instance[[\"DMS replication instance<br/>migration-replication-instance<br/>dms.t3.large\"]]"));
        });
    }

    [Test]
    public async Task WithoutItsPackagesTheExampleIsOneErrorSayingToRunNpmCi()
    {
        var copy = Directory.CreateTempSubdirectory("tidb-dms-ts-example-").FullName;
        try
        {
            foreach (var file in new[] { "Pulumi.yaml", "index.ts", "tsconfig.json", "package-lock.json", ".npmrc" })
            {
                File.Copy(Path.Combine(Folder, file), Path.Combine(copy, file));
            }

            // The SDK build where the copy can find it, so only the missing node_modules is wrong.
            var sdk = Path.Combine(RepositoryFiles.Root, "sdk", "nodejs", "bin");
            File.WriteAllText(Path.Combine(copy, "package.json"), File.ReadAllText(Path.Combine(Folder, "package.json")).Replace("file:../../sdk/nodejs/bin", "file:" + sdk, StringComparison.Ordinal));
            await using var environment = TestEnvironment.RealPlugin();

            var outcome = await PreviewInvocation.RunAsync(environment.Environment, "preview", copy);

            Assert.Multiple(() =>
            {
                Assert.That(outcome.ExitCode, Is.EqualTo(1));
                Assert.That(outcome.Output, Is.Empty);
                Assert.That(outcome.Error, Is.EqualTo(
                    $"error: {Shown(copy)}: the program's packages are not installed (no node_modules/@pulumi/pulumi and 3 more): run \"npm ci\" in {Shown(copy)}\n"
                    + "error: preview failed with 1 error; nothing was previewed\n"));
                Assert.That(environment.PluginsStarted, Is.Zero, "nothing starts before the program can run");
            });
        }
        finally
        {
            Directory.Delete(copy, recursive: true);
        }
    }

    [Test]
    public async Task WithoutNodeTheExampleIsOneErrorSayingToInstallIt()
    {
        await using var environment = TestEnvironment.RealPlugin();
        var missing = Path.Combine(Path.GetTempPath(), "no-node-here-" + Guid.NewGuid().ToString("N"), "node");
        var noNode = environment.Environment with { Node = new NodeHostOptions { Node = missing } };

        var outcome = await PreviewInvocation.RunAsync(noNode, "preview", Folder);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Error, Is.EqualTo(
                $"error: node was not found at {missing}, and {Shown(Folder)} is a Node.js program (runtime: nodejs): install Node.js 20 or later\n"
                + "error: preview failed with 1 error; nothing was previewed\n"));
            Assert.That(environment.PluginsStarted, Is.Zero);
        });
    }

    private static string Shown(string path) =>
        Path.GetRelativePath(Environment.CurrentDirectory, path).Replace(Path.DirectorySeparatorChar, '/');
}
