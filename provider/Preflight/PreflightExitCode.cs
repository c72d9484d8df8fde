namespace TidbDms.Provider.Preflight;

/// <summary>The exit codes of the <c>preflight</c> verb; CI scripts rely on them.</summary>
internal static class PreflightExitCode
{
    /// <summary>Every check passed or only warned.</summary>
    public const int Passed = 0;

    /// <summary>At least one check failed: DMS would fail against this cluster.</summary>
    public const int Failed = 1;

    /// <summary>The preflight could not run at all (bad arguments, unreadable CA file, missing password).</summary>
    public const int CouldNotRun = 2;
}
