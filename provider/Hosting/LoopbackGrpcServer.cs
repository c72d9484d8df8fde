using System.Net;
using Grpc.AspNetCore.Server;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using TidbDms.Provider.Rpc;

namespace TidbDms.Provider.Hosting;

/// <summary>
/// The one way this code base builds a gRPC server: Kestrel on 127.0.0.1 with an OS-chosen port,
/// HTTP/2 only (the engine dials h2c with prior knowledge), no logging providers (hosting messages
/// would reach stdout around the port line), no configuration watching, no console or signal
/// handling (<see cref="ManualLifetime"/>: the process that hosts it decides), Pulumi's message limits.
/// The plugin and the offline engine both use it.
/// </summary>
internal static class LoopbackGrpcServer
{
    /// <summary>The message size limit of the server, both ways; a client of such a server sets the same on its channel.</summary>
    public const int MaxMessageSize = GrpcLimits.MaxMessageSize;

    public static WebApplicationBuilder CreateBuilder(Action<GrpcServiceOptions>? configureGrpc = null)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            // The engine starts plugins in the program's directory, which may hold node_modules;
            // the default host watches every folder under its content root for config changes.
            // Root it at the plugin's folder and watch nothing.
            ContentRootPath = AppContext.BaseDirectory,
            Args = ["--hostBuilder:reloadConfigOnChange=false"],
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, ManualLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
            kestrel.Listen(IPAddress.Loopback, 0, listen => listen.Protocols = HttpProtocols.Http2));
        builder.Services.AddGrpc(grpc =>
        {
            grpc.MaxReceiveMessageSize = MaxMessageSize;
            grpc.MaxSendMessageSize = MaxMessageSize;
            configureGrpc?.Invoke(grpc);
        });
        return builder;
    }

    /// <summary>The port a started server listens on.</summary>
    public static int Port(WebApplication app) =>
        new Uri(app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single()).Port;
}
