namespace TidbDms.Provider.Registration;

/// <summary>The engine's log severities (<c>engine.proto</c>). Error is fatal to the deployment, so Construct never logs at it.</summary>
internal enum LogSeverity
{
    Debug = 0,
    Info = 1,
    Warning = 2,
    Error = 3,
}
