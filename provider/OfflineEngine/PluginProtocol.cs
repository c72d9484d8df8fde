namespace TidbDms.Provider.OfflineEngine;

/// <summary>What a plugin accepts, from its <c>Handshake</c> answer or, for a plugin without one, its <c>Configure</c> answer.</summary>
internal sealed record PluginProtocol(bool AcceptSecrets, bool AcceptResources, bool AcceptOutputs);
