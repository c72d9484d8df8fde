using System.Collections.Immutable;
using Pulumirpc;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration;
using TidbDms.Testing;
using Alias = Pulumirpc.Alias;

namespace TidbDms.Provider.Tests.Registration;

/// <summary>
/// The component's resource options over the wire: what the component registration passes on, what
/// every child inherits (the engine applies none of them to components), and the flags a current
/// engine needs on every registration.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class ConstructOptionsTests
{
    private const string AwsProvider = "urn:pulumi:dev::shop::pulumi:providers:aws::west::4e0c0a8b-7a1d-4f7e-9b5e-2a3c4d5e6f70";
    private const string Bucket = "urn:pulumi:dev::shop::aws:s3/bucket:Bucket::landing";
    private static readonly Scenario Base = Scenario.All().First();

    [Test]
    public async Task OptionsReachTheComponentAndEveryChildAndTheWireFlagsAreSet()
    {
        await using var test = await ComponentTest.StartAsync(Base.Mocks(), Scenario.Options(preview: false));
        var request = test.Request("mig", Base.Inputs.Build());
        request.Providers["aws"] = AwsProvider;
        request.Protect = true;
        request.RetainOnDelete = true;
        request.DeleteBeforeReplace = true;
        request.DeletedWith = Bucket;
        request.Dependencies.Add(Bucket);
        request.CustomTimeouts = new ConstructRequest.Types.CustomTimeouts { Create = "75m", Delete = "30m" };
        request.AdditionalSecretOutputs.Add(ContractOutputs.VpcId);
        request.Aliases.Add(new Alias { Spec = new Alias.Types.Spec { Name = "old" } });

        var result = await test.ConstructAsync(request);

        var registrations = test.Engine.Registrations;
        var component = registrations[0];
        var children = registrations.Skip(1).ToList();
        var timeouts = new Provider.Registration.CustomTimeouts(Create: "75m", Delete: "30m");
        Assert.Multiple(() =>
        {
            Assert.That(component.Request.Providers, Is.EqualTo(new Dictionary<string, string> { ["aws"] = AwsProvider }));
            Assert.That((component.Request.Protect, component.Request.RetainOnDelete, component.Request.DeleteBeforeReplace, component.Request.DeletedWith),
                Is.EqualTo(((bool?)true, (bool?)true, (bool?)true, Bucket)));
            Assert.That(component.Request.Dependencies, Is.EqualTo(new[] { Bucket }));
            Assert.That(component.Request.Aliases, Is.EqualTo(new[] { new ResourceAlias(Name: "old") }));
            Assert.That(component.Request.Inputs, Is.EqualTo(Base.Inputs.Build()), "the component's own inputs, password still secret");
            Assert.That(component.Wire!.Remote, Is.False);
            Assert.That(component.Wire.Provider, Is.Empty);
            Assert.That(component.Wire.Version, Is.Empty);

            foreach (var child in children.Select(c => c.Request))
            {
                Assert.That((child.Provider, child.Version), Is.EqualTo((AwsProvider, "7.48.0")), child.Name);
                Assert.That((child.Protect, child.RetainOnDelete, child.DeleteBeforeReplace, child.DeletedWith),
                    Is.EqualTo(((bool?)true, (bool?)true, (bool?)true, Bucket)), child.Name);
                Assert.That(child.CustomTimeouts, Is.EqualTo(timeouts), child.Name);
                Assert.That(child.Providers, Is.Empty, child.Name);
                Assert.That(child.Aliases, Is.EqualTo(new[]
                {
                    ResourceAlias.FromUrn($"urn:pulumi:dev::shop::tidb-dms:index:TidbDmsMigration${child.Type}::old{child.Name["mig".Length..]}"),
                }), child.Name);
            }

            foreach (var wire in registrations.Select(r => r.Wire!))
            {
                Assert.That((wire.AcceptSecrets, wire.AcceptResources, wire.SupportsPartialValues, wire.AliasSpecs, wire.SupportsResultReporting, wire.Remote),
                    Is.EqualTo((true, true, true, true, true, false)), wire.Name);
            }

            Assert.That(test.Engine.Invokes.Select(i => (i.Provider, i.Version)).Distinct(), Is.EqualTo(new[] { (AwsProvider, "7.48.0") }));
            Assert.That(result.Outputs[ContractOutputs.VpcId].IsSecret, Is.True, "additionalSecretOutputs applied to the component's own outputs");
            Assert.That(result.Outputs[ContractOutputs.TidbEndpointArn].IsSecret, Is.False);
        });
    }

    [Test]
    public async Task WithoutOptionsOnlyChildrenWithAFixedAWSNameAreReplacedDeleteFirst()
    {
        await using var test = await ComponentTest.StartAsync(Base.Mocks(), Scenario.Options(preview: false));

        await test.ConstructAsync("mig", Base.Inputs.Build());

        var registrations = test.Engine.Registrations;
        var plan = Planner.Plan("mig", InputCheck.Run(Base.Inputs.Build()).Args!, OfflinePlanContext.For(Scenario.Region, Scenario.Project, Scenario.Stack));
        var fixedNames = plan.Resources.Where(r => r.DeleteBeforeReplace).Select(r => r.Name).ToHashSet(StringComparer.Ordinal);
        Assert.Multiple(() =>
        {
            Assert.That(fixedNames, Does.Contain("mig-tidb-endpoint").And.Contain("mig-subnet-group"));
            Assert.That(registrations[0].Request.DeleteBeforeReplace, Is.Null, "the component itself: as given");
            foreach (var child in registrations.Skip(1).Select(r => r.Request))
            {
                Assert.That(child.DeleteBeforeReplace, Is.EqualTo(fixedNames.Contains(child.Name) ? true : null), child.Name);
                Assert.That(registrations.First(r => r.Request.Name == child.Name).Wire!.DeleteBeforeReplaceDefined, Is.EqualTo(fixedNames.Contains(child.Name)), child.Name);
            }
        });
    }

    public static IEnumerable<TestCaseData> Warnings()
    {
        yield return new TestCaseData(
            Support.Inputs.ValidDedicated().With("cluster.sslMode", "none"))
            .SetArgDisplayNames("no TLS to a Dedicated public endpoint");
        yield return new TestCaseData(
            Base.Inputs.With("cluster.host", "gateway01.eu-central-1.prod.aws.tidbcloud.com"))
            .SetArgDisplayNames("the cluster in another region");
    }

    [TestCaseSource(nameof(Warnings))]
    public async Task WarningsReachTheUserThroughTheEngineLogOnTheComponentsRow(Support.Inputs inputs)
    {
        await using var test = await ComponentTest.StartAsync(Base.Mocks(), Scenario.Options(preview: true));

        var result = await test.ConstructAsync("mig", inputs.Build());

        var read = InputCheck.Run(inputs.Build());
        var context = new PlanContext(Scenario.Region, "aws", Scenario.Zones, "123456789012", Scenario.Project, Scenario.Stack,
            DmsRoleNames.NeededFor(ReplicationMode.Instance).ToImmutableSortedDictionary(n => n, _ => DmsRoleState.Exists, StringComparer.Ordinal));
        var expected = read.Warnings.Concat(ContextValidator.Validate(read.Args!, context).Warnings).Select(w => w.ToString()).ToList();
        Assert.That(expected, Is.Not.Empty, "the case must warn");
        Assert.That(
            test.Engine.Logs.Where(l => l.Severity == Provider.Registration.LogSeverity.Warning).Select(l => (l.Message, l.Urn)),
            Is.EquivalentTo(expected.Select(m => (m, result.Urn))));
    }
}
