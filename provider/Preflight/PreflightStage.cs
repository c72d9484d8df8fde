namespace TidbDms.Provider.Preflight;

/// <summary>
/// How far along the path DMS walks the preflight got. Each check needs a stage; the runner reports
/// it as skipped when an earlier check failed to reach that stage.
/// </summary>
internal enum PreflightStage
{
    /// <summary>Nothing is needed (checks on the arguments alone).</summary>
    Start,

    /// <summary>The host name resolved to addresses.</summary>
    Resolved,

    /// <summary>A TCP connection was accepted and the server greeted as a MySQL server.</summary>
    Reachable,

    /// <summary>TLS was set up as the SSL mode requires (or the mode asks for none).</summary>
    Secured,

    /// <summary>The user signed in; SQL can run.</summary>
    SignedIn,
}
