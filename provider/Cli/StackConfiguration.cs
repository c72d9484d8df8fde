using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Cli;

/// <summary>
/// The config a stack runs with, as Pulumi assembles it: <c>--config</c> flags, then the stack's
/// <c>Pulumi.&lt;stack&gt;.yaml</c> beside <c>Pulumi.yaml</c>, then the project's values and
/// defaults; keys nothing reads are warnings.
/// </summary>
internal static class StackConfiguration
{
    /// <param name="pulumiYaml">The program's <c>Pulumi.yaml</c> (absolute).</param>
    /// <param name="displayPath">The same file as shown to the user.</param>
    public static ImmutableDictionary<string, PropertyValue> Resolve(
        PulumiProgram program,
        string pulumiYaml,
        string displayPath,
        PreviewRequest request,
        ICollection<LocatedDiagnostic> errors,
        ICollection<LocatedDiagnostic> warnings)
    {
        var file = StackConfigFile.Read(
            Path.GetDirectoryName(pulumiYaml) ?? "",
            Path.GetDirectoryName(displayPath) ?? "",
            request.Stack,
            program.Name,
            errors,
            warnings);
        return ProgramConfigResolver.Resolve(program, request.Config, file, errors, warnings);
    }
}
