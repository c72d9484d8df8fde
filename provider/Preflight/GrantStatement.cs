using System.Collections.Immutable;

namespace TidbDms.Provider.Preflight;

/// <summary>
/// One line of <c>SHOW GRANTS</c>: privileges on a scope (<c>GRANT SELECT, INSERT ON `app`.* TO …</c>), or
/// roles (<c>GRANT `dms_role` TO …</c>, where <see cref="Roles"/> holds each role as SQL text).
/// </summary>
/// <param name="Privileges">Upper case, single-spaced (<c>CREATE TEMPORARY TABLES</c>); <c>ALL PRIVILEGES</c> is <c>ALL</c>.</param>
/// <param name="Schema">The schema name or pattern (<see cref="GrantScopeKind.Schema"/> and <see cref="GrantScopeKind.Table"/>), unquoted.</param>
internal sealed record GrantStatement(
    ImmutableSortedSet<string> Privileges,
    GrantScopeKind Scope,
    string? Schema,
    ImmutableArray<string> Roles)
{
    public const string All = "ALL";

    public bool IsRoleGrant => !Roles.IsDefaultOrEmpty;
}
