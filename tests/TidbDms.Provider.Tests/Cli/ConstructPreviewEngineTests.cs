using TidbDms.Provider.Cli;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>The preview engine that runs Construct over gRPC against a mock engine, as the command uses it.</summary>
[Parallelizable(ParallelScope.All)]
internal sealed class ConstructPreviewEngineTests
{
    private static readonly PreviewContext Context = new("shop", "dev", "us-west-2");

    [Test]
    public async Task A_valid_component_shows_what_the_engine_recorded_in_plan_order()
    {
        var inputs = Inputs.Valid().Build();

        var result = await new ConstructPreviewEngine().PreviewAsync("mig", inputs, Context, CancellationToken.None);

        var plan = Planner.Plan("mig", TidbDmsMigrationInputs.Read(inputs).Args!, PlanContext.Offline("us-west-2", "shop", "dev"));
        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            Assert.That(result.Component.Urn, Is.EqualTo("urn:pulumi:dev::shop::tidb-dms:index:TidbDmsMigration::mig"));
            Assert.That(result.Component.Parent, Is.EqualTo(Context.StackUrn));
            Assert.That(result.Component.Inputs, Is.EqualTo(inputs));
            Assert.That(result.Children.Select(c => (c.Type, c.Name)), Is.EqualTo(plan.Resources.Select(r => (r.Type, r.Name))));
            Assert.That(result.Children.Select(c => (c.Parent, c.Version)).Distinct(), Is.EqualTo(new[] { (result.Component.Urn, "7.48.0") }));
            Assert.That(result.Children.Single(c => c.Type == "aws:ec2/subnet:Subnet" && c.Name == "mig-private-a").Inputs["vpcId"], Is.EqualTo(PropertyValue.Computed));
            Assert.That(result.Children.Single(c => c.Type == "aws:dms/endpoint:Endpoint").Inputs["password"], Is.EqualTo(PropertyValue.String(Inputs.Password).WithSecret()));
            Assert.That(result.Outputs.Keys, Is.EqualTo(plan.Outputs.Keys));
            Assert.That(result.Outputs[ContractOutputs.VpcId], Is.EqualTo(PropertyValue.Computed));
        });
    }

    [Test]
    public async Task Existing_DMS_roles_are_not_judged_offline()
    {
        var result = await new ConstructPreviewEngine().PreviewAsync("mig", Inputs.Valid().With("dmsIamRoles", "Existing").Build(), Context, CancellationToken.None);

        Assert.That(result.Errors, Is.Empty);
    }

    [Test]
    public async Task Input_errors_come_back_with_their_paths_and_the_values_given()
    {
        var inputs = Inputs.Valid().With("tier", "Basic").With("replication.allocatedStorage", 1).Build();

        var result = await new ConstructPreviewEngine().PreviewAsync("mig", inputs, Context, CancellationToken.None);

        var expected = TidbDmsMigrationInputs.Read(inputs).Errors;
        Assert.Multiple(() =>
        {
            Assert.That(result.Errors.Select(e => (e.Path, e.Message)), Is.EqualTo(expected.Select(e => (e.Path, e.ToString()))));
            Assert.That(result.Children, Is.Empty);
            Assert.That(result.Outputs, Is.Empty);
            Assert.That(result.Component.Urn, Is.EqualTo("urn:pulumi:dev::shop::tidb-dms:index:TidbDmsMigration::mig"));
        });
    }

    [Test]
    public async Task Warnings_logged_on_the_component_come_back_with_their_paths()
    {
        var inputs = Inputs.ValidDedicated().With("cluster.sslMode", "none").Build();

        var result = await new ConstructPreviewEngine().PreviewAsync("mig", inputs, Context, CancellationToken.None);

        var expected = TidbDmsMigrationInputs.Read(inputs).Warnings;
        Assert.That(expected, Is.Not.Empty);
        Assert.That(result.Warnings.Select(w => (w.Path, w.Message)), Is.EquivalentTo(expected.Select(w => (w.Path, w.ToString()))));
    }
}
