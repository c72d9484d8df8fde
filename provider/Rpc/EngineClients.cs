using System.Collections.Concurrent;
using Grpc.Core;
using Grpc.Net.Client;
using TidbDms.Provider.Registration;

namespace TidbDms.Provider.Rpc;

/// <summary>
/// How the provider talks back to the engine: one channel per address (the monitor endpoint of each
/// Construct and the engine's own address), insecure HTTP/2 with 400 MiB limits as the engine uses,
/// kept for the life of the server. Also holds the per-call timeouts when a host fixes them (tests).
/// </summary>
internal sealed class EngineClients : IDisposable
{
    /// <summary>What the engine and every SDK use, both directions.</summary>

    private readonly ConcurrentDictionary<string, Lazy<GrpcChannel>> _channels = new(StringComparer.Ordinal);

    /// <param name="timeouts">Fixed per-call timeouts, or null for the defaults of each Construct's mode.</param>
    public EngineClients(RegistrationTimeouts? timeouts = null)
    {
        Timeouts = timeouts;
    }

    public RegistrationTimeouts? Timeouts { get; }

    public IResourceMonitor Monitor(string endpoint) => new GrpcResourceMonitor(Channel(endpoint));

    public IEngineLog Log(string endpoint) => new GrpcEngineLog(Channel(endpoint));

    public void Dispose()
    {
        foreach (var channel in _channels.Values.Where(c => c.IsValueCreated))
        {
            channel.Value.Dispose();
        }

        _channels.Clear();
    }

    private GrpcChannel Channel(string address) =>
        _channels.GetOrAdd(address, a => new Lazy<GrpcChannel>(() => GrpcChannel.ForAddress(
            new Uri("http://" + a),
            new GrpcChannelOptions
            {
                Credentials = ChannelCredentials.Insecure,
                MaxReceiveMessageSize = GrpcLimits.MaxMessageSize,
                MaxSendMessageSize = GrpcLimits.MaxMessageSize,

                // Not ThrowOperationCanceledOnCancellation: it also turns the engine's own CANCELLED
                // and DEADLINE_EXCEEDED answers into cancellations, which must stay engine errors.
            }))).Value;
}
