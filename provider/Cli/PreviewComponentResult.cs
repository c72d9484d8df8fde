using System.Collections.Immutable;
using TidbDms.Provider.Testing;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Cli;

/// <summary>
/// What previewing one component produced, as an engine would see it: the component's own
/// registration, its children's registrations in the order they were made, the outputs the
/// component registered, and the warnings and errors it reported. When <see cref="Errors"/> is not
/// empty the component was not planned, and <see cref="Children"/> and <see cref="Outputs"/> are empty.
/// </summary>
/// <remarks>
/// This is the seam between the preview engines and the renderers: <see cref="ConstructPreviewEngine"/>
/// builds it from what a mock engine recorded during a real Construct, test engines build it from
/// hand-made plans, and the renderers never know which engine ran.
/// </remarks>
internal sealed record PreviewComponentResult(
    RegisteredResource Component,
    ImmutableArray<RegisteredResource> Children,
    ImmutableSortedDictionary<string, PropertyValue> Outputs,
    ImmutableArray<PreviewDiagnostic> Warnings,
    ImmutableArray<PreviewDiagnostic> Errors)
{
    public bool Succeeded => Errors.IsEmpty;
}
