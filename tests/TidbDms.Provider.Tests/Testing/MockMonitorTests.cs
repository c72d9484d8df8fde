using System.Collections.Immutable;
using Moq;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Testing;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Testing;

internal sealed class MockMonitorTests
{
    private const string ComponentType = "tidb-dms:index:TidbDmsMigration";
    private const string ComponentUrn = "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration::mig";

    private static readonly MockEngineOptions Update = new() { Project = "proj", Stack = "dev", IsPreview = false };

    [Test]
    public async Task Builds_urns_as_the_engine_does_and_answers_components_with_no_state()
    {
        var mocks = new Mock<IMocks>();
        mocks.Setup(m => m.NewResourceAsync(It.IsAny<MockResourceArgs>())).ReturnsAsync(("ignored", new Dictionary<string, object?> { ["x"] = 1 }));
        var monitor = new MockMonitor(mocks.Object, Update);

        var component = await monitor.RegisterResourceAsync(new(ComponentType, "mig", monitor.StackUrn, false, Inputs()), CancellationToken.None);
        var child = await monitor.RegisterResourceAsync(new("aws:ec2/vpc:Vpc", "mig-vpc", component.Urn, true, Inputs()), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(monitor.StackUrn, Is.EqualTo("urn:pulumi:dev::proj::pulumi:pulumi:Stack::proj-dev"));
            Assert.That(component, Is.EqualTo(new RegisterResourceResult(ComponentUrn, "", Inputs())).Using<RegisterResourceResult>(SameResult));
            Assert.That(child.Urn, Is.EqualTo("urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:ec2/vpc:Vpc::mig-vpc"));
            Assert.That(monitor.Resources.Select(r => (r.Urn, r.Parent, r.Custom)), Is.EqualTo(new[]
            {
                (ComponentUrn, monitor.StackUrn, false),
                (child.Urn, ComponentUrn, true),
            }));
        });
    }

    [Test]
    public async Task In_an_update_a_resource_answers_its_inputs_and_the_mock_state_with_listed_outputs_secret()
    {
        var mocks = new Mock<IMocks>();
        mocks.Setup(m => m.NewResourceAsync(It.Is<MockResourceArgs>(a => a.Type == "aws:dms/endpoint:Endpoint" && !a.IsPreview)))
            .ReturnsAsync(("mig-tidb", new Dictionary<string, object?> { ["endpointArn"] = "arn:endpoint" }));
        var monitor = new MockMonitor(mocks.Object, Update);
        var args = new RegisterResourceArgs("aws:dms/endpoint:Endpoint", "mig-tidb", ComponentUrn, true,
            Inputs(("password", PropertyValue.String("pw")), ("port", PropertyValue.Number(4000))))
        {
            AdditionalSecretOutputs = ["password"],
        };

        var result = await monitor.RegisterResourceAsync(args, CancellationToken.None);

        Assert.That(result.Id, Is.EqualTo("mig-tidb"));
        Assert.That(result.Outputs, Is.EqualTo(new Dictionary<string, PropertyValue>
        {
            ["endpointArn"] = PropertyValue.String("arn:endpoint"),
            ["password"] = PropertyValue.String("pw").WithSecret(),
            ["port"] = PropertyValue.Number(4000),
        }));
    }

    [TestCase(true, "")]
    [TestCase(false, "mig-vpc_id")]
    public async Task A_resource_without_a_mock_id_has_no_id_in_a_preview_and_a_made_up_one_in_an_update(bool preview, string expectedId)
    {
        var monitor = new MockMonitor(new Mock<IMocks>().Object, Update with { IsPreview = preview });

        var result = await monitor.RegisterResourceAsync(new("aws:ec2/vpc:Vpc", "mig-vpc", ComponentUrn, true, Inputs(("cidrBlock", PropertyValue.String("10.0.0.0/16")))), CancellationToken.None);

        Assert.That(result.Id, Is.EqualTo(expectedId));
        Assert.That(result.Outputs, Is.EqualTo(new Dictionary<string, PropertyValue> { ["cidrBlock"] = PropertyValue.String("10.0.0.0/16") }));
    }

    [Test]
    public async Task A_second_registration_of_the_same_urn_fails_as_in_the_engine()
    {
        var monitor = new MockMonitor(new Mock<IMocks>().Object, Update);
        await monitor.RegisterResourceAsync(new("aws:ec2/vpc:Vpc", "mig-vpc", ComponentUrn, true, Inputs()), CancellationToken.None);

        var ex = Assert.ThrowsAsync<MonitorCallException>(() => monitor.RegisterResourceAsync(new("aws:ec2/vpc:Vpc", "mig-vpc", ComponentUrn, true, Inputs()), CancellationToken.None));

        Assert.That(ex!.Detail, Is.EqualTo("Duplicate resource URN 'urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:ec2/vpc:Vpc::mig-vpc'; try giving it a unique name"));
    }

    [Test]
    public void A_failing_mock_call_comes_back_as_the_engine_reports_invoke_errors()
    {
        var mocks = new Mock<IMocks>();
        mocks.Setup(m => m.CallAsync(It.IsAny<MockCallArgs>())).ThrowsAsync(new InvalidOperationException("reading IAM Role (x): couldn't find resource"));
        var monitor = new MockMonitor(mocks.Object, Update);

        var ex = Assert.ThrowsAsync<MonitorCallException>(() => monitor.InvokeAsync("aws:iam/getRole:getRole", Inputs(("name", PropertyValue.String("x"))), "", "7.48.0", CancellationToken.None));

        Assert.That(ex!.Status, Is.EqualTo("Unknown"));
        Assert.That(ex.Detail, Is.EqualTo("invocation of aws:iam/getRole:getRole returned an error: reading IAM Role (x): couldn't find resource"));
        Assert.That(monitor.Invokes.Select(i => (i.Token, i.Args["name"], i.Provider, i.Version)), Is.EqualTo(new[]
        {
            ("aws:iam/getRole:getRole", PropertyValue.String("x"), "", "7.48.0"),
        }));
    }

    [Test]
    public async Task Latency_holds_each_registration_open_so_concurrent_ones_overlap()
    {
        var monitor = new MockMonitor(new Mock<IMocks>().Object, Update with { RegistrationLatency = TimeSpan.FromMilliseconds(100) });

        await Task.WhenAll(
            monitor.RegisterResourceAsync(new("aws:ec2/subnet:Subnet", "a", ComponentUrn, true, Inputs()), CancellationToken.None),
            monitor.RegisterResourceAsync(new("aws:ec2/subnet:Subnet", "b", ComponentUrn, true, Inputs()), CancellationToken.None));
        await monitor.RegisterResourceAsync(new("aws:ec2/subnet:Subnet", "c", ComponentUrn, true, Inputs()), CancellationToken.None);

        var byName = monitor.Registrations.ToDictionary(r => r.Resource.Name);
        Assert.That(byName["a"].Overlaps(byName["b"]), Is.True);
        Assert.That(byName["c"].Overlaps(byName["a"]) || byName["c"].Overlaps(byName["b"]), Is.False);
    }

    private static bool SameResult(RegisterResourceResult a, RegisterResourceResult b) =>
        a.Urn == b.Urn && a.Id == b.Id && a.IsUnknown == b.IsUnknown && a.Outputs.SequenceEqual(b.Outputs);

    private static ImmutableSortedDictionary<string, PropertyValue> Inputs(params (string Key, PropertyValue Value)[] entries) =>
        entries.ToImmutableSortedDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
