using System.Collections.Immutable;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Cli;

/// <summary>
/// One component as the engine recorded it: its own registration (made by its provider during
/// <c>Construct</c>; the program's declaration when <c>Construct</c> failed), every resource
/// registered under it in a deterministic order (<see cref="ResourceOrder"/>), the outputs the
/// engine holds for it, the messages logged against it or its children, and the failure of its
/// <c>Construct</c>, if it failed (then it has no children and no outputs).
/// </summary>
internal sealed record PreviewComponentResult(
    RegisteredResource Component,
    ImmutableArray<RegisteredResource> Children,
    ImmutableSortedDictionary<string, PropertyValue> Outputs,
    ImmutableArray<LogRecord> Diagnostics,
    ConstructFailure? Failure)
{
    public bool Succeeded => Failure is null;
}
