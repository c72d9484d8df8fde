using System.Globalization;
using System.Runtime.InteropServices;
using Grpc.AspNetCore.Server.Model;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using TidbDms.Provider.Rpc;

namespace TidbDms.Provider.Hosting;

/// <summary>
/// The plugin's gRPC server: Kestrel on 127.0.0.1 with an OS-chosen port, HTTP/2 without TLS (the
/// engine dials h2c with prior knowledge), serving <c>pulumirpc.ResourceProvider</c>.
/// <see cref="RunAsync"/> is the process (port line, signals); <see cref="StartAsync"/> is the same
/// server for tests, in-process.
/// </summary>
internal sealed class ProviderHost : IAsyncDisposable
{
    // The engine kills the plugin 5 s after interrupting it; finish before that.
    private static readonly TimeSpan ShutdownTimeout = TimeSpan.FromSeconds(4);

    private readonly WebApplication _app;

    private ProviderHost(WebApplication app, int port, ProviderState state)
    {
        _app = app;
        Port = port;
        State = state;
    }

    /// <summary>The loopback port the server listens on.</summary>
    public int Port { get; }

    /// <summary>Where a client dials: <c>127.0.0.1:&lt;port&gt;</c> (what the engine builds from the port line).</summary>
    public string Address => $"127.0.0.1:{Port.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>The engine address and the process-wide cancellation shared by all calls.</summary>
    public ProviderState State { get; }

    /// <summary>The server's services, for tests that check how the host is configured.</summary>
    internal IServiceProvider Services => _app.Services;

    /// <summary>
    /// The executable's serve mode (no verb): start, write the port line to stdout and nothing else,
    /// serve until SIGINT or SIGTERM, exit 0.
    /// </summary>
    public static async Task<int> RunAsync(IReadOnlyList<string> args)
    {
        var options = ProviderHostOptions.FromArguments(args);
        await using var host = await StartAsync(options).ConfigureAwait(false);

        // Hooked before the port line: once the engine has the port it may interrupt us at any time.
        using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, host.OnSignal);
        using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, host.OnSignal);

        // The engine reads stdout up to the first '\n': write the bare port, no "\r\n" (WriteLine
        // would on Windows), and nothing before it.
        var stdout = Console.Out;
        stdout.Write(host.Port.ToString(CultureInfo.InvariantCulture) + "\n");
        stdout.Flush();

        await host.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }

    /// <summary>Builds and starts the server; returns once it listens.</summary>
    public static async Task<ProviderHost> StartAsync(ProviderHostOptions options, CancellationToken cancellationToken = default)
    {
        var builder = LoopbackGrpcServer.CreateBuilder(grpc => grpc.Interceptors.Add<ErrorTranslator>());

        var state = new ProviderState(options.EngineAddress);
        builder.Services.AddSingleton(state);
        builder.Services.AddSingleton(new DiagnosticLog(options.Diagnostics));
        // Built by the container so that it disposes the channels with the server.
        builder.Services.AddSingleton(_ => new EngineClients(options.RegistrationTimeouts));
        builder.Services.AddSingleton<ErrorTranslator>();
        builder.Services.AddSingleton<IServiceMethodProvider<ResourceProviderEndpoint>, ResourceProviderMethods>();
        builder.Services.Configure<HostOptions>(host => host.ShutdownTimeout = ShutdownTimeout);

        var app = builder.Build();
        app.MapGrpcService<ResourceProviderEndpoint>();

        // In-flight work (a Construct waiting on the monitor) stops when the process does.
        app.Lifetime.ApplicationStopping.Register(state.Cancel);

        await app.StartAsync(cancellationToken).ConfigureAwait(false);
        return new ProviderHost(app, LoopbackGrpcServer.Port(app), state);
    }

    /// <summary>Completes when the server has stopped (after <see cref="RequestStop"/> or a signal).</summary>
    public Task WaitForShutdownAsync(CancellationToken cancellationToken = default) =>
        _app.WaitForShutdownAsync(cancellationToken);

    /// <summary>Asks the server to stop, as SIGINT/SIGTERM do; <see cref="WaitForShutdownAsync"/> then completes.</summary>
    public void RequestStop() => _app.Lifetime.StopApplication();

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync().ConfigureAwait(false);
        await _app.DisposeAsync().ConfigureAwait(false);
        State.Dispose();
    }

    private void OnSignal(PosixSignalContext context)
    {
        // Stop gracefully instead of letting the runtime terminate the process with a signal status.
        context.Cancel = true;
        RequestStop();
    }
}
