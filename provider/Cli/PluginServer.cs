namespace TidbDms.Provider.Cli;

/// <summary>A provider plugin serving gRPC at <see cref="Address"/> (<c>127.0.0.1:port</c>) until <see cref="Lifetime"/> is disposed.</summary>
internal sealed record PluginServer(string Address, IAsyncDisposable Lifetime);

/// <summary>Starts a provider plugin that logs to the engine at <paramref name="engineAddress"/>.</summary>
internal delegate Task<PluginServer> PluginStarter(string engineAddress, CancellationToken cancellationToken);
