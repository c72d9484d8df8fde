using System.Collections.Immutable;

namespace TidbDms.Provider.Cli;

/// <summary>How <c>preview</c> prints its result.</summary>
internal enum PreviewFormat
{
    /// <summary>The tree, count and outputs, like <c>pulumi preview</c>.</summary>
    Text,
    Json,
    Mermaid,

    /// <summary>A pull-request comment: the summary, the table of changes, the plan, the topology.</summary>
    Markdown,
}

/// <summary>One <c>preview</c> invocation, as parsed from the command line.</summary>
/// <param name="Program">A program file or a directory holding <c>Pulumi.yaml</c>; null to search from <paramref name="CurrentDirectory"/>.</param>
/// <param name="Config">The <c>--config key=value</c> flags, in order.</param>
internal sealed record PreviewRequest(
    string? Program,
    ImmutableArray<string> Config,
    string Stack,
    PreviewFormat Format,
    string CurrentDirectory)
{
    /// <summary>The organization a qualified <c>--stack org/[project/]stack</c> names; null for the engine's default.</summary>
    public string? Organization { get; init; }

    /// <summary><c>--diff-against</c>: an earlier <c>preview --json</c> to compare this plan with; null for none.</summary>
    public string? DiffAgainst { get; init; }
}
