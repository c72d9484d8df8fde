using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;
using TidbDms.Provider.Schema;

namespace TidbDms.Provider.Rpc;

/// <summary>
/// The <c>pulumirpc.ResourceProvider</c> service: a thin adapter from the engine's calls to the
/// provider's layers. Methods not overridden here answer UNIMPLEMENTED, which the engine accepts for
/// everything a component provider does not do (CheckConfig, DiffConfig, Check, Create, ...).
/// Construct lives in <c>ResourceProviderService.Construct.cs</c>.
/// </summary>
internal sealed partial class ResourceProviderService : ResourceProvider.ResourceProviderBase
{
    // What we accept from the engine. Handshake and Configure must give the same answers; the
    // engine refuses Construct from a provider that does not accept secrets.
    private const bool AcceptSecrets = true;
    private const bool AcceptResources = true;
    private const bool AcceptOutputs = true;

    private readonly ProviderState _state;
    private readonly EngineClients _engine;
    private readonly DiagnosticLog _diagnostics;

    public ResourceProviderService(ProviderState state, EngineClients engine, DiagnosticLog diagnostics)
    {
        _state = state;
        _engine = engine;
        _diagnostics = diagnostics;
    }

    public override Task<ProviderHandshakeResponse> Handshake(ProviderHandshakeRequest request, ServerCallContext context)
    {
        if (request.EngineAddress.Length > 0)
        {
            _state.EngineAddress = request.EngineAddress;
        }

        return Task.FromResult(new ProviderHandshakeResponse
        {
            AcceptSecrets = AcceptSecrets,
            AcceptResources = AcceptResources,
            AcceptOutputs = AcceptOutputs,
            SupportsAutonamingConfiguration = false,
            AcceptsByteString = false,
        });
    }

    public override Task<PluginInfo> GetPluginInfo(Empty request, ServerCallContext context) =>
        Task.FromResult(new PluginInfo { Version = PackageMetadata.Version });

    public override Task<GetSchemaResponse> GetSchema(GetSchemaRequest request, ServerCallContext context)
    {
        if (request.Version != 0)
        {
            throw new RpcException(new Status(
                StatusCode.InvalidArgument,
                $"schema version {request.Version} is not supported: this provider serves schema version 0"));
        }

        return Task.FromResult(new GetSchemaResponse { Schema = PackageSchema.Json });
    }

    /// <summary>
    /// Always succeeds: the provider has no configuration of its own (AWS settings reach the children
    /// through the aws provider), and a failed Configure would fail every Construct.
    /// </summary>
    public override Task<ConfigureResponse> Configure(ConfigureRequest request, ServerCallContext context) =>
        Task.FromResult(new ConfigureResponse
        {
            AcceptSecrets = AcceptSecrets,
            SupportsPreview = true,
            AcceptResources = AcceptResources,
            AcceptOutputs = AcceptOutputs,
            SupportsAutonamingConfiguration = false,
        });

    /// <summary>Never fails: the engine treats a plugin whose Cancel failed as having crashed.</summary>
    public override Task<Empty> Cancel(Empty request, ServerCallContext context)
    {
        _state.Cancel();
        return Task.FromResult(new Empty());
    }

    /// <summary>The engine attached to a provider started by hand (PULUMI_DEBUG_PROVIDERS) and tells it where the engine is.</summary>
    public override Task<Empty> Attach(PluginAttach request, ServerCallContext context)
    {
        _state.EngineAddress = request.Address;
        return Task.FromResult(new Empty());
    }
}
