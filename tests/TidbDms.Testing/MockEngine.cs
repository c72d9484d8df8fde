using System.Collections.Immutable;
using TidbDms.Provider.OfflineEngine;

namespace TidbDms.Testing;

/// <summary>
/// The offline engine as tests drive it: its cloud answered by Pulumi-style <see cref="IMocks"/>,
/// with the latency and faults of <see cref="MockEngineOptions"/>, and its records in the terms
/// the tests check (each registration also as the provider's <c>RegisterResourceArgs</c>).
/// </summary>
internal sealed class MockEngine : IAsyncDisposable
{
    private MockEngine(OfflineEngineHost host, MockEngineOptions options)
    {
        Host = host;
        Options = options;
    }

    public OfflineEngineHost Host { get; }

    public MockEngineOptions Options { get; }

    /// <summary><c>127.0.0.1:&lt;port&gt;</c>: the monitor endpoint and the engine address.</summary>
    public string Address => Host.Address;

    /// <summary>The stack resource's URN: the parent to give a top-level component.</summary>
    public string StackUrn => Host.StackUrn;

    public EngineRecords Records => Host.Records;

    public ImmutableArray<RecordedRegistration> Registrations => [.. Records.Registrations.Select(RecordedRegistration.From)];

    /// <summary>The registered resources, in the order their registrations were answered.</summary>
    public ImmutableArray<RegisteredResource> Resources => [.. Records.Registrations.Select(r => r.Resource)];

    public ImmutableArray<RecordedLog> Logs => [.. Records.Logs.Select(RecordedLog.From)];

    public ImmutableArray<InvokeRecord> Invokes => Records.Invokes;

    public ImmutableArray<OutputsRecord> RegisteredOutputs => Records.Outputs;

    public static async Task<MockEngine> StartAsync(IMocks mocks, MockEngineOptions? options = null, CancellationToken cancellationToken = default)
    {
        options ??= new MockEngineOptions();
        var host = await OfflineEngineHost.StartAsync(
            new OfflineEngineOptions
            {
                Project = options.Project,
                Stack = options.Stack,
                Organization = options.Organization,
                DryRun = options.IsPreview,
                Cloud = new MocksCloud(mocks),
                Interceptors = options.Faults is { } faults ? [new FaultInterceptor(faults)] : [],
                Hooks = options.RegistrationLatency > TimeSpan.Zero ? new FixedLatency(options.RegistrationLatency) : null,
            },
            cancellationToken).ConfigureAwait(false);
        return new MockEngine(host, options);
    }

    public ValueTask DisposeAsync() => Host.DisposeAsync();
}
