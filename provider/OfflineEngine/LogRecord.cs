namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// One message for the user: an <c>Engine.Log</c> call (from a program or a provider), or an error
/// the engine itself reports against a resource (a create that failed). <see cref="Urn"/> is the
/// resource it is attached to, empty for none.
/// </summary>
internal sealed record LogRecord(MessageSeverity Severity, string Message, string Urn);
