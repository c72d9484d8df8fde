using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Registration;

namespace TidbDms.Testing;

/// <summary>One engine <c>Log</c> call, with the provider's own severity type.</summary>
internal sealed record RecordedLog(LogSeverity Severity, string Message, string Urn)
{
    public static RecordedLog From(LogRecord log) => new((LogSeverity)(int)log.Severity, log.Message, log.Urn);
}
