using TidbDms.Provider.Registration;

namespace TidbDms.Provider.Testing;

/// <summary>One engine <c>Log</c> call.</summary>
internal sealed record RecordedLog(LogSeverity Severity, string Message, string Urn);
