using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace TidbDms.Provider.Cli;

/// <summary>
/// A project's <c>runtime</c>: <c>yaml</c> (evaluated in process) or <c>nodejs</c> (run with
/// <c>@pulumi/pulumi</c>'s own program runner), with the long form's <c>options</c> as written.
/// </summary>
internal sealed record ProgramRuntime(string Name, ImmutableSortedDictionary<string, YamlNode> Options)
{
    public const string YamlName = "yaml";

    public const string NodeJsName = "nodejs";

    public static ProgramRuntime Yaml { get; } = new(YamlName, ImmutableSortedDictionary<string, YamlNode>.Empty.WithComparers(StringComparer.Ordinal));

    public bool IsNodeJs => string.Equals(Name, NodeJsName, StringComparison.Ordinal);
}
