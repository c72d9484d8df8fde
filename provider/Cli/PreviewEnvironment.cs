using TidbDms.Provider.Hosting;
using TidbDms.Provider.OfflineEngine;

namespace TidbDms.Provider.Cli;

/// <summary>
/// What a preview runs against: the cloud the offline engine answers from (for the region the
/// preview assumes), the plugin it sends the components to, and how Node.js programs run.
/// <see cref="Offline"/> is the product's; tests give their own facts, a plugin of their own, or
/// another <c>node</c>.
/// </summary>
internal sealed record PreviewEnvironment(Func<string, IOfflineCloud> Cloud, PluginStarter StartPlugin)
{
    /// <summary>How <c>runtime: nodejs</c> programs run: <c>node</c> from <c>PATH</c>, bounded by <see cref="NodeHostOptions.DefaultTimeout"/>.</summary>
    public NodeHostOptions Node { get; init; } = new();

    /// <summary>The offline AWS facts, and this provider's own plugin server started in process (the same server the engine would start).</summary>
    public static PreviewEnvironment Offline { get; } = new(region => new OfflineAwsCloud(region), StartInProcessPluginAsync);

    /// <summary>The plugin's gRPC server in this process; its own diagnostics (its stderr when the engine runs it) are not shown.</summary>
    public static async Task<PluginServer> StartInProcessPluginAsync(string engineAddress, CancellationToken cancellationToken)
    {
        var host = await ProviderHost.StartAsync(new ProviderHostOptions { EngineAddress = engineAddress, Diagnostics = TextWriter.Null }, cancellationToken)
            .ConfigureAwait(false);
        return new PluginServer(host.Address, host);
    }
}
