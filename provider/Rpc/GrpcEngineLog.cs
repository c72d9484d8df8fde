using Grpc.Net.Client;
using Pulumirpc;
using TidbDms.Provider.Registration;

namespace TidbDms.Provider.Rpc;

/// <summary>The engine's <c>Log</c> RPC behind <see cref="IEngineLog"/>.</summary>
internal sealed class GrpcEngineLog : IEngineLog
{
    private readonly Engine.EngineClient _client;

    public GrpcEngineLog(GrpcChannel channel)
    {
        _client = new Engine.EngineClient(channel);
    }

    public Task LogAsync(Registration.LogSeverity severity, string message, string urn, CancellationToken cancellationToken) =>
        EngineCallErrors.Guard(
            async () => await _client.LogAsync(
                new LogRequest { Severity = (Pulumirpc.LogSeverity)(int)severity, Message = message, Urn = urn },
                cancellationToken: cancellationToken).ResponseAsync.ConfigureAwait(false),
            cancellationToken);
}
