using MySqlConnector;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Preflight.Checks;

/// <summary>Source tables without a primary key: DMS copies them, but needs a key to migrate LOB columns and to validate data.</summary>
internal sealed class PrimaryKeysCheck : IPreflightCheck
{
    public const string CheckId = "primary-keys";

    /// <summary>How many tables the message names before "and N more".</summary>
    private const int Listed = 10;

    public string Id => CheckId;

    public PreflightStage Needs => PreflightStage.SignedIn;

    public bool AppliesTo(PreflightTarget target) => target.EndpointType == EndpointType.Source && target.Schemas.Length > 0;

    /// <remarks>
    /// Keys are read from STATISTICS, not TABLE_CONSTRAINTS: MariaDB shows constraints only to users with
    /// more than SELECT, and a source user has just SELECT.
    /// </remarks>
    public async Task<PreflightFinding> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        var parameters = context.Target.Schemas.Select((s, i) => new MySqlParameter($"@s{i}", s)).ToList();
        var sql = $"""
            SELECT t.TABLE_SCHEMA, t.TABLE_NAME FROM information_schema.TABLES t
            WHERE t.TABLE_TYPE = 'BASE TABLE' AND t.TABLE_SCHEMA IN ({string.Join(", ", parameters.Select(p => p.ParameterName))})
              AND NOT EXISTS (SELECT 1 FROM information_schema.STATISTICS s
                              WHERE s.TABLE_SCHEMA = t.TABLE_SCHEMA AND s.TABLE_NAME = t.TABLE_NAME AND s.INDEX_NAME = 'PRIMARY')
            ORDER BY t.TABLE_SCHEMA, t.TABLE_NAME
            """;
        var rows = await context.RowsAsync(sql, parameters, cancellationToken).ConfigureAwait(false);
        if (rows.IsEmpty)
        {
            return PreflightFinding.Pass(Id, "Every table in the named schemas has a primary key.");
        }

        var names = rows.Take(Listed).Select(r => $"{Accounts.Identifier(r[0] ?? "")}.{Accounts.Identifier(r[1] ?? "")}");
        var more = rows.Length > Listed ? $" and {rows.Length - Listed} more" : "";
        var count = rows.Length == 1 ? "1 table has" : $"{rows.Length} tables have";
        return PreflightFinding.Warn(
            Id,
            $"{count} no primary key: {string.Join(", ", names)}{more}.",
            "DMS copies such tables, but migrates LOB columns and validates data only for tables with a primary key or unique index: add one where you can.");
    }
}
