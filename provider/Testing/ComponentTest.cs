using System.Collections.Immutable;
using System.Diagnostics;
using Grpc.Core;
using Grpc.Net.Client;
using Pulumirpc;
using TidbDms.Provider.Component;
using TidbDms.Provider.Hosting;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Testing;

/// <summary>
/// The provider exactly as the engine runs it, with a <see cref="MockEngine"/> in the engine's
/// place: the plugin server (<see cref="ProviderHost"/>, as in production) and the mock engine both
/// listen on loopback, and <c>ConstructAsync</c> calls <c>Construct</c> over real HTTP/2, so
/// the whole path (encoding, registration, outputs) runs as it does under <c>pulumi</c>.
/// </summary>
/// <remarks>Used by the tests, the offline <c>preview</c> command and the benchmark.</remarks>
internal sealed class ComponentTest : IAsyncDisposable
{
    private readonly GrpcChannel _channel;

    private ComponentTest(MockEngine engine, ProviderHost provider, GrpcChannel channel, StringWriter diagnostics)
    {
        Engine = engine;
        Provider = provider;
        _channel = channel;
        Diagnostics = diagnostics;
        Client = new ResourceProvider.ResourceProviderClient(channel);
    }

    public MockEngine Engine { get; }

    public ProviderHost Provider { get; }

    public ResourceProvider.ResourceProviderClient Client { get; }

    /// <summary>What the provider wrote to its diagnostics (its stderr in production).</summary>
    public StringWriter Diagnostics { get; }

    /// <param name="timeouts">Per-call timeouts for the provider's engine calls; null for its defaults.</param>
    public static async Task<ComponentTest> StartAsync(
        IMocks mocks,
        MockEngineOptions? options = null,
        RegistrationTimeouts? timeouts = null,
        CancellationToken cancellationToken = default)
    {
        var engine = await MockEngine.StartAsync(mocks, options, cancellationToken).ConfigureAwait(false);
        var diagnostics = new StringWriter();
        var provider = await ProviderHost.StartAsync(
            new ProviderHostOptions { EngineAddress = engine.Address, Diagnostics = diagnostics, RegistrationTimeouts = timeouts },
            cancellationToken).ConfigureAwait(false);
        var channel = GrpcChannel.ForAddress($"http://{provider.Address}");
        return new ComponentTest(engine, provider, channel, diagnostics);
    }

    /// <summary>
    /// A <c>ConstructRequest</c> as the engine sends one for a top-level component: this engine's
    /// project, stack and mode, its monitor, parented to the stack, inputs encoded as the engine
    /// re-encodes them for a provider that accepts output values.
    /// </summary>
    public ConstructRequest Request(string name, IReadOnlyDictionary<string, PropertyValue> inputs) => Request(Engine, name, inputs);

    /// <inheritdoc cref="Request(string, IReadOnlyDictionary{string, PropertyValue})"/>
    public static ConstructRequest Request(MockEngine engine, string name, IReadOnlyDictionary<string, PropertyValue> inputs)
    {
        var request = new ConstructRequest
        {
            Project = engine.Options.Project,
            Stack = engine.Options.Stack,
            Organization = engine.Options.Organization,
            DryRun = engine.Options.IsPreview,
            Parallel = 16,
            MonitorEndpoint = engine.Address,
            Type = Tokens.TidbDmsMigration,
            Name = name,
            Parent = engine.StackUrn,
            Inputs = PropertyValueMarshaller.EncodeObject(inputs, OutputValueEncoding.Keep),
            AcceptsOutputValues = true,
        };
        foreach (var (key, value) in inputs)
        {
            if (!value.AllDependencies.IsEmpty)
            {
                request.InputDependencies[key] = new ConstructRequest.Types.PropertyDependencies { Urns = { value.AllDependencies } };
            }
        }

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
    /// Construct, with an error status returned as a <see cref="ConstructFailure"/> rather than thrown
    /// (for callers that do not handle gRPC types). Cancellation still throws.
    /// </summary>
    public async Task<(ComponentTestResult? Result, ConstructFailure? Failure)> TryConstructAsync(
        string name,
        IReadOnlyDictionary<string, PropertyValue> inputs,
        CancellationToken cancellationToken = default)
    {
        try
        {
            return (await ConstructAsync(name, inputs, cancellationToken).ConfigureAwait(false), null);
        }
        catch (RpcException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return (null, new ConstructFailure(ex.StatusCode.ToString(), ex.Status.Detail, PropertyErrors(ex)));
        }
    }

    /// <summary>The property errors of an INVALID_ARGUMENT status, read as the engine reads them (the status-details trailer).</summary>
    public static ImmutableArray<(string Path, string Reason)> PropertyErrors(RpcException exception)
    {
        var bytes = exception.Trailers.GetValueBytes(Rpc.ErrorTranslator.StatusDetailsTrailer);
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
        _channel.Dispose();
        await Provider.DisposeAsync().ConfigureAwait(false);
        await Engine.DisposeAsync().ConfigureAwait(false);
        await Diagnostics.DisposeAsync().ConfigureAwait(false);
    }
}
