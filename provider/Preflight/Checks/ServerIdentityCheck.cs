namespace TidbDms.Provider.Preflight.Checks;

/// <summary>
/// The server is TiDB (<c>VERSION()</c>). Another MySQL-family server is a warning, not a failure: DMS
/// treats it as MySQL, but the TiDB facts the other checks rely on may not hold for it.
/// </summary>
internal sealed class ServerIdentityCheck : IPreflightCheck
{
    public const string CheckId = "server";

    public string Id => CheckId;

    public PreflightStage Needs => PreflightStage.SignedIn;

    public bool AppliesTo(PreflightTarget target) => true;

    public async Task<PreflightFinding> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        var version = await context.ServerVersionAsync(cancellationToken).ConfigureAwait(false);
        var tidb = TidbVersion.Parse(version);
        return tidb is not null
            ? PreflightFinding.Pass(Id, $"TiDB v{tidb} (VERSION() is '{version}').")
            : PreflightFinding.Warn(
                Id,
                $"VERSION() is '{version}': not TiDB. DMS treats it as MySQL, but the TiDB facts this preflight checks may not hold for it.",
                "Point the preflight at the TiDB Cloud cluster's host (the Connect dialog in the TiDB Cloud console).");
    }
}
