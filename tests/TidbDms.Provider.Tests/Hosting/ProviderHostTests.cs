using Google.Protobuf.WellKnownTypes;
using Grpc.Net.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Pulumirpc;
using TidbDms.Provider.Hosting;

namespace TidbDms.Provider.Tests.Hosting;

[TestFixture]
internal sealed class ProviderHostTests
{
    [Test]
    public async Task StartsOnIpv4LoopbackAndServesGrpc()
    {
        await using var host = await ProviderHost.StartAsync(new ProviderHostOptions { EngineAddress = "127.0.0.1:1", Diagnostics = TextWriter.Null });
        using var channel = GrpcChannel.ForAddress($"http://{host.Address}");

        var info = await new ResourceProvider.ResourceProviderClient(channel).GetPluginInfoAsync(new Empty());

        Assert.Multiple(() =>
        {
            Assert.That(host.Address, Is.EqualTo($"127.0.0.1:{host.Port}"));
            Assert.That(host.Port, Is.InRange(1, 65535));
            Assert.That(info.Version, Is.EqualTo("0.1.0"));
            Assert.That(host.State.EngineAddress, Is.EqualTo("127.0.0.1:1"));
        });
    }

    [Test]
    public async Task StoppingCancelsInFlightWork()
    {
        await using var host = await ProviderHost.StartAsync(new ProviderHostOptions { Diagnostics = TextWriter.Null });
        var inFlight = host.State.Cancellation;

        host.RequestStop();
        await host.WaitForShutdownAsync();

        Assert.Multiple(() =>
        {
            Assert.That(inFlight.IsCancellationRequested, Is.True);
            Assert.That(host.State.EngineAddress, Is.Null);
        });
    }

    /// <summary>
    /// The engine starts plugins in the program's directory (node_modules and all); a host that
    /// watched its content root for config changes would put a watch on every folder under it.
    /// </summary>
    [Test]
    public async Task WatchesNoConfigurationFileAndIsRootedAtThePluginFolder()
    {
        await using var host = await ProviderHost.StartAsync(new ProviderHostOptions { Diagnostics = TextWriter.Null });

        var configuration = (IConfigurationRoot)host.Services.GetRequiredService<IConfiguration>();
        var fileSources = configuration.Providers.OfType<FileConfigurationProvider>().Select(p => p.Source).ToList();
        Assert.Multiple(() =>
        {
            Assert.That(host.Services.GetRequiredService<IHostEnvironment>().ContentRootPath, Is.EqualTo(AppContext.BaseDirectory));
            Assert.That(fileSources, Is.Not.Empty);
            Assert.That(fileSources.Select(s => s.ReloadOnChange), Has.All.False);
        });
    }

    [Test]
    public async Task TwoHostsGetTwoPorts()
    {
        await using var first = await ProviderHost.StartAsync(new ProviderHostOptions { Diagnostics = TextWriter.Null });
        await using var second = await ProviderHost.StartAsync(new ProviderHostOptions { Diagnostics = TextWriter.Null });

        Assert.That(second.Port, Is.Not.EqualTo(first.Port));
    }
}
