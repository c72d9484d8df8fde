using System.Globalization;
using TidbDms.Provider.Registration;

namespace TidbDms.Provider.Rpc;

/// <summary>
/// Where user messages go when the engine's address is not known (a provider started by hand and
/// not attached yet): the plugin's diagnostics, so they are at least in its log.
/// </summary>
internal sealed class DiagnosticEngineLog : IEngineLog
{
    private readonly DiagnosticLog _log;

    public DiagnosticEngineLog(DiagnosticLog log)
    {
        _log = log;
    }

    public Task LogAsync(LogSeverity severity, string message, string urn, CancellationToken cancellationToken)
    {
        _log.Write(string.Create(CultureInfo.InvariantCulture, $"{severity.ToString().ToLowerInvariant()}: {message} ({urn})"));
        return Task.CompletedTask;
    }
}
