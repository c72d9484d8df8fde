using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;
using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Tests.Values;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Rpc;

[TestFixture]
internal sealed class ConstructTests
{
    private InProcessPlugin _provider = null!;

    [SetUp]
    public async Task StartProvider() => _provider = await InProcessPlugin.StartAsync();

    [TearDown]
    public async Task StopProvider() => await _provider.DisposeAsync();

    [TestCase("aws:ec2/vpc:Vpc")]
    [TestCase("tidb-dms:index:Other")]
    [TestCase("")]
    public void ATypeThisProviderDoesNotServeIsAnInvalidArgument(string type)
    {
        var ex = Assert.ThrowsAsync<RpcException>(async () => await _provider.Client.ConstructAsync(Request(type, new Struct())));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(ex.Status.Detail, Is.EqualTo($"unknown resource type '{type}': this provider constructs only tidb-dms:index:TidbDmsMigration"));
        });
    }

    [Test]
    public void AnInputTheProviderCannotDecodeIsAnInvalidArgumentNamingItsPath()
    {
        var inputs = Wire.Object("{'cluster': {'password': {'$SIG': 'abc', 'value': 'x'}}}");

        var ex = Assert.ThrowsAsync<RpcException>(async () => await _provider.Client.ConstructAsync(Request("tidb-dms:index:TidbDmsMigration", inputs)));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(ex.Status.Detail, Is.EqualTo("the engine sent a value this provider cannot read: cluster.password: unrecognized signature 'abc'"));
        });
    }

    /// <summary>
    /// Invalid inputs, as the engine sends them (the secret as an output value, with input
    /// dependencies), come back as INVALID_ARGUMENT with one property error per violation, and the
    /// password appears nowhere in the answer.
    /// </summary>
    [Test]
    public void InvalidInputsComeBackAsPropertyErrorsInTheStatusDetails()
    {
        var inputs = Wire.Object($$"""
            {
              'tier': 'Basic',
              'connectivity': 'PublicEndpoint',
              'endpointType': 'target',
              'cluster': {
                'host': '{{TestValues.StarterHost}}',
                'port': 70000,
                'username': '{{TestValues.StarterUsername}}',
                'password': {'$SIG': '$OUTPUT', 'value': '{{TestValues.Password}}', 'secret': true}
              }
            }
            """);
        var request = Request("tidb-dms:index:TidbDmsMigration", inputs);
        request.InputDependencies["cluster"] = new ConstructRequest.Types.PropertyDependencies { Urns = { "urn:pulumi:dev::proj::random:index/randomPassword:RandomPassword::pw" } };

        var ex = Assert.ThrowsAsync<RpcException>(async () => await _provider.Client.ConstructAsync(request));

        Assert.That(ex!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument), ex.Status.Detail);
        var status = StatusDetails.Read(ex);
        var errors = StatusDetails.PropertyErrors(status);
        Assert.Multiple(() =>
        {
            Assert.That(ex.Status.Detail, Is.EqualTo("2 inputs are invalid: tier, cluster.port"));
            Assert.That(status.Code, Is.EqualTo((int)StatusCode.InvalidArgument));
            Assert.That(status.Message, Is.EqualTo(ex.Status.Detail));
            Assert.That(errors.Select(e => e.Path), Is.EqualTo(["tier", "cluster.port"]));
            Assert.That(errors.Select(e => e.Reason), Has.All.Not.Empty);
            Assert.That(status.ToString(), Does.Not.Contain(TestValues.Password));
        });
    }

    private static ConstructRequest Request(string type, Struct inputs) => new()
    {
        Project = "proj",
        Stack = "dev",
        Type = type,
        Name = "mig",
        Parent = "urn:pulumi:dev::proj::pulumi:pulumi:Stack::proj-dev",
        MonitorEndpoint = "127.0.0.1:1",
        DryRun = true,
        Inputs = inputs,
    };
}
