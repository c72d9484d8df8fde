using Grpc.Net.Client;
using Pulumirpc;
using TidbDms.Provider.Hosting;

namespace TidbDms.Provider.Tests.Rpc;

/// <summary>
/// The real plugin server, started in the test process by the same <see cref="ProviderHost.StartAsync"/>
/// the executable uses, with a client over real HTTP/2 on loopback.
/// </summary>
internal sealed class InProcessProvider : IAsyncDisposable
{
    private InProcessProvider(ProviderHost host, GrpcChannel channel, StringWriter diagnostics)
    {
        Host = host;
        Channel = channel;
        Diagnostics = diagnostics;
        Client = new ResourceProvider.ResourceProviderClient(channel);
    }

    public ProviderHost Host { get; }

    public GrpcChannel Channel { get; }

    public ResourceProvider.ResourceProviderClient Client { get; }

    /// <summary>What the provider wrote to its diagnostics (stderr in production).</summary>
    public StringWriter Diagnostics { get; }

    public static async Task<InProcessProvider> StartAsync(string? engineAddress = null)
    {
        var diagnostics = new StringWriter();
        var host = await ProviderHost.StartAsync(new ProviderHostOptions { EngineAddress = engineAddress, Diagnostics = diagnostics });
        var channel = GrpcChannel.ForAddress($"http://{host.Address}");
        return new InProcessProvider(host, channel, diagnostics);
    }

    public async ValueTask DisposeAsync()
    {
        Channel.Dispose();
        await Host.DisposeAsync();
        await Diagnostics.DisposeAsync();
    }
}
