namespace TidbDms.Provider.OfflineEngine;

/// <summary>How severe a logged message is, as the engine's <c>Log</c> call says (same order as its wire enum).</summary>
internal enum MessageSeverity
{
    /// <summary>Not shown to users (the engine shows it only with <c>--debug</c>).</summary>
    Debug,
    Info,
    Warning,

    /// <summary>Fatal: the engine stops further resource operations.</summary>
    Error,
}
