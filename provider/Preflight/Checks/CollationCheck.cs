using System.Globalization;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Preflight.Checks;

/// <summary>
/// MySQL 8 sources default to <c>utf8mb4_0900_ai_ci</c>; TiDB supports it only from v7.4.0, and before
/// that DMS's CREATE TABLE fails with error 1273 (unknown collation).
/// </summary>
internal sealed class CollationCheck : IPreflightCheck
{
    public const string CheckId = "collation";

    public const string Collation = "utf8mb4_0900_ai_ci";

    public static readonly Version SupportedSince = new(7, 4, 0);

    private const string Fix =
        "Convert the source's utf8mb4_0900_* columns to utf8mb4_bin or utf8mb4_general_ci before migrating, or use a server that supports them (TiDB v7.4.0 or later).";

    public string Id => CheckId;

    public PreflightStage Needs => PreflightStage.SignedIn;

    public bool AppliesTo(PreflightTarget target) => target.EndpointType == EndpointType.Target;

    public async Task<PreflightFinding> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        var version = await context.ServerVersionAsync(cancellationToken).ConfigureAwait(false);
        if (TidbVersion.Parse(version) is { } tidb)
        {
            return tidb >= SupportedSince
                ? PreflightFinding.Pass(Id, $"TiDB v{tidb} supports {Collation} (since v{SupportedSince}).")
                : PreflightFinding.Warn(Id, $"TiDB v{tidb} does not support {Collation} (it came in v{SupportedSince}): tables from MySQL 8 sources that use it fail to create (error 1273).", Fix);
        }

        var count = await context.ScalarAsync(
            $"SELECT COUNT(*) FROM information_schema.COLLATIONS WHERE COLLATION_NAME = '{Collation}'", cancellationToken).ConfigureAwait(false);
        return Convert.ToInt64(count, CultureInfo.InvariantCulture) > 0
            ? PreflightFinding.Pass(Id, $"The server supports {Collation}.")
            : PreflightFinding.Warn(Id, $"The server does not support {Collation}: tables from MySQL 8 sources that use it fail to create (error 1273).", Fix);
    }
}
