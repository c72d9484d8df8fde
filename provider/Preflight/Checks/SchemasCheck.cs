using MySqlConnector;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Preflight.Checks;

/// <summary>
/// The named schemas exist. A missing source schema fails (nothing to migrate); a missing target schema
/// is a warning, since DMS creates it (with tables and primary keys only).
/// </summary>
internal sealed class SchemasCheck : IPreflightCheck
{
    public const string CheckId = "schemas";

    public string Id => CheckId;

    public PreflightStage Needs => PreflightStage.SignedIn;

    public bool AppliesTo(PreflightTarget target) => true;

    public async Task<PreflightFinding> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        var target = context.Target;
        if (target.Schemas.IsEmpty)
        {
            return PreflightFinding.Warn(
                Id,
                "No schemas named, so no schema was checked.",
                "Name each schema DMS migrates (--schema, or task.schemas in the program).");
        }

        var parameters = target.Schemas.Select((s, i) => new MySqlParameter($"@s{i}", s)).ToList();
        var sql = $"SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN ({string.Join(", ", parameters.Select(p => p.ParameterName))})";
        var rows = await context.RowsAsync(sql, parameters, cancellationToken).ConfigureAwait(false);
        var found = rows.Select(r => r[0] ?? "").ToHashSet(StringComparer.OrdinalIgnoreCase);
        var missing = target.Schemas.Where(s => !found.Contains(s)).Select(Accounts.Identifier).ToList();
        var present = target.Schemas.Where(found.Contains).Select(Accounts.Identifier).ToList();
        if (missing.Count == 0)
        {
            return PreflightFinding.Pass(Id, $"{Join(present)} {(present.Count == 1 ? "exists" : "exist")}.");
        }

        var what = $"{Join(missing)} {(missing.Count == 1 ? "does" : "do")} not exist, or this user has no privilege on {(missing.Count == 1 ? "it" : "them")} (a user sees only the schemas it may use)";
        return target.EndpointType == EndpointType.Source
            ? PreflightFinding.Fail(Id, $"{what}: DMS would find nothing to migrate there.", "Check the schema names, and grant SELECT on each schema to the DMS user.")
            : PreflightFinding.Warn(
                Id,
                $"{what}: DMS creates a missing target schema, but only with tables and primary keys.",
                "Create the schema and its tables in TiDB first (with secondary indexes and foreign keys), and keep task.settings.targetTablePrepMode at 'DoNothing' (its default when TiDB is the target).");
    }

    private static string Join(List<string> names) => string.Join(", ", names);
}
