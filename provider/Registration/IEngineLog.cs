namespace TidbDms.Provider.Registration;

/// <summary>
/// The engine's <c>Log</c> RPC: the only way to show the user a message (stdout and stderr are
/// hidden). Messages must never contain a secret, at any severity.
/// </summary>
internal interface IEngineLog
{
    /// <param name="urn">The resource the message is about (the component), so it shows on its row; empty for none.</param>
    Task LogAsync(LogSeverity severity, string message, string urn, CancellationToken cancellationToken);
}
