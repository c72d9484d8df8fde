using Microsoft.Extensions.Hosting;

namespace TidbDms.Provider.Hosting;

/// <summary>
/// A host lifetime that does not listen to the console or to signals. The default one would hook
/// SIGINT/SIGTERM in whatever process builds a host, test runners included; the real process hooks
/// them itself in <see cref="ProviderHost.RunAsync"/>.
/// </summary>
internal sealed class ManualLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
