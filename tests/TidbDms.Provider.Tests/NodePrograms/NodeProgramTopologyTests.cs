using TidbDms.Provider.Component;
using TidbDms.Provider.Values;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.NodePrograms;

/// <summary>
/// Real TypeScript programs using the generated SDK, run with <c>@pulumi/pulumi</c>'s own runner
/// against the offline engine and the plugin's real <c>Construct</c>: the stack and the component as
/// the program registers them, the exact children of each topology, and the program's exports:
/// unknown in a preview, the component's values in an update (where every child has its ID).
/// </summary>
[Category(TestCategories.Node)]
internal sealed class NodeProgramTopologyTests
{
    private static IEnumerable<TestCaseData> Runs() => Topologies.Runs();

    [TestCaseSource(nameof(Runs))]
    public async Task TheProgramSucceedsWithExactlyItsTopologysChildren(ProgramRunKey key)
    {
        var run = await ProgramRuns.Get(key);

        Assert.Multiple(() =>
        {
            Assert.That(run.Exit.ExitCode, Is.Zero, run.Describe());
            Assert.That(run.Preview.Errors, Is.Empty, run.Describe());
            Assert.That(run.Preview.Warnings, Is.Empty, run.Describe());
            Assert.That(
                run.Children.Select(c => (c.Type, c.Name)).OrderBy(c => c.Name, StringComparer.Ordinal),
                Is.EqualTo(Topologies.ChildrenOf(key.Program).OrderBy(c => c.Name, StringComparer.Ordinal)));
        });
    }

    [TestCaseSource(nameof(Runs))]
    public async Task TheProgramRegistersItsStackThenTheComponentRemotelyUnderIt(ProgramRunKey key)
    {
        var run = await ProgramRuns.Get(key);
        var stack = run.Records.Stack;
        var remote = run.Records.Registrations.Single(r => r.Resource.Remote).Resource;

        Assert.Multiple(() =>
        {
            Assert.That((stack?.Type, stack?.Name), Is.EqualTo(((string?)ResourceUrn.StackType, (string?)"tidb-dms-e2e-dev")));
            Assert.That(run.Records.RootUrn, Is.EqualTo(stack?.Urn), "the SDK sets its stack as the root resource");
            Assert.That((remote.Type, remote.Name, remote.Parent), Is.EqualTo((Tokens.TidbDmsMigration, "migration", stack?.Urn)));
            Assert.That(remote.Version, Is.EqualTo("0.1.0"), "the SDK asks for the plugin of its own package version");
            Assert.That(remote.Source?.FilePath, Is.EqualTo(Path.Combine(CompiledPrograms.SourceDir, key.Program, "index.ts")), "the SDK reports the program's own line, source-mapped");
            Assert.That((run.Component.Urn, run.Component.Parent, run.Component.Remote), Is.EqualTo((remote.Urn, stack?.Urn, false)), "the provider registers the component itself");
            Assert.That(run.Children.Select(c => c.Parent).Distinct(), Is.EqualTo(new[] { run.Component.Urn }));
        });
    }

    private static IEnumerable<TestCaseData> Previews() => Topologies.Runs().Where(c => ((ProgramRunKey)c.Arguments[0]!).DryRun);

    private static IEnumerable<TestCaseData> Updates() => Topologies.Runs().Where(c => !((ProgramRunKey)c.Arguments[0]!).DryRun);

    [TestCaseSource(nameof(Previews))]
    public async Task InAPreviewNothingHasAnIDAndEveryExportIsUnknown(ProgramRunKey key)
    {
        var run = await ProgramRuns.Get(key);
        var exports = run.Records.OutputsOf(run.Records.Stack!.Urn);

        Assert.Multiple(() =>
        {
            Assert.That(run.Records.Registrations.Where(r => r.Resource.Custom).Select(r => r.Id).Distinct(), Is.EqualTo([""]));
            Assert.That(exports?.Keys, Is.EqualTo(Topologies.ExportsOf(key.Program)));
            Assert.That(exports!.Values.Select(v => v.Kind).Distinct(), Is.EqualTo(new[] { PropertyValueKind.Computed }));
            Assert.That(run.Preview.Outputs.Select(o => (o.Name, o.Value.IsComputed)), Is.EqualTo(Topologies.ExportsOf(key.Program).Select(n => (n, true))));
        });
    }

    [TestCaseSource(nameof(Updates))]
    public async Task InAnUpdateEveryChildHasAnIDAndTheExportsAreTheComponentsKnownOutputs(ProgramRunKey key)
    {
        var run = await ProgramRuns.Get(key);
        var exports = run.Records.OutputsOf(run.Records.Stack!.Urn)!;
        var component = run.Records.OutputsOf(run.Component.Urn)!;
        var ids = run.Records.Registrations.Where(r => r.Resource.Custom).ToDictionary(r => r.Resource.Name, r => r.Id);

        Assert.Multiple(() =>
        {
            Assert.That(ids.Values, Has.None.Empty, string.Join(", ", ids.Where(i => i.Value.Length == 0).Select(i => i.Key)));
            Assert.That(component.Values.Where(v => v.ContainsUnknowns), Is.Empty, "an update leaves no output unknown");
            Assert.That(exports.Keys, Is.EqualTo(Topologies.ExportsOf(key.Program)));
            foreach (var (name, value) in exports)
            {
                Assert.That(value, Is.EqualTo(component[name]), $"export {name} is the component's output");
            }

            Assert.That(exports["vpcId"], Is.EqualTo(PropertyValue.String(ids["migration-vpc"])));
            Assert.That(exports["vpcId"].AsString, Does.Match("^vpc-[0-9a-f]{17}$"));
        });
    }

    [Test]
    public async Task AnUpdateExportsTheValuesAWSGaveEachChild()
    {
        var nat = await ProgramRuns.Get("public-nat", dryRun: false);
        var link = await ProgramRuns.Get("private-link", dryRun: false);
        var serverless = await ProgramRuns.Get("serverless", dryRun: false, wrapPassword: false);
        PropertyValue Export(ProgramRun run, string name) => run.Records.OutputsOf(run.Records.Stack!.Urn)![name];
        PropertyValue Output(ProgramRun run, string child, string output) =>
            run.Records.Registrations.Single(r => r.Resource.Name == child && !r.Resource.Remote).Outputs[output];

        Assert.Multiple(() =>
        {
            Assert.That(Export(nat, "natGatewayPublicIps"), Is.EqualTo(PropertyValue.Array(Output(nat, "migration-nat-eip-a", "publicIp"))));
            Assert.That(Export(nat, "natGatewayPublicIps").AsArray.Single().AsString, Does.Match(@"^\d+\.\d+\.\d+\.\d+$"));
            Assert.That(Export(nat, "replicationInstanceArn"), Is.EqualTo(Output(nat, "migration-replication-instance", "replicationInstanceArn")));
            Assert.That(Export(nat, "replicationTaskArn"), Is.EqualTo(Output(nat, "migration-task", "replicationTaskArn")));
            Assert.That(Export(nat, "tidbEndpointArn"), Is.EqualTo(Output(nat, "migration-tidb-endpoint", "endpointArn")));
            Assert.That(Export(link, "vpcEndpointId").AsString, Is.EqualTo(link.Records.Registrations.Single(r => r.Resource.Name == "migration-vpc-endpoint").Id));
            Assert.That(Export(serverless, "replicationConfigArn"), Is.EqualTo(Output(serverless, "migration-replication-config", "arn")));
            Assert.That(Export(serverless, "replicationConfigArn").AsString, Does.StartWith("arn:aws:dms:us-west-2:123456789012:replication-config:"));
        });
    }
}
