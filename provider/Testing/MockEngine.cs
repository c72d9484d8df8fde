using System.Collections.Immutable;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TidbDms.Provider.Hosting;

namespace TidbDms.Provider.Testing;

/// <summary>
/// A stand-in for the Pulumi engine: serves <c>pulumirpc.ResourceMonitor</c> and <c>pulumirpc.Engine</c>
/// over real HTTP/2 on 127.0.0.1 (an OS-chosen port), answering from <see cref="IMocks"/> through a
/// <see cref="MockMonitor"/>, which records every call. Pass <see cref="Address"/> as the Construct
/// request's <c>monitorEndpoint</c> and as the provider's engine address.
/// </summary>
/// <remarks>
/// Like the engine it stands for, it speaks the wire: this is the one part of <c>Testing/</c> that
/// sees gRPC types.
/// </remarks>
internal sealed class MockEngine : IAsyncDisposable
{

    private readonly WebApplication _app;

    private MockEngine(WebApplication app, MockMonitor monitor, int port)
    {
        _app = app;
        Monitor = monitor;
        Port = port;
    }

    public MockMonitor Monitor { get; }

    public int Port { get; }

    /// <summary><c>127.0.0.1:&lt;port&gt;</c>, as the engine passes addresses.</summary>
    public string Address => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    public MockEngineOptions Options => Monitor.Options;

    public string StackUrn => Monitor.StackUrn;

    public ImmutableArray<RecordedRegistration> Registrations => Monitor.Registrations;

    public ImmutableArray<RegisteredResource> Resources => Monitor.Resources;

    public ImmutableArray<RecordedLog> Logs => Monitor.Logs;

    public ImmutableArray<RecordedInvoke> Invokes => Monitor.Invokes;

    public ImmutableArray<RecordedOutputs> RegisteredOutputs => Monitor.RegisteredOutputs;

    public static async Task<MockEngine> StartAsync(IMocks mocks, MockEngineOptions? options = null, CancellationToken cancellationToken = default)
    {
        var monitor = new MockMonitor(mocks, options);
        var builder = LoopbackGrpcServer.CreateBuilder();
        builder.Services.AddSingleton(monitor);

        var app = builder.Build();
        app.MapGrpcService<MockResourceMonitorService>();
        app.MapGrpcService<MockEngineService>();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);

        return new MockEngine(app, monitor, LoopbackGrpcServer.Port(app));
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
    }
}
