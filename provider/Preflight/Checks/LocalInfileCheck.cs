using System.Globalization;
using MySqlConnector;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Preflight.Checks;

/// <summary>
/// A DMS MySQL target loads its full-load CSV files with <c>LOAD DATA LOCAL INFILE</c>, so the server's
/// <c>local_infile</c> must be on (AWS: "MySQL as a target").
/// </summary>
internal sealed class LocalInfileCheck : IPreflightCheck
{
    public const string CheckId = "local-infile";

    public string Id => CheckId;

    public PreflightStage Needs => PreflightStage.SignedIn;

    public bool AppliesTo(PreflightTarget target) => target.EndpointType == EndpointType.Target;

    public async Task<PreflightFinding> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        object? value;
        try
        {
            value = await context.ScalarAsync("SELECT @@GLOBAL.local_infile", cancellationToken).ConfigureAwait(false);
        }
        catch (MySqlException error) when (error.ErrorCode == MySqlErrorCode.UnknownSystemVariable)
        {
            return PreflightFinding.Warn(
                Id,
                "The server has no local_infile variable, so whether it accepts LOAD DATA LOCAL INFILE (DMS's full-load path) is unknown.",
                "Make sure the server accepts LOAD DATA LOCAL INFILE before a full load.");
        }

        var text = Convert.ToString(value, CultureInfo.InvariantCulture) ?? "";
        return text is "1" or "ON" or "on" or "True"
            ? PreflightFinding.Pass(Id, "local_infile is ON: the server accepts LOAD DATA LOCAL INFILE, which DMS's full load uses.")
            : PreflightFinding.Fail(
                Id,
                $"local_infile is {(text is "0" or "False" ? "OFF" : text)}: the server refuses LOAD DATA LOCAL INFILE, which DMS's full load uses.",
                "As an administrator, run: SET GLOBAL local_infile = ON;");
    }
}
