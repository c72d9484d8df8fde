using System.Globalization;
using MySqlConnector;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Preflight.Checks;

/// <summary>
/// With the cluster as a source, DMS can only full-load: CDC reads the MySQL binlog, and TiDB has none.
/// For a server that is not TiDB, the binlog setting is reported as it is.
/// </summary>
internal sealed class ChangeDataCaptureCheck : IPreflightCheck
{
    public const string CheckId = "cdc";

    public string Id => CheckId;

    public PreflightStage Needs => PreflightStage.SignedIn;

    public bool AppliesTo(PreflightTarget target) => target.EndpointType == EndpointType.Source;

    public async Task<PreflightFinding> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        const string fix = "Use task.migrationType 'full-load'; for ongoing changes out of TiDB, use a TiCDC changefeed.";
        var version = await context.ServerVersionAsync(cancellationToken).ConfigureAwait(false);
        if (TidbVersion.Parse(version) is not null)
        {
            return PreflightFinding.Warn(Id, "TiDB has no MySQL binlog, so DMS can only full-load from it: 'cdc' and 'full-load-and-cdc' tasks fail.", fix);
        }

        object? logBin;
        try
        {
            logBin = await context.ScalarAsync("SELECT @@GLOBAL.log_bin", cancellationToken).ConfigureAwait(false);
        }
        catch (MySqlException error) when (error.ErrorCode == MySqlErrorCode.UnknownSystemVariable)
        {
            logBin = null;
        }

        var on = Convert.ToString(logBin, CultureInfo.InvariantCulture) is "1" or "ON" or "True";
        return on
            ? PreflightFinding.Pass(Id, "Binary logging is on (log_bin), which DMS CDC reads; this server is not TiDB, whose sources allow full load only.")
            : PreflightFinding.Warn(Id, "Binary logging is off (log_bin), so DMS can only full-load from this server: 'cdc' and 'full-load-and-cdc' tasks fail.", fix);
    }
}
