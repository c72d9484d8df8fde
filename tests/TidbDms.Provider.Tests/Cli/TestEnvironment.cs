using System.Collections.Concurrent;
using TidbDms.Provider.Cli;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>
/// A preview environment for tests: the offline AWS facts, and either the real plugin or a
/// <see cref="FakePlugin"/> that does what the test says; it remembers the region each preview
/// assumed and how many plugins it started.
/// </summary>
internal sealed class TestEnvironment : IAsyncDisposable
{
    private readonly FakePluginOptions? _fake;
    private readonly ConcurrentQueue<FakePlugin> _fakes = new();
    private int _pluginsStarted;

    private TestEnvironment(FakePluginOptions? fake)
    {
        _fake = fake;
        Environment = new PreviewEnvironment(
            region =>
            {
                Regions.Enqueue(region);
                return new OfflineAwsCloud(region);
            },
            StartPluginAsync);
    }

    public PreviewEnvironment Environment { get; }

    public ConcurrentQueue<string> Regions { get; } = new();

    public int PluginsStarted => _pluginsStarted;

    /// <summary>The fake plugins started so far (none with the real plugin).</summary>
    public IEnumerable<FakePlugin> Fakes => _fakes;

    /// <summary>The real plugin, started in process as the product does.</summary>
    public static TestEnvironment RealPlugin() => new(null);

    /// <summary>A fake plugin; by default each component echoes its inputs into one child (<see cref="FakePlugin.EchoAsync"/>).</summary>
    public static TestEnvironment Fake(FakePluginOptions? options = null) => new(options ?? new FakePluginOptions());

    private async Task<PluginServer> StartPluginAsync(string engineAddress, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _pluginsStarted);
        if (_fake is null)
        {
            return await PreviewEnvironment.StartInProcessPluginAsync(engineAddress, cancellationToken);
        }

        var plugin = await FakePlugin.StartAsync(_fake);
        _fakes.Enqueue(plugin);
        return new PluginServer(plugin.Address, NoOp.Instance);
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var plugin in _fakes)
        {
            await plugin.DisposeAsync();
        }
    }

    /// <summary>The fakes outlive the preview, so a test can read what they received; the environment disposes them.</summary>
    private sealed class NoOp : IAsyncDisposable
    {
        public static readonly NoOp Instance = new();

        public ValueTask DisposeAsync() => ValueTask.CompletedTask;
    }
}
