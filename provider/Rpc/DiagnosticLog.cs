using TidbDms.Provider.Component;

namespace TidbDms.Provider.Rpc;

/// <summary>
/// The plugin's own diagnostics: stderr in production. The engine hides a plugin's stderr unless the
/// plugin dies or the user runs with <c>--logflow --logtostderr</c>, so nothing meant for the user goes
/// here (that goes through <c>Engine.Log</c>), and nothing secret ever does.
/// </summary>
internal sealed class DiagnosticLog
{
    private readonly TextWriter _writer;

    public DiagnosticLog(TextWriter writer)
    {
        _writer = TextWriter.Synchronized(writer);
    }

    public void Write(string message)
    {
        _writer.Write($"[{Tokens.PluginExecutable}] {message}\n");
        _writer.Flush();
    }
}
