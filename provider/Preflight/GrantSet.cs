using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;

namespace TidbDms.Provider.Preflight;

/// <summary>
/// The schema-level privileges an account holds, from its <c>SHOW GRANTS</c> lines. Grants on <c>*.*</c>
/// and on matching schema patterns add up; table, column and routine grants do not count, since DMS
/// creates and reads whole schemas. Schema names compare case-insensitively, as TiDB's do.
/// </summary>
internal sealed class GrantSet
{
    private readonly ImmutableArray<GrantStatement> _grants;

    public GrantSet(IEnumerable<GrantStatement> grants)
    {
        _grants = [.. grants];
    }

    /// <summary>The roles the lines grant (as SQL text), whose own privileges must be read separately.</summary>
    public ImmutableArray<string> Roles => [.. _grants.Where(g => g.IsRoleGrant).SelectMany(g => g.Roles).Distinct(StringComparer.Ordinal)];

    public static GrantSet Parse(IEnumerable<string> lines) =>
        new(lines.Select(GrantParser.Parse).OfType<GrantStatement>());

    public GrantSet With(GrantSet other) => new(_grants.Concat(other._grants));

    /// <summary>True when <paramref name="privilege"/> (upper case, e.g. <c>DROP</c>) or ALL is held on every table of <paramref name="schema"/>.</summary>
    public bool Has(string schema, string privilege) =>
        ApplyingTo(schema).Any(g => g.Privileges.Contains(privilege) || g.Privileges.Contains(GrantStatement.All));

    /// <summary>True when ALL PRIVILEGES is held on <paramref name="schema"/>.</summary>
    public bool HasAll(string schema) => ApplyingTo(schema).Any(g => g.Privileges.Contains(GrantStatement.All));

    private IEnumerable<GrantStatement> ApplyingTo(string schema) => _grants.Where(g =>
        g.Scope == GrantScopeKind.Global || (g.Scope == GrantScopeKind.Schema && Matches(g.Schema!, schema)));

    /// <summary>Schema-level grants may name a LIKE pattern: <c>%</c> and <c>_</c> are wildcards, <c>\</c> escapes.</summary>
    internal static bool Matches(string pattern, string schema)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
        {
            var c = pattern[i];
            if (c == '\\' && i + 1 < pattern.Length)
            {
                regex.Append(Regex.Escape(pattern[++i].ToString()));
            }
            else
            {
                regex.Append(c switch
                {
                    '%' => ".*",
                    '_' => ".",
                    _ => Regex.Escape(c.ToString()),
                });
            }
        }

        regex.Append('$');
        return Regex.IsMatch(schema, regex.ToString(), RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Singleline);
    }
}
