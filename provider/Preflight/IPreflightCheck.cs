namespace TidbDms.Provider.Preflight;

/// <summary>
/// One check of the preflight. Checks run in the order DMS meets the same conditions; each returns
/// one finding and may record what it learned in the <see cref="PreflightContext"/> for later checks.
/// </summary>
internal interface IPreflightCheck
{
    /// <summary>The stable id of the check, used as <see cref="PreflightFinding.Check"/>.</summary>
    string Id { get; }

    /// <summary>The stage the check needs; below it the runner reports the check as skipped.</summary>
    PreflightStage Needs { get; }

    /// <summary>False when the check means nothing for this target (a source-only check on a target): it is left out of the report.</summary>
    bool AppliesTo(PreflightTarget target);

    Task<PreflightFinding> RunAsync(PreflightContext context, CancellationToken cancellationToken);
}
