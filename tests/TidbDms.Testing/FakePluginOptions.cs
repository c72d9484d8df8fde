using Pulumirpc;
using TidbDms.Provider.OfflineEngine;

namespace TidbDms.Testing;

/// <summary>How a <see cref="FakePlugin"/> answers: what it accepts (from Handshake, or from Configure when <see cref="Handshake"/> is off), and its Construct.</summary>
internal sealed record FakePluginOptions
{
    public PluginProtocol Accepts { get; init; } = new(AcceptSecrets: true, AcceptResources: true, AcceptOutputs: true);

    /// <summary>False: Handshake answers UNIMPLEMENTED, as an older plugin does.</summary>
    public bool Handshake { get; init; } = true;

    /// <summary>Null for <see cref="FakePlugin.EchoAsync"/>.</summary>
    public Func<ConstructRequest, FakePlugin, Task<ConstructResponse>>? Construct { get; init; }
}
