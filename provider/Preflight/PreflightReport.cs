using System.Collections.Immutable;

namespace TidbDms.Provider.Preflight;

/// <summary>
/// The result of one preflight: the findings in the order the checks ran, or, when the target could
/// not be checked at all, the <see cref="Problems"/> that stopped it.
/// </summary>
internal sealed record PreflightReport(PreflightTarget Target, ImmutableArray<PreflightFinding> Findings, ImmutableArray<string> Problems)
{
    public static PreflightReport CouldNotRun(PreflightTarget target, ImmutableArray<string> problems) => new(target, [], problems);

    public int Count(PreflightStatus status) => Findings.Count(f => f.Status == status);

    /// <summary>The report's overall status: fail when any check failed, warn when any warned, else pass.</summary>
    public PreflightStatus Status =>
        !Problems.IsEmpty || Count(PreflightStatus.Fail) > 0 ? PreflightStatus.Fail
        : Count(PreflightStatus.Warn) > 0 ? PreflightStatus.Warn
        : PreflightStatus.Pass;

    /// <summary>0 when nothing failed (warnings allowed), 1 when a check failed, 2 when the preflight could not run.</summary>
    public int ExitCode =>
        !Problems.IsEmpty ? PreflightExitCode.CouldNotRun
        : Count(PreflightStatus.Fail) > 0 ? PreflightExitCode.Failed
        : PreflightExitCode.Passed;

    public PreflightFinding? Find(string check) => Findings.FirstOrDefault(f => f.Check == check);
}
