using System.Collections.Immutable;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Cli;

/// <summary>
/// Everything one <c>preview</c> run found, for the renderers: the components as the engine
/// recorded them, the program's other resources (not previewed), the program's outputs, and every
/// warning and error, located in the program.
/// </summary>
/// <param name="Program">The program file as shown to the user.</param>
internal sealed record PreviewResult(
    string Project,
    string Stack,
    string Program,
    ImmutableArray<PreviewComponentResult> Components,
    ImmutableArray<NotPreviewedResource> NotPreviewed,
    ImmutableArray<StackOutput> Outputs,
    ImmutableArray<LocatedDiagnostic> Warnings,
    ImmutableArray<LocatedDiagnostic> Errors)
{
    /// <summary>What the engine recorded; null when the program never reached it (it had errors of its own).</summary>
    public EngineRecords? Records { get; init; }

    /// <summary>What a program printed (a Node.js program's console output and info messages), shown under the stack as the engine shows it.</summary>
    public ImmutableArray<string> Console { get; init; } = [];

    /// <summary>What the preview assumed rather than knew (the region, the zone names): every format says so.</summary>
    public ImmutableArray<string> Assumptions { get; init; } = [];

    public string StackName => $"{Project}-{Stack}";

    public string StackUrn => ResourceUrn.Create(Stack, Project, "", ResourceUrn.StackType, StackName);

    /// <summary>Every resource a <c>pulumi up</c> would create: the stack, the components, their children.</summary>
    public int ToCreate => 1 + Components.Sum(c => 1 + c.Children.Length);
}

/// <summary>A resource of the program that the preview does not evaluate (it is not a <c>TidbDmsMigration</c>).</summary>
internal sealed record NotPreviewedResource(string Name, string Type);

/// <summary>
/// One output of the program's <c>outputs:</c> block. <see cref="IsList"/> says an unknown value
/// is a list (a component's list output), so it renders as <c>output&lt;array&gt;</c>.
/// </summary>
internal sealed record StackOutput(string Name, Values.PropertyValue Value, bool IsList);

/// <summary>
/// An error or warning with where it is: <see cref="Location"/> is <c>file:line</c> in the program
/// (null when it is not in the program, as for a <c>--config</c> flag), <see cref="Component"/> the
/// resource of the program it concerns, <see cref="Path"/> the input path when there is one.
/// <see cref="Urn"/> is set for a message the engine holds against a resource (a provider logged
/// it there): the preview shows it under that resource, as the engine shows its diagnostics.
/// </summary>
internal sealed record LocatedDiagnostic(string? Location, string? Component, string? Path, string Message, string? Urn = null)
{
    public override string ToString() =>
        string.Join(": ", new[] { Location, Component, Message }.Where(p => !string.IsNullOrEmpty(p)));
}
