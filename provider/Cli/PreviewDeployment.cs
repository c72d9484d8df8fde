using TidbDms.Provider.Component;
using TidbDms.Provider.OfflineEngine;

namespace TidbDms.Provider.Cli;

/// <summary>
/// One preview's deployment: the offline engine, with this package's plugin started and attached to
/// it. Any program can then run against <see cref="Engine"/>: in process through
/// <see cref="OfflineEngineHost.Program"/> (the YAML preview), or as a process given
/// <see cref="OfflineEngineHost.Address"/> as its monitor and engine address (a Pulumi SDK program);
/// what it did is in <see cref="OfflineEngineHost.Records"/> afterwards.
/// </summary>
internal sealed class PreviewDeployment : IAsyncDisposable
{
    private PreviewDeployment(OfflineEngineHost engine, PluginServer plugin)
    {
        Engine = engine;
        Plugin = plugin;
    }

    public OfflineEngineHost Engine { get; }

    public PluginServer Plugin { get; }

    public static async Task<PreviewDeployment> StartAsync(OfflineEngineOptions options, PluginStarter startPlugin, CancellationToken cancellationToken)
    {
        var engine = await OfflineEngineHost.StartAsync(options, cancellationToken).ConfigureAwait(false);
        try
        {
            var plugin = await startPlugin(engine.Address, cancellationToken).ConfigureAwait(false);
            engine.UsePlugin(Tokens.Package, plugin.Address);
            return new PreviewDeployment(engine, plugin);
        }
        catch
        {
            await engine.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // The plugin first: it talks to the engine, never the other way round once the program is done.
        await Plugin.Lifetime.DisposeAsync().ConfigureAwait(false);
        await Engine.DisposeAsync().ConfigureAwait(false);
    }
}
