using TidbDms.Provider.Component;

namespace TidbDms.Provider.Cli;

/// <summary>
/// A resource whose type names this package but no type of it (<c>tidb-dms:TidbDmsMigratoin</c>)
/// is a typo, not another resource to skip: an error at its line, with the token meant. Pulumi
/// would refuse it too, as the package has no such type.
/// </summary>
internal static class TypeTokenCheck
{
    public static IEnumerable<LocatedDiagnostic> Misspelt(PulumiProgram program)
    {
        foreach (var resource in program.Resources.Where(r => !r.IsTidbDmsMigration))
        {
            var package = resource.Type.Split(':')[0];
            if (string.Equals(package, Tokens.Package, StringComparison.OrdinalIgnoreCase))
            {
                yield return new LocatedDiagnostic(
                    program.Location(resource.Node),
                    resource.Name,
                    null,
                    $"type '{resource.Type}' is not a type of the {Tokens.Package} package. Did you mean '{Tokens.TidbDmsMigrationShort}' (or '{Tokens.TidbDmsMigration}')?");
            }
        }
    }
}
