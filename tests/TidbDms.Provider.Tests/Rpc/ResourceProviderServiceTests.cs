using System.Text.Json;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;
using TidbDms.Provider.Schema;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Rpc;

[TestFixture]
internal sealed class ResourceProviderServiceTests
{
    private InProcessPlugin _provider = null!;

    private ResourceProvider.ResourceProviderClient Client => _provider.Client;

    [SetUp]
    public async Task StartProvider() => _provider = await InProcessPlugin.StartAsync("127.0.0.1:50001");

    [TearDown]
    public async Task StopProvider() => await _provider.DisposeAsync();

    [Test]
    public async Task HandshakeDeclaresWhatTheProviderAcceptsAndRemembersTheEngine()
    {
        var response = await Client.HandshakeAsync(new ProviderHandshakeRequest
        {
            EngineAddress = "127.0.0.1:50002",
            RootDirectory = "/plugins/tidb-dms",
            ProgramDirectory = "/plugins/tidb-dms",
            ConfigureWithUrn = true,
            InvokeWithPreview = true,
            AcceptsByteString = true,
        });

        Assert.Multiple(() =>
        {
            Assert.That(response, Is.EqualTo(new ProviderHandshakeResponse
            {
                AcceptSecrets = true,
                AcceptResources = true,
                AcceptOutputs = true,
                SupportsAutonamingConfiguration = false,
                AcceptsByteString = false,
            }));
            Assert.That(_provider.Host.State.EngineAddress, Is.EqualTo("127.0.0.1:50002"));
        });
    }

    [Test]
    public async Task HandshakeWithoutAnEngineAddressKeepsTheOneFromTheCommandLine()
    {
        await Client.HandshakeAsync(new ProviderHandshakeRequest());

        Assert.That(_provider.Host.State.EngineAddress, Is.EqualTo("127.0.0.1:50001"));
    }

    [Test]
    public async Task ConfigureSucceedsAndMatchesTheHandshake()
    {
        var handshake = await Client.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = "127.0.0.1:50002" });

        var configure = await Client.ConfigureAsync(new ConfigureRequest
        {
            AcceptSecrets = true,
            AcceptResources = true,
            Args = new Struct { Fields = { ["version"] = Value.ForString("0.1.0") } },
            Variables = { ["tidb-dms:config:unknownKey"] = "whatever" },
        });

        Assert.Multiple(() =>
        {
            Assert.That(configure, Is.EqualTo(new ConfigureResponse
            {
                AcceptSecrets = true,
                SupportsPreview = true,
                AcceptResources = true,
                AcceptOutputs = true,
                SupportsAutonamingConfiguration = false,
            }));
            Assert.That(configure.AcceptSecrets, Is.EqualTo(handshake.AcceptSecrets));
            Assert.That(configure.AcceptResources, Is.EqualTo(handshake.AcceptResources));
            Assert.That(configure.AcceptOutputs, Is.EqualTo(handshake.AcceptOutputs));
            Assert.That(configure.SupportsAutonamingConfiguration, Is.EqualTo(handshake.SupportsAutonamingConfiguration));
        });
    }

    [Test]
    public async Task GetPluginInfoReportsThePackageVersion()
    {
        var info = await Client.GetPluginInfoAsync(new Empty());

        Assert.That(info.Version, Is.EqualTo("0.1.0"));
    }

    [Test]
    public async Task GetSchemaVersion0ReturnsTheEmbeddedSchema()
    {
        var response = await Client.GetSchemaAsync(new GetSchemaRequest { Version = 0 });

        Assert.Multiple(() =>
        {
            Assert.That(response.Schema, Is.EqualTo(PackageSchema.Json));
            using var schema = JsonDocument.Parse(response.Schema);
            Assert.That(schema.RootElement.GetProperty("name").GetString(), Is.EqualTo("tidb-dms"));
        });
    }

    [TestCase(1)]
    [TestCase(-1)]
    public void GetSchemaOfAnotherVersionIsAnInvalidArgument(int version)
    {
        var ex = Assert.ThrowsAsync<RpcException>(async () => await Client.GetSchemaAsync(new GetSchemaRequest { Version = version }));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(ex.Status.Detail, Is.EqualTo($"schema version {version} is not supported: this provider serves schema version 0"));
        });
    }

    [Test]
    public async Task CancelReturnsEmptyAndCancelsInFlightWorkAndCanBeRepeated()
    {
        var token = _provider.Host.State.Cancellation;

        var first = await Client.CancelAsync(new Empty());
        var second = await Client.CancelAsync(new Empty());

        Assert.Multiple(() =>
        {
            Assert.That(first, Is.EqualTo(new Empty()));
            Assert.That(second, Is.EqualTo(new Empty()));
            Assert.That(token.IsCancellationRequested, Is.True);
        });
    }

    [Test]
    public async Task AttachSetsTheEngineAddress()
    {
        var response = await Client.AttachAsync(new PluginAttach { Address = "127.0.0.1:50003" });

        Assert.Multiple(() =>
        {
            Assert.That(response, Is.EqualTo(new Empty()));
            Assert.That(_provider.Host.State.EngineAddress, Is.EqualTo("127.0.0.1:50003"));
        });
    }

    [Test]
    public void CheckConfigIsUnimplemented()
    {
        var ex = Assert.ThrowsAsync<RpcException>(async () => await Client.CheckConfigAsync(new CheckRequest()));

        Assert.That(ex!.StatusCode, Is.EqualTo(StatusCode.Unimplemented));
    }

    [Test]
    public void DiffConfigIsUnimplemented()
    {
        var ex = Assert.ThrowsAsync<RpcException>(async () => await Client.DiffConfigAsync(new DiffRequest()));

        Assert.That(ex!.StatusCode, Is.EqualTo(StatusCode.Unimplemented));
    }

    // Methods our trimmed proto leaves out of the service entirely (custom-resource CRUD, invokes,
    // parameterization) must answer UNIMPLEMENTED too, which the engine accepts.
    [TestCase("Create")]
    [TestCase("Check")]
    [TestCase("Invoke")]
    [TestCase("Parameterize")]
    [TestCase("GetMapping")]
    public void MethodsOutsideTheTrimmedServiceAreUnimplemented(string method)
    {
        var call = new Method<Empty, Empty>(
            MethodType.Unary,
            "pulumirpc.ResourceProvider",
            method,
            Marshallers.Create(m => Google.Protobuf.MessageExtensions.ToByteArray(m), Empty.Parser.ParseFrom),
            Marshallers.Create(m => Google.Protobuf.MessageExtensions.ToByteArray(m), Empty.Parser.ParseFrom));

        var ex = Assert.ThrowsAsync<RpcException>(async () =>
            await _provider.Channel.CreateCallInvoker().AsyncUnaryCall(call, null, new CallOptions(), new Empty()));

        Assert.That(ex!.StatusCode, Is.EqualTo(StatusCode.Unimplemented));
    }
}
