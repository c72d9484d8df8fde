using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.DependencyInjection;
using TidbDms.Provider.Hosting;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// The offline engine: a small, faithful stand-in for the Pulumi engine's side of a deployment,
/// serving <c>pulumirpc.ResourceMonitor</c> and <c>pulumirpc.Engine</c> over HTTP/2 on 127.0.0.1
/// (an OS-chosen port) to programs and providers, with the cloud replaced by an
/// <see cref="IOfflineCloud"/>. It does not start processes: whoever starts a provider plugin tells
/// it the address (<see cref="UsePlugin"/>). Programs reach it over gRPC at <see cref="Address"/>
/// (a Pulumi SDK's <c>--monitor</c> and <c>--engine</c>), or in process through <see cref="Program"/>.
/// </summary>
internal sealed class OfflineEngineHost : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly Deployment _deployment;

    private OfflineEngineHost(WebApplication app, Deployment deployment)
    {
        _app = app;
        _deployment = deployment;
        Program = new InProcessProgram(deployment);
    }

    /// <summary>The monitor and engine address, <c>127.0.0.1:&lt;port&gt;</c>, as the engine passes addresses.</summary>
    public string Address => _deployment.Address;

    public OfflineEngineOptions Options => _deployment.Options;

    /// <summary>The URN the stack gets once a program registers it: the parent of a top-level resource.</summary>
    public string StackUrn => Options.StackUrn;

    /// <summary>Everything received so far, as received.</summary>
    public EngineRecords Records => _deployment.Records;

    /// <summary>The program side, for a program evaluated in this process.</summary>
    public InProcessProgram Program { get; }

    public static async Task<OfflineEngineHost> StartAsync(OfflineEngineOptions options, CancellationToken cancellationToken = default)
    {
        var deployment = new Deployment(options);
        var builder = LoopbackGrpcServer.CreateBuilder(grpc =>
        {
            if (!options.Interceptors.IsEmpty)
            {
                grpc.Interceptors.Add<InterceptorChain>();
            }
        });
        builder.Services.AddSingleton(deployment);
        builder.Services.AddSingleton(new InterceptorChain(options.Interceptors));

        var app = builder.Build();
        app.MapGrpcService<ResourceMonitorService>();
        app.MapGrpcService<EngineService>();
        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        deployment.Address = $"127.0.0.1:{LoopbackGrpcServer.Port(app).ToString(CultureInfo.InvariantCulture)}";
        return new OfflineEngineHost(app, deployment);
    }

    /// <summary>Sends the remote components of <paramref name="package"/> (the first part of their type token) to the plugin listening at <paramref name="address"/>.</summary>
    public void UsePlugin(string package, string address) => _deployment.UsePlugin(package, address);

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        _deployment.Dispose();
    }
}
