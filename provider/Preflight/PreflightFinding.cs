namespace TidbDms.Provider.Preflight;

/// <summary>
/// What one check found: which check (<see cref="Check"/>, a stable id such as <c>tls</c>), its
/// status, what was observed, and what to do about it (<see cref="Fix"/>, null when nothing is to do).
/// Messages never carry the password.
/// </summary>
internal sealed record PreflightFinding(string Check, PreflightStatus Status, string Message, string? Fix = null)
{
    public static PreflightFinding Pass(string check, string message) => new(check, PreflightStatus.Pass, message);

    public static PreflightFinding Warn(string check, string message, string fix) => new(check, PreflightStatus.Warn, message, fix);

    public static PreflightFinding Fail(string check, string message, string fix) => new(check, PreflightStatus.Fail, message, fix);
}
