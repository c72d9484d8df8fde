using System.Collections.Immutable;
using Moq;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Rpc;
using TidbDms.Provider.Values;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.OfflineEngine;

/// <summary>
/// The engine's answers to the registrations a provider makes, over real gRPC with the provider's
/// own monitor client: URNs as the engine builds them, preview and update semantics, secrets,
/// duplicates refused, failed functions and creates reported as the engine reports them, and latency.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class EngineSemanticsTests
{
    private const string ComponentType = "tidb-dms:index:TidbDmsMigration";
    private const string ComponentUrn = "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration::mig";

    private static readonly MockEngineOptions Update = new() { Project = "proj", Stack = "dev", IsPreview = false };

    [Test]
    public async Task BuildsUrnsAsTheEngineDoesAndAnswersComponentsWithNoState()
    {
        var mocks = new Mock<IMocks>();
        mocks.Setup(m => m.NewResourceAsync(It.IsAny<MockResourceArgs>())).ReturnsAsync(("vpc-1", new Dictionary<string, object?> { ["x"] = 1 }));
        await using var engine = await MockEngine.StartAsync(mocks.Object, Update);
        using var clients = new EngineClients();
        var monitor = clients.Monitor(engine.Address);

        var component = await monitor.RegisterResourceAsync(new(ComponentType, "mig", engine.StackUrn, false, Inputs(("tier", PropertyValue.String("Starter")))), CancellationToken.None);
        var child = await monitor.RegisterResourceAsync(new("aws:ec2/vpc:Vpc", "mig-vpc", component.Urn, true, Inputs()), CancellationToken.None);

        Assert.Multiple(() =>
        {
            Assert.That(engine.StackUrn, Is.EqualTo("urn:pulumi:dev::proj::pulumi:pulumi:Stack::proj-dev"));
            Assert.That((component.Urn, component.Id, component.Outputs.Count), Is.EqualTo((ComponentUrn, "", 0)));
            Assert.That(child.Urn, Is.EqualTo("urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:ec2/vpc:Vpc::mig-vpc"));
            Assert.That((child.Id, child.Outputs["x"]), Is.EqualTo(("vpc-1", PropertyValue.Number(1))));
            Assert.That(engine.Resources.Select(r => (r.Urn, r.Parent, r.Custom)), Is.EqualTo(new[]
            {
                (ComponentUrn, engine.StackUrn, false),
                (child.Urn, ComponentUrn, true),
            }));
            Assert.That(engine.Resources[0].Inputs, Is.EqualTo(Inputs(("tier", PropertyValue.String("Starter")))));
        });
        mocks.Verify(m => m.NewResourceAsync(It.Is<MockResourceArgs>(a => a.Type == ComponentType)), Times.Never, "a component is not the cloud's");
    }

    [Test]
    public async Task InAnUpdateAResourceAnswersItsInputsAndTheMockStateWithListedOutputsSecret()
    {
        var mocks = new Mock<IMocks>();
        mocks.Setup(m => m.NewResourceAsync(It.Is<MockResourceArgs>(a => a.Type == "aws:dms/endpoint:Endpoint" && !a.IsPreview)))
            .ReturnsAsync(("mig-tidb", new Dictionary<string, object?> { ["endpointArn"] = "arn:endpoint" }));
        await using var engine = await MockEngine.StartAsync(mocks.Object, Update);
        using var clients = new EngineClients();
        var args = new RegisterResourceArgs("aws:dms/endpoint:Endpoint", "mig-tidb", ComponentUrn, true,
            Inputs(("password", PropertyValue.String("pw")), ("port", PropertyValue.Number(4000))))
        {
            AdditionalSecretOutputs = ["password"],
        };

        var result = await clients.Monitor(engine.Address).RegisterResourceAsync(args, CancellationToken.None);

        var expected = new Dictionary<string, PropertyValue>
        {
            ["endpointArn"] = PropertyValue.String("arn:endpoint"),
            ["password"] = PropertyValue.String("pw").WithSecret(),
            ["port"] = PropertyValue.Number(4000),
        };
        Assert.Multiple(() =>
        {
            Assert.That(result.Id, Is.EqualTo("mig-tidb"));
            Assert.That(result.Outputs, Is.EqualTo(expected));
            Assert.That(engine.Registrations.Single().Outputs, Is.EqualTo(expected), "recorded as answered");
        });
    }

    [TestCase(true, "")]
    [TestCase(false, "mig-vpc_id")]
    public async Task AResourceWithoutAMockIdHasNoIdInAPreviewAndAMadeUpOneInAnUpdate(bool preview, string expectedId)
    {
        await using var engine = await MockEngine.StartAsync(new Mock<IMocks>().Object, Update with { IsPreview = preview });
        using var clients = new EngineClients();

        var result = await clients.Monitor(engine.Address)
            .RegisterResourceAsync(new("aws:ec2/vpc:Vpc", "mig-vpc", ComponentUrn, true, Inputs(("cidrBlock", PropertyValue.String("10.0.0.0/16")))), CancellationToken.None);

        Assert.That(result.Id, Is.EqualTo(expectedId));
        Assert.That(result.Outputs, Is.EqualTo(new Dictionary<string, PropertyValue> { ["cidrBlock"] = PropertyValue.String("10.0.0.0/16") }));
    }

    [Test]
    public async Task ASecondRegistrationOfTheSameUrnFailsAsInTheEngine()
    {
        await using var engine = await MockEngine.StartAsync(new Mock<IMocks>().Object, Update);
        using var clients = new EngineClients();
        var monitor = clients.Monitor(engine.Address);
        await monitor.RegisterResourceAsync(new("aws:ec2/vpc:Vpc", "mig-vpc", ComponentUrn, true, Inputs()), CancellationToken.None);

        var ex = Assert.ThrowsAsync<MonitorCallException>(() => monitor.RegisterResourceAsync(new("aws:ec2/vpc:Vpc", "mig-vpc", ComponentUrn, true, Inputs()), CancellationToken.None));

        Assert.That(ex!.Detail, Is.EqualTo("Duplicate resource URN 'urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:ec2/vpc:Vpc::mig-vpc'; try giving it a unique name"));
        Assert.That(engine.Registrations, Has.Length.EqualTo(1), "the refused registration is not recorded");
    }

    [Test]
    public async Task ACustomResourceNeedsAFullTypeToken()
    {
        await using var engine = await MockEngine.StartAsync(new Mock<IMocks>().Object, Update);
        using var clients = new EngineClients();

        var ex = Assert.ThrowsAsync<MonitorCallException>(() => clients.Monitor(engine.Address)
            .RegisterResourceAsync(new("aws:Vpc", "mig-vpc", ComponentUrn, true, Inputs()), CancellationToken.None));

        Assert.That((ex!.Status, ex.Detail), Is.EqualTo(("InvalidArgument", "'aws:Vpc' is not a type token (package:module:type), which a custom resource needs")));
    }

    [Test]
    public async Task AFailingMockCallComesBackAsTheEngineReportsInvokeErrors()
    {
        var mocks = new Mock<IMocks>();
        mocks.Setup(m => m.CallAsync(It.IsAny<MockCallArgs>())).ThrowsAsync(new InvalidOperationException("reading IAM Role (x): couldn't find resource"));
        await using var engine = await MockEngine.StartAsync(mocks.Object, Update);
        using var clients = new EngineClients();

        var ex = Assert.ThrowsAsync<MonitorCallException>(() => clients.Monitor(engine.Address)
            .InvokeAsync("aws:iam/getRole:getRole", Inputs(("name", PropertyValue.String("x"))), "", "7.48.0", CancellationToken.None));

        Assert.That(ex!.Status, Is.EqualTo("Unknown"));
        Assert.That(ex.Detail, Is.EqualTo("invocation of aws:iam/getRole:getRole returned an error: reading IAM Role (x): couldn't find resource"));
        Assert.That(engine.Invokes.Select(i => (i.Token, i.Args["name"], i.Provider, i.Version)), Is.EqualTo(new[]
        {
            ("aws:iam/getRole:getRole", PropertyValue.String("x"), "", "7.48.0"),
        }));
    }

    [Test]
    public async Task AFailingCreateIsShownAgainstTheResourceAndReportedAsAFailedResult()
    {
        var mocks = new Mock<IMocks>();
        mocks.Setup(m => m.NewResourceAsync(It.IsAny<MockResourceArgs>())).ThrowsAsync(new InvalidOperationException("VpcLimitExceeded: the maximum number of VPCs has been reached"));
        await using var engine = await MockEngine.StartAsync(mocks.Object, Update);
        using var clients = new EngineClients();

        var ex = Assert.ThrowsAsync<MonitorCallException>(() => clients.Monitor(engine.Address)
            .RegisterResourceAsync(new("aws:ec2/vpc:Vpc", "mig-vpc", ComponentUrn, true, Inputs()), CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Status, Is.EqualTo("FAIL"), "the provider's monitor client asks for result reporting");
            Assert.That(engine.Logs.Select(l => (l.Severity, l.Message, l.Urn)), Is.EqualTo(new[]
            {
                (LogSeverity.Error, "VpcLimitExceeded: the maximum number of VPCs has been reached", "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:ec2/vpc:Vpc::mig-vpc"),
            }));
        });
    }

    [Test]
    public async Task LatencyHoldsEachRegistrationOpenSoConcurrentOnesOverlap()
    {
        await using var engine = await MockEngine.StartAsync(new Mock<IMocks>().Object, Update with { RegistrationLatency = TimeSpan.FromMilliseconds(100) });
        using var clients = new EngineClients();
        var monitor = clients.Monitor(engine.Address);

        await Task.WhenAll(
            monitor.RegisterResourceAsync(new("aws:ec2/subnet:Subnet", "a", ComponentUrn, true, Inputs()), CancellationToken.None),
            monitor.RegisterResourceAsync(new("aws:ec2/subnet:Subnet", "b", ComponentUrn, true, Inputs()), CancellationToken.None));
        await monitor.RegisterResourceAsync(new("aws:ec2/subnet:Subnet", "c", ComponentUrn, true, Inputs()), CancellationToken.None);

        var byName = engine.Registrations.ToDictionary(r => r.Resource.Name);
        Assert.That(byName["a"].Overlaps(byName["b"]), Is.True);
        Assert.That(byName["c"].Overlaps(byName["a"]) || byName["c"].Overlaps(byName["b"]), Is.False);
    }

    private static ImmutableSortedDictionary<string, PropertyValue> Inputs(params (string Key, PropertyValue Value)[] entries) =>
        entries.ToImmutableSortedDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
