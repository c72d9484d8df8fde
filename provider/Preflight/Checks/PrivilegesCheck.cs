using System.Collections.Immutable;
using System.Data.Common;
using System.Globalization;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Preflight.Checks;

/// <summary>
/// The privileges DMS needs, from <c>SHOW GRANTS FOR CURRENT_USER()</c> (and the grants of the
/// account's roles). Target: ALTER, CREATE, DROP, INDEX, INSERT, UPDATE, DELETE, SELECT on each
/// migrated schema and ALL on <c>awsdms_control</c> (DMS's own tables). Source: SELECT on each schema.
/// </summary>
internal sealed class PrivilegesCheck : IPreflightCheck
{
    public const string CheckId = "privileges";

    /// <summary>The schema where a DMS target keeps its status and exception tables.</summary>
    public const string ControlSchema = "awsdms_control";

    /// <summary>The AWS "MySQL as a target" list, in its order.</summary>
    public static readonly ImmutableArray<string> TargetPrivileges = ["ALTER", "CREATE", "DROP", "INDEX", "INSERT", "UPDATE", "DELETE", "SELECT"];

    public static readonly ImmutableArray<string> SourcePrivileges = ["SELECT"];

    public string Id => CheckId;

    public PreflightStage Needs => PreflightStage.SignedIn;

    public bool AppliesTo(PreflightTarget target) => target.EndpointType == EndpointType.Target || target.Schemas.Length > 0;

    public async Task<PreflightFinding> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        var target = context.Target;
        var currentUser = await context.ScalarAsync("SELECT CURRENT_USER()", cancellationToken).ConfigureAwait(false);
        var account = Accounts.Quote(currentUser is null ? target.User : Convert.ToString(currentUser, CultureInfo.InvariantCulture)!);
        var (grants, unreadableRoles) = await ReadGrantsAsync(context, cancellationToken).ConfigureAwait(false);

        var required = target.EndpointType == EndpointType.Target ? TargetPrivileges : SourcePrivileges;
        var schemas = target.Schemas.Select(Scope).ToList();
        var missing = new List<(string Privileges, string Scope)>();
        foreach (var schema in target.Schemas)
        {
            var lacking = required.Where(p => !grants.Has(schema, p)).ToList();
            if (lacking.Count > 0)
            {
                missing.Add((string.Join(", ", lacking), Scope(schema)));
            }
        }

        var held = schemas.Count > 0 ? $"{string.Join(", ", required)} on {string.Join(", ", schemas)}" : "";
        if (target.EndpointType == EndpointType.Target)
        {
            var control = $"ALL PRIVILEGES on {Scope(ControlSchema)}";
            held = held.Length > 0 ? $"{held} and {control}" : $"{control} (no schemas named, so none of them checked)";
            if (!grants.HasAll(ControlSchema))
            {
                missing.Add(("ALL PRIVILEGES", Scope(ControlSchema)));
            }
        }

        if (missing.Count == 0)
        {
            return PreflightFinding.Pass(Id, $"{account} has {held}.");
        }

        var roles = unreadableRoles.IsEmpty
            ? ""
            : $" (the privileges of its roles {string.Join(", ", unreadableRoles)} could not be read, so they are not counted)";
        var statements = missing.Select(m => $"GRANT {m.Privileges} ON {m.Scope} TO {account};");
        return PreflightFinding.Fail(
            Id,
            $"{account} lacks {string.Join("; ", missing.Select(m => $"{m.Privileges} on {m.Scope}"))}{roles}.",
            $"As an administrator, run: {string.Join(" ", statements)}");
    }

    private static string Scope(string schema) => $"{Accounts.Identifier(schema)}.*";

    /// <summary>The account's grants plus its roles' grants; roles whose grants the server would not show are returned apart.</summary>
    private static async Task<(GrantSet Grants, ImmutableArray<string> UnreadableRoles)> ReadGrantsAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        var grants = GrantSet.Parse(await LinesAsync(context, "SHOW GRANTS FOR CURRENT_USER()", cancellationToken).ConfigureAwait(false));
        var roles = grants.Roles;
        if (roles.IsEmpty)
        {
            return (grants, []);
        }

        // MariaDB shows a role's grants with SHOW GRANTS FOR <role>; MySQL and TiDB expand roles with USING
        var isMariaDb = (await context.ServerVersionAsync(cancellationToken).ConfigureAwait(false)).Contains("MariaDB", StringComparison.OrdinalIgnoreCase);
        var unreadable = ImmutableArray.CreateBuilder<string>();
        if (isMariaDb)
        {
            foreach (var role in roles)
            {
                try
                {
                    grants = grants.With(GrantSet.Parse(await LinesAsync(context, $"SHOW GRANTS FOR {role}", cancellationToken).ConfigureAwait(false)));
                }
                catch (DbException)
                {
                    unreadable.Add(role);
                }
            }
        }
        else
        {
            try
            {
                var expanded = $"SHOW GRANTS FOR CURRENT_USER() USING {string.Join(", ", roles)}";
                grants = grants.With(GrantSet.Parse(await LinesAsync(context, expanded, cancellationToken).ConfigureAwait(false)));
            }
            catch (DbException)
            {
                unreadable.AddRange(roles);
            }
        }

        return (grants, unreadable.ToImmutable());
    }

    private static async Task<IEnumerable<string>> LinesAsync(PreflightContext context, string sql, CancellationToken cancellationToken) =>
        (await context.RowsAsync(sql, [], cancellationToken).ConfigureAwait(false)).Select(row => row[0] ?? "");
}
