using System.Collections.Immutable;
using TidbDms.Provider.Cli;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Tests.Sdk;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.NodePrograms;

/// <summary>
/// Real TypeScript programs end to end: a program on the generated SDK (tests/node/src/programs),
/// run by <c>@pulumi/pulumi</c>'s own program runner (<c>cmd/run</c>, as the Node language host
/// starts it) against the offline engine, which turns its remote registration into a
/// <c>Construct</c> on the plugin, in process on loopback. What the engine recorded is what the
/// Pulumi engine would have received.
/// </summary>
[TestFixture]
internal sealed class NodeProgramTests
{
    private const string Project = "tidb-dms-e2e";
    private const string Password = "e2e-Hunter2-SECRET";

    private static readonly string[] Exports = ["securityGroupId", "tidbEndpointArn", "vpcId"];

    private static readonly string[] KnownAfterUpdate = ["securityGroupId", "vpcId"];

    private static readonly string[] PublicNatChildren =
    [
        "aws:dms/certificate:Certificate migration-ca",
        "aws:dms/endpoint:Endpoint migration-tidb-endpoint",
        "aws:dms/replicationInstance:ReplicationInstance migration-replication-instance",
        "aws:dms/replicationSubnetGroup:ReplicationSubnetGroup migration-subnet-group",
        "aws:ec2/eip:Eip migration-nat-eip-a",
        "aws:ec2/internetGateway:InternetGateway migration-igw",
        "aws:ec2/natGateway:NatGateway migration-nat-a",
        "aws:ec2/routeTable:RouteTable migration-private-rt",
        "aws:ec2/routeTable:RouteTable migration-public-rt",
        "aws:ec2/routeTableAssociation:RouteTableAssociation migration-private-a-rta",
        "aws:ec2/routeTableAssociation:RouteTableAssociation migration-private-b-rta",
        "aws:ec2/routeTableAssociation:RouteTableAssociation migration-public-a-rta",
        "aws:ec2/securityGroup:SecurityGroup migration-dms-sg",
        "aws:ec2/subnet:Subnet migration-private-a",
        "aws:ec2/subnet:Subnet migration-private-b",
        "aws:ec2/subnet:Subnet migration-public-a",
        "aws:ec2/vpc:Vpc migration-vpc",
        "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule migration-dms-egress-https",
        "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule migration-dms-egress-tidb",
    ];

    private sealed record ProgramRun(ToolResult Process, EngineRecords Records, string StackUrn);

