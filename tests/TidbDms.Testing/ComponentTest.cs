using System.Collections.Immutable;
using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Pulumirpc;
using TidbDms.Provider.Component;
using TidbDms.Provider.Hosting;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;

namespace TidbDms.Testing;

/// <summary>
/// The provider exactly as the engine runs it, beside the offline engine: the plugin server
/// (<see cref="InProcessPlugin"/>: <see cref="ProviderHost"/>, as in production) and the engine (a <see cref="MockEngine"/>
/// answering from mocks) both listen on loopback. <c>ConstructAsync</c> calls <c>Construct</c> over
/// real HTTP/2 with the request the engine makes for a program's component, so the whole path
/// (encoding, registration, outputs) runs as it does under <c>pulumi</c>; <c>RegisterAsync</c>
/// goes one step further back, registering the component as a program does and letting the engine call Construct.
/// </summary>
internal sealed class ComponentTest : IAsyncDisposable
{
    private ComponentTest(MockEngine engine, InProcessPlugin plugin)
    {
        Engine = engine;
        Plugin = plugin;
    }

    public MockEngine Engine { get; }

    public InProcessPlugin Plugin { get; }

    public ResourceProvider.ResourceProviderClient Client => Plugin.Client;

    /// <summary>What the provider wrote to its diagnostics (its stderr in production).</summary>
    public StringWriter Diagnostics => Plugin.Diagnostics;

    /// <param name="timeouts">Per-call timeouts for the provider's engine calls; null for its defaults.</param>
    public static async Task<ComponentTest> StartAsync(
        IMocks mocks,
        MockEngineOptions? options = null,
        RegistrationTimeouts? timeouts = null,
        CancellationToken cancellationToken = default)
    {
        var engine = await MockEngine.StartAsync(mocks, options, cancellationToken).ConfigureAwait(false);
        var plugin = await InProcessPlugin.StartAsync(engine.Address, timeouts, cancellationToken).ConfigureAwait(false);
        engine.Host.UsePlugin(Tokens.Package, plugin.Address);
        return new ComponentTest(engine, plugin);
    }

    /// <summary>
    /// The <c>ConstructRequest</c> the engine makes for a program's top-level component: the program
    /// registers it as the Node SDK does (parented to the stack, inputs with their dependencies),
    /// and the engine maps that registration onto <c>Construct</c> for a provider that accepts
    /// secrets, resources and output values.
    /// </summary>
    public ConstructRequest Request(string name, IReadOnlyDictionary<string, PropertyValue> inputs) => Request(Engine, name, inputs);

    /// <inheritdoc cref="Request(string, IReadOnlyDictionary{string, PropertyValue})"/>
    public static ConstructRequest Request(MockEngine engine, string name, IReadOnlyDictionary<string, PropertyValue> inputs) =>
        RemoteConstruct.Request(
            Registration(engine.StackUrn, name, inputs),
            engine.StackUrn,
            engine.Host.Options,
            engine.Address,
            new PluginProtocol(AcceptSecrets: true, AcceptResources: true, AcceptOutputs: true));

    /// <summary>A program's registration of the component, as the Node SDK sends it (inputs kept as output values, dependencies per input).</summary>
    public static RegisterResourceRequest Registration(string parent, string name, IReadOnlyDictionary<string, PropertyValue> inputs)
    {
        var request = new RegisterResourceRequest
        {
            Type = Tokens.TidbDmsMigration,
            Name = name,
            Parent = parent,
            Remote = true,
            Object = PropertyValueMarshaller.EncodeObject(inputs, OutputValueEncoding.Keep),
            AcceptSecrets = true,
            AcceptResources = true,
            SupportsPartialValues = true,
            SupportsResultReporting = true,
            AliasSpecs = true,
            CustomTimeouts = new RegisterResourceRequest.Types.CustomTimeouts(),
        };
        foreach (var (key, value) in inputs)
        {
            request.PropertyDependencies[key] = new RegisterResourceRequest.Types.PropertyDependencies { Urns = { value.AllDependencies } };
        }

        request.Dependencies.AddRange(inputs.Values.SelectMany(v => v.AllDependencies).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        return request;
    }

    public Task<ComponentTestResult> ConstructAsync(string name, IReadOnlyDictionary<string, PropertyValue> inputs, CancellationToken cancellationToken = default) =>
        ConstructAsync(Request(name, inputs), cancellationToken);

    public async Task<ComponentTestResult> ConstructAsync(ConstructRequest request, CancellationToken cancellationToken = default)
    {
        var response = await Client.ConstructAsync(request, cancellationToken: cancellationToken).ResponseAsync.ConfigureAwait(false);
        var received = Stopwatch.GetTimestamp();
        return new ComponentTestResult(
            response.Urn,
            PropertyValueMarshaller.DecodeObject(response.State),
            response.StateDependencies.ToImmutableSortedDictionary(d => d.Key, d => d.Value.Urns.ToImmutableArray(), StringComparer.Ordinal),
            response,
            received);
    }

    /// <summary>
    /// The component registered by a program over gRPC (<c>remote: true</c>), parented to the stack:
    /// the engine constructs it through the plugin and answers as the Pulumi engine does.
    /// </summary>
    public async Task<RegisterResourceResponse> RegisterAsync(string name, IReadOnlyDictionary<string, PropertyValue> inputs, CancellationToken cancellationToken = default)
    {
        using var channel = GrpcChannel.ForAddress($"http://{Engine.Address}");
        var monitor = new ResourceMonitor.ResourceMonitorClient(channel);
        if (Engine.Records.Stack is null)
        {
            await monitor.RegisterResourceAsync(
                new RegisterResourceRequest { Type = ResourceUrn.StackType, Name = Engine.Host.Options.StackName, Object = new Struct() },
                cancellationToken: cancellationToken).ResponseAsync.ConfigureAwait(false);
        }

        return await monitor.RegisterResourceAsync(Registration(Engine.StackUrn, name, inputs), cancellationToken: cancellationToken).ResponseAsync.ConfigureAwait(false);
    }

    /// <summary>The property errors of an INVALID_ARGUMENT status, read as the engine reads them (the status-details trailer).</summary>
    public static ImmutableArray<(string Path, string Reason)> PropertyErrors(RpcException exception)
    {
        var bytes = exception.Trailers.GetValueBytes(WireConstants.StatusDetailsTrailer);
        if (bytes is null)
        {
            return [];
        }

        return
        [
            .. Google.Rpc.Status.Parser.ParseFrom(bytes).Details
                .Where(d => d.Is(InputPropertiesError.Descriptor))
                .SelectMany(d => d.Unpack<InputPropertiesError>().Errors)
                .Select(e => (e.PropertyPath, e.Reason)),
        ];
    }

    public async ValueTask DisposeAsync()
    {
        await Plugin.DisposeAsync().ConfigureAwait(false);
        await Engine.DisposeAsync().ConfigureAwait(false);
    }
}
