namespace TidbDms.Provider.Preflight;

/// <summary>The names the table and the JSON report use for <see cref="PreflightStatus"/>.</summary>
internal static class PreflightStatusNames
{
    /// <summary>The JSON name: lower case, stable for CI scripts.</summary>
    public static string ToWire(this PreflightStatus status) => status switch
    {
        PreflightStatus.Pass => "pass",
        PreflightStatus.Warn => "warn",
        PreflightStatus.Fail => "fail",
        PreflightStatus.Skip => "skip",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    /// <summary>The table's label: upper case for anything that is not a pass, so it stands out.</summary>
    public static string ToLabel(this PreflightStatus status) => status switch
    {
        PreflightStatus.Pass => "pass",
        PreflightStatus.Warn => "WARN",
        PreflightStatus.Fail => "FAIL",
        PreflightStatus.Skip => "skip",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };
}
