using System.Collections.Immutable;

namespace TidbDms.Provider.Cli;

/// <summary>How <c>preview</c> prints its result.</summary>
internal enum PreviewFormat
{
    /// <summary>The tree, count and outputs, like <c>pulumi preview</c>.</summary>
    Text,
    Json,
    Mermaid,
}

/// <summary>One <c>preview</c> invocation, as parsed from the command line.</summary>
/// <param name="Program">A program file or a directory holding <c>Pulumi.yaml</c>; null to search from <paramref name="CurrentDirectory"/>.</param>
/// <param name="Config">The <c>--config key=value</c> flags, in order.</param>
internal sealed record PreviewRequest(
    string? Program,
    ImmutableArray<string> Config,
    string Stack,
    PreviewFormat Format,
    string CurrentDirectory);
