using Google.Protobuf;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Values;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Registration;

/// <summary>
/// Every topology through <c>Construct</c> over real gRPC, in a preview and in an update: the
/// provider's server and a mock engine on loopback, checked against the plan and against what the
/// engine itself answered for each child.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class ConstructScenarioTests
{
    private const string Name = "mig";

    /// <summary>Each scenario runs as a preview (dry run) and as an update.</summary>
    private static readonly bool[] PreviewThenUpdate = [true, false];

    public static IEnumerable<TestCaseData> Cases() =>
        from scenario in Scenario.All()
        from preview in PreviewThenUpdate
        select new TestCaseData(scenario, preview).SetArgDisplayNames(scenario.Name, preview ? "preview" : "update");

    [TestCaseSource(nameof(Cases))]
    public async Task RegistersTheComponentThenEveryPlannedChildAndReturnsItsOutputs(Scenario scenario, bool preview)
    {
        await using var test = await ComponentTest.StartAsync(scenario.Mocks(), Scenario.Options(preview));

        var result = await test.ConstructAsync(Name, scenario.Inputs.Build());

        var plan = scenario.Plan(Name);
        var registrations = test.Engine.Registrations;
        var oracle = new RegistrationOracle(registrations, preview);
        var componentUrn = $"urn:pulumi:{Scenario.Stack}::{Scenario.Project}::tidb-dms:index:TidbDmsMigration::{Name}";
        var component = registrations[0];
        Assert.Multiple(() =>
        {
            Assert.That(result.Urn, Is.EqualTo(componentUrn));
            Assert.That((component.Request.Type, component.Request.Name, component.Request.Parent, component.Request.Custom),
                Is.EqualTo(("tidb-dms:index:TidbDmsMigration", Name, test.Engine.StackUrn, false)));
            Assert.That(registrations.Skip(1).Select(r => (r.Request.Type, r.Request.Name)).Order(),
                Is.EqualTo(plan.Resources.Select(r => (r.Type, r.Name)).Order()), "the children registered are the planned ones");
        });

        foreach (var planned in plan.Resources)
        {
            var child = registrations.Single(r => r.Request.Name == planned.Name).Request;
            var expectedInputs = planned.Inputs
                .Select(i => (i.Key, Value: oracle.Value(i.Value)))
                .Where(i => i.Value is not null)
                .ToDictionary(
                    i => i.Key,
                    i => planned.SecretInputs.Contains(i.Key) || i.Value!.ContainsSecrets ? i.Value!.WithSecret() : i.Value!);
            var expectedPropertyDependencies = expectedInputs.Keys.ToDictionary(k => k, k => oracle.Dependencies(planned.Inputs[k]));
            var expectedDependencies = planned.Inputs.Values.SelectMany(v => oracle.Dependencies(v))
                .Concat(planned.DependsOn.Select(oracle.Urn))
                .Distinct(StringComparer.Ordinal)
                .Order(StringComparer.Ordinal);
            Assert.Multiple(() =>
            {
                Assert.That(child.Parent, Is.EqualTo(componentUrn), planned.Name);
                Assert.That(child.Custom, Is.True, planned.Name);
                Assert.That(child.Inputs, Is.EqualTo(expectedInputs), planned.Name);
                Assert.That(child.PropertyDependencies, Is.EqualTo(expectedPropertyDependencies), planned.Name);
                Assert.That(child.Dependencies, Is.EqualTo(expectedDependencies), planned.Name);
                Assert.That((child.Provider, child.Version), Is.EqualTo(("", "7.48.0")), planned.Name);
                Assert.That(child.AdditionalSecretOutputs, Is.EqualTo(planned.AdditionalSecretOutputs), planned.Name);
                if (!preview)
                {
                    Assert.That(child.Inputs.Values.Any(v => v.ContainsUnknowns), Is.False, $"{planned.Name} got an unknown input in an update");
                }
            });
        }

        var expectedOutputs = plan.Outputs
            .Select(o => (o.Key, Value: oracle.Value(o.Value)))
            .Where(o => o.Value is not null && (preview || !o.Value.ContainsUnknowns))
            .ToDictionary(o => o.Key, o => o.Value!.ContainsSecrets ? o.Value.WithSecret() : o.Value);
        var recordedOutputs = test.Engine.RegisteredOutputs;
        Assert.Multiple(() =>
        {
            Assert.That(result.Outputs, Is.EqualTo(expectedOutputs));
            Assert.That(result.OutputDependencies, Is.EqualTo(expectedOutputs.Keys.ToDictionary(k => k, k => oracle.Dependencies(plan.Outputs[k]))));
            Assert.That(recordedOutputs.Select(o => o.Urn), Is.EqualTo(new[] { componentUrn }), "RegisterResourceOutputs, once, for the component");
            Assert.That(recordedOutputs[0].Outputs, Is.EqualTo(result.Outputs), "the outputs registered are the ones returned");
            Assert.That(recordedOutputs[0].Finished, Is.LessThan(result.ReceivedAt), "the outputs were registered before Construct answered");
            if (preview)
            {
                // IDs and ARNs of children a preview would create are unknown; inputs they echo are not (nor an existing VPC's ID).
                Assert.That(
                    result.Outputs[ContractOutputs.VpcId],
                    Is.EqualTo(scenario.Inputs.Get("network.vpcId") is { } existing ? existing : PropertyValue.Computed));
                Assert.That(result.Outputs[ContractOutputs.TidbEndpointArn], Is.EqualTo(PropertyValue.Computed));
            }
            else
            {
                Assert.That(result.Outputs.Keys, Is.EqualTo(plan.Outputs.Keys), "after an update every planned output is known");
                Assert.That(JsonFormatter.Default.Format(result.Response), Does.Not.Contain("04da6b54-80e4-46f7-96ec-b56ff0331ba9"));
            }
        });
    }

    // The TypeScript, Python and Go SDKs send the nested password as a plain string unless the
    // program wraps it: the component must end up with it secret all the same.
    [TestCase(true, false)]
    [TestCase(false, false)]
    [TestCase(true, true)]
    [TestCase(false, true)]
    public async Task ThePasswordIsSentOnlyInsideASecretAndNeverShowsInALogAnOutputOrADiagnostic(bool preview, bool sentPlain)
    {
        var scenario = Scenario.All().First();
        await using var test = await ComponentTest.StartAsync(scenario.Mocks(), Scenario.Options(preview));
        var inputs = sentPlain ? scenario.Inputs.With("cluster.password", PropertyValue.String(TestValues.Password)) : scenario.Inputs;

        var result = await test.ConstructAsync(Name, inputs.Build());

        var endpoint = test.Engine.Registrations.Single(r => r.Request.Type == AwsTypes.Endpoint);
        var password = endpoint.Wire!.Object.Fields["password"];
        var componentPassword = test.Engine.Registrations[0].Wire!.Object.Fields["cluster"].StructValue.Fields["password"];
        Assert.Multiple(() =>
        {
            Assert.That(endpoint.Request.Inputs["password"], Is.EqualTo(PropertyValue.String(TestValues.Password).WithSecret()));
            Assert.That(password.StructValue.Fields["4dabf18193072939515e22adb298388d"].StringValue, Is.EqualTo("1b47061264138c4ac30d75fd1eb44270"));
            Assert.That(password.StructValue.Fields["value"].StringValue, Is.EqualTo(TestValues.Password));
            Assert.That(endpoint.Request.AdditionalSecretOutputs, Is.EqualTo(["password"]));
            Assert.That(componentPassword.StructValue.Fields["4dabf18193072939515e22adb298388d"].StringValue, Is.EqualTo("1b47061264138c4ac30d75fd1eb44270"),
                "the component's own inputs (what state records) hold the password wrapped");
            Assert.That(componentPassword.StructValue.Fields["value"].StringValue, Is.EqualTo(TestValues.Password));
            Assert.That(test.Engine.Registrations[0].Request.Inputs["cluster"].AsObject["password"], Is.EqualTo(PropertyValue.String(TestValues.Password).WithSecret()));
            Assert.That(test.Engine.Registrations.Skip(1).Where(r => r.Request.Type != AwsTypes.Endpoint).Select(r => r.Wire!.ToString()),
                Has.All.Not.Contain(TestValues.Password));
            Assert.That(string.Join("\n", test.Engine.Logs.Select(l => l.Message)), Does.Not.Contain(TestValues.Password));
            Assert.That(test.Diagnostics.ToString(), Does.Not.Contain(TestValues.Password));
            Assert.That(result.Response.ToString(), Does.Not.Contain(TestValues.Password));
            Assert.That(test.Engine.RegisteredOutputs.Select(o => PropertyValue.Object(o.Outputs).ToString()), Has.All.Not.Contain(TestValues.Password));
        });
    }

    [Test]
    public async Task UnknownHostAndPasswordInAPreviewPlanWithoutErrorAndFlowToTheEndpointUnknown()
    {
        var scenario = Scenario.All().First();
        const string passwordSource = "urn:pulumi:dev::shop::random:index/randomPassword:RandomPassword::pw";
        var inputs = scenario.Inputs
            .With("cluster.host", PropertyValue.Computed)
            .With("cluster.password", PropertyValue.Computed.WithSecret().WithDependencies([passwordSource]))
            .Build();
        await using var test = await ComponentTest.StartAsync(scenario.Mocks(), Scenario.Options(preview: true));

        var result = await test.ConstructAsync(Name, inputs);

        var endpoint = test.Engine.Registrations.Single(r => r.Request.Type == AwsTypes.Endpoint).Request;
        Assert.Multiple(() =>
        {
            Assert.That(result.Outputs.Keys, Is.EqualTo(scenario.Plan(Name).Outputs.Keys));
            Assert.That(endpoint.Inputs["serverName"], Is.EqualTo(PropertyValue.Computed));
            Assert.That(endpoint.Inputs["password"], Is.EqualTo(PropertyValue.Computed.WithSecret()));
            Assert.That(endpoint.PropertyDependencies["password"], Is.EqualTo(new[] { passwordSource }));
            Assert.That(endpoint.Dependencies, Does.Contain(passwordSource));
        });
    }
}