    private static async Task<ProgramRun> RunAsync(string topology, string passwordForm, bool dryRun)
    {
        var node = NodeTestRun.Instance;
        Assert.That(node.TestsCompile.ExitCode, Is.Zero, node.TestsCompile.Describe("tsc -p tests/node"));
        var config = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            [$"{Project}:topology"] = topology,
            [$"{Project}:passwordForm"] = passwordForm,
            [$"{Project}:password"] = Password,
        };
        var options = new OfflineEngineOptions
        {
            Project = Project,
            Stack = "dev",
            DryRun = dryRun,
            Config = config.ToImmutableSortedDictionary(StringComparer.Ordinal),
            Cloud = new OfflineAwsCloud("us-west-2"),
        };
        await using var deployment = await PreviewDeployment.StartAsync(options, PreviewEnvironment.StartInProcessPluginAsync, CancellationToken.None);
        var programs = Path.Combine(NodeTestRun.TestsDir, "bin", "programs");
        string[] args =
        [
            Path.Combine(NodeTestRun.TestsDir, "node_modules", "@pulumi", "pulumi", "cmd", "run"),
            "--monitor", deployment.Engine.Address, "--engine", deployment.Engine.Address,
            "--project", Project, "--stack", "dev", "--organization", "organization", "--parallel", "4",
            "--pwd", programs, .. dryRun ? new[] { "--dry-run" } : [], Path.Combine(programs, "migration.js"),
        ];
        var process = await Task.Run(() => ToolRun.Run(node.Node, programs, new Dictionary<string, string>
        {
            ["PULUMI_CONFIG"] = System.Text.Json.JsonSerializer.Serialize(config),
            ["PULUMI_CONFIG_SECRET_KEYS"] = "[]",
        }, args));
        return new ProgramRun(process, deployment.Engine.Records, options.StackUrn);
    }

    private static IEnumerable<string> ChildrenOf(EngineRecords records) =>
        records.Resources.Where(r => r.Custom).Select(r => $"{r.Type} {r.Name}").Order(StringComparer.Ordinal);

    /// <summary>Every place the password shows as a value, and whether a secret holds it there.</summary>
    private static IEnumerable<(string Where, bool Secret)> PasswordIn(PropertyValue value, string where, bool insideSecret = false)
    {
        var secret = insideSecret || value.IsSecret;
        if (value.TryGetString(out var text) && text.Contains(Password, StringComparison.Ordinal))
        {
            yield return (where, secret);
        }
        else if (value.TryGetArray(out var items))
        {
            foreach (var (item, i) in items.Select((item, i) => (item, i)))
            {
                foreach (var found in PasswordIn(item, $"{where}[{i}]", secret))
                {
                    yield return found;
                }
            }
        }
        else if (value.TryGetObject(out var entries))
        {
            foreach (var (key, item) in entries)
            {
                foreach (var found in PasswordIn(item, $"{where}.{key}", secret))
                {
                    yield return found;
                }
            }
        }
    }

    [TestCase("public-nat", true)]
    [TestCase("public-nat", false)]
    [TestCase("private-link", true)]
    [TestCase("private-link", false)]
    [TestCase("serverless", true)]
    [TestCase("serverless", false)]
    public async Task A_typescript_program_builds_the_topology_through_the_plugin_and_gets_its_exports(string topology, bool dryRun)
    {
        var run = await RunAsync(topology, "wrapped", dryRun);
        var children = ChildrenOf(run.Records).ToList();
        var component = run.Records.Resources.Single(r => r.Type == "tidb-dms:index:TidbDmsMigration");
        var exports = run.Records.OutputsOf(run.StackUrn);

        Assert.Multiple(() =>
        {
            Assert.That(run.Process.ExitCode, Is.Zero, run.Process.Describe("node cmd/run"));
            Assert.That(run.Records.ConstructFailures, Is.Empty);
            Assert.That(component.Parent, Is.EqualTo(run.StackUrn), "the component is the stack's child, as the program declared it");
            Assert.That(run.Records.Resources.Where(r => r.Custom).Select(r => r.Parent).Distinct(), Is.EqualTo(new[] { component.Urn }));
            // After an update the offline facts give IDs but no ARNs, so the endpoint's ARN stays
            // unknown; the component leaves an output unknown after an update out, and the program's
            // export of it is then undefined, which the SDK does not register.
            Assert.That(exports?.Keys, Is.EqualTo(dryRun ? Exports : KnownAfterUpdate), "the program's exports reach the stack's outputs");
            switch (topology)
            {
                case "public-nat":
                    Assert.That(children, Is.EqualTo(PublicNatChildren));
                    break;
                case "private-link":
                    Assert.That(children, Does.Contain("aws:ec2/vpcEndpoint:VpcEndpoint migration-vpc-endpoint"));
                    Assert.That(children.Where(c => c.Contains("natGateway", StringComparison.Ordinal) || c.Contains("internetGateway", StringComparison.Ordinal)), Is.Empty);
                    break;
                default:
                    Assert.That(children, Does.Contain("aws:dms/replicationConfig:ReplicationConfig migration-replication-config"));
                    Assert.That(children.Where(c => c.Contains("replicationInstance", StringComparison.Ordinal)), Is.Empty);
                    break;
            }
        });

        foreach (var name in dryRun ? Exports : KnownAfterUpdate)
        {
            var value = exports![name];
            Assert.That(dryRun ? value.IsComputed : value.TryGetString(out var text) && text.Length > 0, Is.True,
                $"{name} is {(dryRun ? "unknown in a preview" : "known after an update")}: {value}");
        }
    }

    [TestCase("plain", true)]
    [TestCase("plain", false)]
    [TestCase("wrapped", true)]
    [TestCase("wrapped", false)]
    public async Task The_password_is_secret_everywhere_the_engine_records_it_however_the_program_passes_it(string passwordForm, bool dryRun)
    {
        var run = await RunAsync("public-nat", passwordForm, dryRun);
        var recorded = run.Records.Registrations
            .Where(r => !r.Resource.Remote)
            .SelectMany(r => PasswordIn(PropertyValue.Object(r.Resource.Inputs), $"{r.Resource.Name} inputs")
                .Concat(PasswordIn(PropertyValue.Object(r.Outputs), $"{r.Resource.Name} outputs")))
            .ToList();
        var component = run.Records.Resources.Single(r => r.Type == "tidb-dms:index:TidbDmsMigration");

        Assert.Multiple(() =>
        {
            Assert.That(run.Process.ExitCode, Is.Zero, run.Process.Describe("node cmd/run"));
            Assert.That(component.Inputs["cluster"].AsObject["password"].IsSecret || component.Inputs["cluster"].IsSecret, Is.True,
                "the component's own registration (what state records) holds the password secret");
            Assert.That(recorded.Select(r => r.Where), Does.Contain("migration inputs.cluster.password").Or.Contain("migration inputs.cluster"));
            Assert.That(recorded.Where(r => !r.Secret).Select(r => r.Where), Is.Empty, "plain password in a registration");
            Assert.That(run.Records.Logs.Select(l => l.Message), Has.None.Contain(Password));
            Assert.That(run.Records.Outputs.SelectMany(o => PasswordIn(PropertyValue.Object(o.Outputs), o.Urn)), Is.Empty);
            Assert.That(run.Process.Output + run.Process.Error, Does.Not.Contain(Password));
        });
    }

    [Test]
    public async Task An_input_error_reaches_the_program_as_the_engine_reports_it()
    {
        var run = await RunAsync("dedicated-without-ca", "plain", dryRun: true);
        var failure = run.Records.ConstructFailures.Single();

        Assert.Multiple(() =>
        {
            Assert.That(run.Process.ExitCode, Is.Not.Zero, "the program fails");
            Assert.That(failure.Status, Is.EqualTo("InvalidArgument"));
            Assert.That(failure.PropertyErrors.Select(e => e.Path), Does.Contain("cluster.caCertificatePem"));
            Assert.That(failure.Diagnostic, Does.StartWith("tidb-dms:index:TidbDmsMigration resource 'migration' has a problem:"));
            Assert.That(failure.Diagnostic, Does.Contain("property cluster.caCertificatePem"));
            Assert.That(failure.Diagnostic + run.Process.Output + run.Process.Error, Does.Not.Contain(Password));
            Assert.That(run.Records.Resources.Where(r => r.Custom), Is.Empty, "nothing was created");
        });
    }
}
