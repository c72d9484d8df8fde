namespace TidbDms.Provider.Preflight;

/// <summary>
/// The outcome of one check. <see cref="Skip"/> marks a check that could not run because an earlier
/// one failed (no TCP, so no TLS, so no sign-in…): it is reported rather than left out, so the report
/// always shows the whole path DMS would walk and where it stopped.
/// </summary>
internal enum PreflightStatus
{
    Pass,
    Warn,
    Fail,
    Skip,
}
