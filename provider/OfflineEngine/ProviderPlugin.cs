using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using Pulumirpc;
using TidbDms.Provider.Hosting;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// The engine's connection to one provider plugin that runs elsewhere (the caller started it and
/// told the engine its address). The engine connects as the Pulumi engine attaches to a plugin it
/// did not start (<c>PULUMI_DEBUG_PROVIDERS</c>): <c>Handshake</c>, <c>Attach</c> with the engine's
/// address, then, once, <c>Configure</c> of the package's default provider with the stack's
/// configuration for that package.
/// </summary>
internal sealed class ProviderPlugin : IDisposable
{
    private readonly GrpcChannel _channel;
    private readonly Lock _gate = new();
    private Task<PluginProtocol>? _configured;

    public ProviderPlugin(string package, string address)
    {
        Package = package;
        Address = address;
        _channel = GrpcChannel.ForAddress(new Uri("http://" + address), new GrpcChannelOptions
        {
            Credentials = ChannelCredentials.Insecure,
            MaxReceiveMessageSize = LoopbackGrpcServer.MaxMessageSize,
            MaxSendMessageSize = LoopbackGrpcServer.MaxMessageSize,
        });
        Client = new ResourceProvider.ResourceProviderClient(_channel);
    }

    public string Package { get; }

    public string Address { get; }

    public ResourceProvider.ResourceProviderClient Client { get; }

    /// <summary>The provider type of the package's providers: <c>pulumi:providers:&lt;package&gt;</c>.</summary>
    public string ProviderType => "pulumi:providers:" + Package;

    /// <summary>
    /// Connects and configures the default provider, the first time only; every later call gets the
    /// same answer (or the same failure). <paramref name="version"/> names the default provider, as
    /// the engine does (<c>default_0_1_0</c>).
    /// </summary>
    public Task<PluginProtocol> ConfigureAsync(OfflineEngineOptions options, string engineAddress, string version, CancellationToken stopping)
    {
        lock (_gate)
        {
            return _configured ??= ConnectAsync(options, engineAddress, version, stopping);
        }
    }

    private async Task<PluginProtocol> ConnectAsync(OfflineEngineOptions options, string engineAddress, string version, CancellationToken stopping)
    {
        PluginProtocol? fromHandshake = null;
        try
        {
            var handshake = await Client.HandshakeAsync(
                new ProviderHandshakeRequest
                {
                    EngineAddress = engineAddress,
                    // Attached, not started: the engine knows neither the plugin's nor the program's folder.
                    ConfigureWithUrn = true,
                    SupportsViews = true,
                    SupportsRefreshBeforeUpdate = true,
                },
                cancellationToken: stopping).ResponseAsync.ConfigureAwait(false);
            fromHandshake = new PluginProtocol(handshake.AcceptSecrets, handshake.AcceptResources, handshake.AcceptOutputs);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Unimplemented)
        {
            // A plugin without Handshake: its Configure answer says what it accepts.
        }

        try
        {
            await Client.AttachAsync(new PluginAttach { Address = engineAddress }, cancellationToken: stopping).ResponseAsync.ConfigureAwait(false);
        }
        catch (RpcException ex) when (ex.StatusCode == StatusCode.Unimplemented)
        {
            // A plugin that cannot be attached to keeps the engine address it was started with.
        }

        var name = DefaultProviderName(version);
        var request = new ConfigureRequest
        {
            AcceptSecrets = true,
            AcceptResources = true,
            SendsOldInputs = true,
            SendsOldInputsToDelete = true,
            Type = ProviderType,
            Name = name,
            Urn = ResourceUrn.Create(options.Stack, options.Project, "", ProviderType, name),
            // A default provider created in a preview has no ID yet.
            Id = options.DryRun ? WireConstants.UnknownValue : Guid.NewGuid().ToString(),
            Args = new Struct(),
        };
        var prefix = Package + ":";
        foreach (var (key, value) in options.Config.Where(c => c.Key.StartsWith(prefix, StringComparison.Ordinal)))
        {
            var setting = key[prefix.Length..];
            request.Variables[$"{Package}:config:{setting}"] = value;
            var secret = options.ConfigSecretKeys.Contains(key, StringComparer.Ordinal);
            request.Args.Fields[setting] = PropertyValueMarshaller.Encode(PropertyValue.String(value).WithSecret(secret), OutputValueEncoding.Downgrade);
        }

        var configured = await Client.ConfigureAsync(request, cancellationToken: stopping).ResponseAsync.ConfigureAwait(false);
        return fromHandshake ?? new PluginProtocol(configured.AcceptSecrets, configured.AcceptResources, configured.AcceptOutputs);
    }

    /// <summary><c>default</c>, or with a version <c>default_0_1_0</c>, as the engine names default providers.</summary>
    public static string DefaultProviderName(string version) =>
        version.Length == 0
            ? "default"
            : "default_" + string.Join('_', version.Split(['.', '-', '+']));

    public void Dispose() => _channel.Dispose();
}
