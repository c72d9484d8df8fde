using System.Collections.Concurrent;
using System.Collections.Immutable;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using Pulumirpc;
using TidbDms.Provider.Hosting;
using TidbDms.Provider.Values;

namespace TidbDms.Testing;

/// <summary>
/// A provider plugin whose <c>Construct</c> does what a test says, for tests of what the engine
/// sends a plugin and does with the answer: it serves <c>pulumirpc.ResourceProvider</c> on
/// loopback like the real plugin and records every call exactly as received. Its default
/// <c>Construct</c> (<see cref="EchoAsync"/>) builds a one-child component that echoes its inputs.
/// </summary>
internal sealed class FakePlugin : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<IMessage> _calls = new();

    private FakePlugin(WebApplication app, FakePluginOptions options)
    {
        _app = app;
        Options = options;
        Address = "127.0.0.1:" + LoopbackGrpcServer.Port(app).ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    public string Address { get; }

    public FakePluginOptions Options { get; }

    /// <summary>Every call as received, in arrival order (Handshake, Attach, Configure and Construct requests).</summary>
    public ImmutableArray<IMessage> Calls => [.. _calls];

    public ImmutableArray<ConstructRequest> Constructs => [.. _calls.OfType<ConstructRequest>()];

    /// <summary>The engine's address, from <c>Attach</c> (or <c>Handshake</c>).</summary>
    public string? EngineAddress { get; private set; }

    public static async Task<FakePlugin> StartAsync(FakePluginOptions? options = null)
    {
        var builder = LoopbackGrpcServer.CreateBuilder();
        var holder = new Holder();
        builder.Services.AddSingleton(holder);
        var app = builder.Build();
        app.MapGrpcService<Service>();
        await app.StartAsync().ConfigureAwait(false);
        var plugin = new FakePlugin(app, options ?? new FakePluginOptions());
        holder.Plugin = plugin;
        return plugin;
    }

    /// <summary>The status a provider fails <c>Construct</c> with for invalid inputs: INVALID_ARGUMENT with an <c>InputPropertiesError</c> detail.</summary>
    public static RpcException InvalidInputs(string message, params (string Path, string Reason)[] errors)
    {
        var detail = new InputPropertiesError();
        detail.Errors.AddRange(errors.Select(e => new InputPropertiesError.Types.PropertyError { PropertyPath = e.Path, Reason = e.Reason }));
        var status = new Google.Rpc.Status { Code = (int)StatusCode.InvalidArgument, Message = message, Details = { Any.Pack(detail) } };
        return new RpcException(
            new Status(StatusCode.InvalidArgument, message),
            new Metadata { { WireConstants.StatusDetailsTrailer, status.ToByteArray() } });
    }

    /// <summary>
    /// A component as a provider builds one: registers itself (parented as asked, with its inputs),
    /// logs <paramref name="warnings"/> against itself, registers one child <c>aws:ec2/vpc:Vpc</c>
    /// (<c>&lt;name&gt;-vpc</c>, its input <c>echo</c> holding the component's inputs), registers
    /// its outputs (<c>vpcId</c> from the child, two unknown lists) and answers with them.
    /// </summary>
    public async Task<ConstructResponse> EchoAsync(ConstructRequest request, params string[] warnings)
    {
        using var monitorChannel = GrpcChannel.ForAddress("http://" + request.MonitorEndpoint);
        var monitor = new ResourceMonitor.ResourceMonitorClient(monitorChannel);
        var inputs = PropertyValueMarshaller.DecodeObject(request.Inputs);
        var component = await monitor.RegisterResourceAsync(new RegisterResourceRequest
        {
            Type = request.Type,
            Name = request.Name,
            Parent = request.Parent,
            Object = PropertyValueMarshaller.EncodeObject(inputs, OutputValueEncoding.Downgrade),
            AcceptSecrets = true,
            SupportsPartialValues = true,
        }).ResponseAsync.ConfigureAwait(false);

        if (warnings.Length > 0)
        {
            using var engineChannel = GrpcChannel.ForAddress("http://" + (EngineAddress ?? request.MonitorEndpoint));
            var engine = new Engine.EngineClient(engineChannel);
            foreach (var warning in warnings)
            {
                await engine.LogAsync(new LogRequest { Severity = LogSeverity.Warning, Message = warning, Urn = component.Urn }).ResponseAsync.ConfigureAwait(false);
            }
        }

        var child = await monitor.RegisterResourceAsync(new RegisterResourceRequest
        {
            Type = "aws:ec2/vpc:Vpc",
            Name = request.Name + "-vpc",
            Parent = component.Urn,
            Custom = true,
            Object = PropertyValueMarshaller.EncodeObject([KeyValuePair.Create("echo", PropertyValue.Object(inputs))], OutputValueEncoding.Downgrade),
            PropertyDependencies = { ["echo"] = new RegisterResourceRequest.Types.PropertyDependencies() },
            Version = "7.48.0",
            AcceptSecrets = true,
            SupportsPartialValues = true,
        }).ResponseAsync.ConfigureAwait(false);

        var state = new Dictionary<string, PropertyValue>
        {
            ["vpcId"] = child.Id.Length > 0 ? PropertyValue.String(child.Id) : PropertyValue.Computed,
            ["natGatewayPublicIps"] = PropertyValue.Array(PropertyValue.Computed),
            ["replicationInstancePublicIps"] = PropertyValue.Computed,
        };
        var encoded = PropertyValueMarshaller.EncodeObject(state, OutputValueEncoding.Downgrade);
        await monitor.RegisterResourceOutputsAsync(new RegisterResourceOutputsRequest { Urn = component.Urn, Outputs = encoded }).ResponseAsync.ConfigureAwait(false);
        return new ConstructResponse
        {
            Urn = component.Urn,
            State = encoded,
            StateDependencies = { ["vpcId"] = new ConstructResponse.Types.PropertyDependencies { Urns = { child.Urn } } },
        };
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }

    private sealed class Holder
    {
        public FakePlugin? Plugin { get; set; }
    }

    private sealed class Service : ResourceProvider.ResourceProviderBase
    {
        private readonly FakePlugin _plugin;

        public Service(Holder holder)
        {
            _plugin = holder.Plugin!;
        }

        public override Task<ProviderHandshakeResponse> Handshake(ProviderHandshakeRequest request, ServerCallContext context)
        {
            _plugin._calls.Enqueue(request);
            if (!_plugin.Options.Handshake)
            {
                throw new RpcException(new Status(StatusCode.Unimplemented, "no handshake"));
            }

            _plugin.EngineAddress ??= request.EngineAddress;
            var accepts = _plugin.Options.Accepts;
            return Task.FromResult(new ProviderHandshakeResponse
            {
                AcceptSecrets = accepts.AcceptSecrets,
                AcceptResources = accepts.AcceptResources,
                AcceptOutputs = accepts.AcceptOutputs,
            });
        }

        public override Task<Empty> Attach(PluginAttach request, ServerCallContext context)
        {
            _plugin._calls.Enqueue(request);
            _plugin.EngineAddress = request.Address;
            return Task.FromResult(new Empty());
        }

        public override Task<ConfigureResponse> Configure(ConfigureRequest request, ServerCallContext context)
        {
            _plugin._calls.Enqueue(request);
            var accepts = _plugin.Options.Accepts;
            return Task.FromResult(new ConfigureResponse
            {
                AcceptSecrets = accepts.AcceptSecrets,
                AcceptResources = accepts.AcceptResources,
                AcceptOutputs = accepts.AcceptOutputs,
                SupportsPreview = true,
            });
        }

        public override Task<ConstructResponse> Construct(ConstructRequest request, ServerCallContext context)
        {
            _plugin._calls.Enqueue(request.Clone());
            return _plugin.Options.Construct is { } construct ? construct(request, _plugin) : _plugin.EchoAsync(request);
        }
    }
}
