using Grpc.Net.Client;
using Pulumirpc;
using TidbDms.Provider.Hosting;
using TidbDms.Provider.Registration;

namespace TidbDms.Testing;

/// <summary>
/// The one in-process plugin of the tests: the real plugin server, started in the test process by
/// the same <see cref="ProviderHost.StartAsync"/> the executable uses, with a client over real
/// HTTP/2 on loopback. <see cref="ComponentTest"/> puts one beside an offline engine.
/// </summary>
internal sealed class InProcessPlugin : IAsyncDisposable
{
    private InProcessPlugin(ProviderHost host, GrpcChannel channel, StringWriter diagnostics)
    {
        Host = host;
        Channel = channel;
        Diagnostics = diagnostics;
        Client = new ResourceProvider.ResourceProviderClient(channel);
    }

    public ProviderHost Host { get; }

    /// <summary><c>127.0.0.1:&lt;port&gt;</c>, as the engine dials it.</summary>
    public string Address => Host.Address;

    public GrpcChannel Channel { get; }

    public ResourceProvider.ResourceProviderClient Client { get; }

    /// <summary>What the provider wrote to its diagnostics (stderr in production).</summary>
    public StringWriter Diagnostics { get; }

    /// <param name="engineAddress">The engine the plugin logs to, as the engine passes it; null for none.</param>
    /// <param name="timeouts">Per-call timeouts for the provider's engine calls; null for its defaults.</param>
    public static async Task<InProcessPlugin> StartAsync(
        string? engineAddress = null,
        RegistrationTimeouts? timeouts = null,
        CancellationToken cancellationToken = default)
    {
        var diagnostics = new StringWriter();
        var host = await ProviderHost.StartAsync(
            new ProviderHostOptions { EngineAddress = engineAddress, Diagnostics = diagnostics, RegistrationTimeouts = timeouts },
            cancellationToken).ConfigureAwait(false);
        var channel = GrpcChannel.ForAddress($"http://{host.Address}");
        return new InProcessPlugin(host, channel, diagnostics);
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await Host.DisposeAsync().ConfigureAwait(false);
        await Diagnostics.DisposeAsync().ConfigureAwait(false);
    }
}
