using System.Collections.Immutable;
using TidbDms.Provider.Cli;
using TidbDms.Provider.Component;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Values;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>
/// A preview's deployment (the offline engine with the real plugin attached, the offline AWS
/// facts) driven as a program drives it, and what a preview shows of it, read from the engine's records.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class RecordedPreviewTests
{
    private const string StackUrn = "urn:pulumi:dev::shop::pulumi:pulumi:Stack::shop-dev";
    private const string ComponentUrn = "urn:pulumi:dev::shop::tidb-dms:index:TidbDmsMigration::mig";

    private static async Task<(ImmutableArray<PreviewComponentResult> Components, RemoteComponentAnswer Answer, EngineRecords Records)> PreviewAsync(
        ImmutableSortedDictionary<string, PropertyValue> inputs)
    {
        var options = new OfflineEngineOptions { Project = "shop", Stack = "dev", Cloud = new OfflineAwsCloud("us-west-2") };
        await using var deployment = await PreviewDeployment.StartAsync(options, PreviewEnvironment.StartInProcessPluginAsync, CancellationToken.None);
        var program = deployment.Engine.Program;
        await program.RegisterStackAsync(CancellationToken.None);
        var answer = await program.RegisterRemoteComponentAsync(new RemoteComponentRegistration(Tokens.TidbDmsMigration, "mig", inputs), CancellationToken.None);
        await program.SignalAndWaitForShutdownAsync(CancellationToken.None);
        var records = deployment.Engine.Records;
        return (RecordedPreview.Components(records), answer, records);
    }

    /// <summary>The plan's children in the waves they can be created in (a child after every child it refers to), by name within a wave.</summary>
    private static IEnumerable<(string Type, string Name)> InWaves(MigrationPlan plan)
    {
        var wave = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var resource in plan.Resources)
        {
            wave[resource.Name] = resource.Prerequisites.Select(p => wave[p] + 1).DefaultIfEmpty(0).Max();
        }

        return plan.Resources.OrderBy(r => wave[r.Name]).ThenBy(r => r.Name, StringComparer.Ordinal).Select(r => (r.Type, r.Name));
    }

    [Test]
    public async Task AValidComponentShowsWhatTheEngineRecordedInDependencyOrder()
    {
        var inputs = Inputs.Valid().Build();

        var (components, answer, records) = await PreviewAsync(inputs);

        var plan = Planner.Plan("mig", InputCheck.Run(inputs).Args!, OfflinePlanContext.For("us-west-2", "shop", "dev"));
        var result = components.Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Succeeded, Is.True);
            Assert.That(answer.Urn, Is.EqualTo(ComponentUrn));
            Assert.That((result.Component.Urn, result.Component.Parent, result.Component.Remote), Is.EqualTo((ComponentUrn, StackUrn, false)), "the provider's own registration");
            Assert.That(result.Component.Inputs, Is.EqualTo(inputs));
            Assert.That(result.Children.Select(c => (c.Type, c.Name)), Is.EqualTo(InWaves(plan)));
            Assert.That(result.Children.Select(c => (c.Parent, c.Version)).Distinct(), Is.EqualTo(new[] { (ComponentUrn, "7.48.0") }));
            Assert.That(result.Children.Single(c => c.Type == AwsTypes.Subnet && c.Name == "mig-private-a").Inputs["vpcId"], Is.EqualTo(PropertyValue.Computed));
            Assert.That(result.Children.Single(c => c.Type == AwsTypes.Endpoint).Inputs["password"], Is.EqualTo(PropertyValue.String(TestValues.Password).WithSecret()));
            Assert.That(result.Outputs.Keys, Is.EqualTo(plan.Outputs.Keys));
            Assert.That(result.Outputs[ContractOutputs.VpcId], Is.EqualTo(PropertyValue.Computed));
            Assert.That(answer.Outputs, Is.EqualTo(result.Outputs), "the program got what the engine holds");
            Assert.That(records.OutputsOf(ComponentUrn), Is.EqualTo(result.Outputs), "the outputs the provider registered");
            Assert.That(records.Invokes.Select(i => i.Token), Is.SupersetOf(new[] { AwsFunctions.GetAvailabilityZones, AwsFunctions.GetRegion }));
        });
    }

    [Test]
    public async Task ExistingDMSRolesAreNotJudgedOffline()
    {
        var (components, _, records) = await PreviewAsync(Inputs.Valid().With("dmsIamRoles", "Existing").Build());

        Assert.Multiple(() =>
        {
            Assert.That(components.Single().Succeeded, Is.True);
            Assert.That(records.Invokes.Count(i => i.Token == AwsFunctions.GetRole), Is.EqualTo(2), "both roles looked up, neither known");
        });
    }

    [Test]
    public async Task InputErrorsComeBackStructuredWithTheirPathsAndTheValuesGiven()
    {
        var inputs = Inputs.Valid().With("tier", "Basic").With("replication.allocatedStorage", 1).Build();

        var (components, answer, records) = await PreviewAsync(inputs);

        var expected = InputCheck.Run(inputs).Errors;
        var result = components.Single();
        Assert.Multiple(() =>
        {
            Assert.That(answer.Failure, Is.SameAs(result.Failure));
            Assert.That(result.Failure!.Status, Is.EqualTo("InvalidArgument"));
            Assert.That(result.Failure.Message, Is.EqualTo("2 inputs are invalid: tier, replication.allocatedStorage"));
            Assert.That(result.Failure.PropertyErrors.Select(e => (e.Path, e.Reason, e.Value?.ToString())),
                Is.EqualTo(expected.Select(e => (e.Path, e.Reason, e.Value))));
            Assert.That(result.Children, Is.Empty);
            Assert.That(result.Outputs, Is.Empty);
            Assert.That((result.Component.Urn, result.Component.Remote), Is.EqualTo((ComponentUrn, true)), "the program's declaration: the provider registered nothing");
            Assert.That(records.Resources.Select(r => r.Type), Is.EqualTo(new[] { ResourceUrn.StackType }));
        });
    }

    [Test]
    public async Task WarningsLoggedOnTheComponentComeBackAttachedToIt()
    {
        var inputs = Inputs.ValidDedicated().With("cluster.sslMode", "none").Build();

        var (components, _, _) = await PreviewAsync(inputs);

        var expected = InputCheck.Run(inputs).Warnings;
        Assert.That(expected, Is.Not.Empty);
        Assert.That(components.Single().Diagnostics.Select(d => (d.Severity, d.Urn, d.Message)),
            Is.EquivalentTo(expected.Select(w => (MessageSeverity.Warning, ComponentUrn, w.ToString()))));
    }
}
