using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// What the program gets back for a remote component: its URN, its outputs (unknowns kept in a
/// preview, secrets kept) and the URNs each output depends on; or, when its provider's
/// <c>Construct</c> failed, that <see cref="Failure"/> (and no outputs).
/// </summary>
internal sealed record RemoteComponentAnswer(
    string Urn,
    ImmutableSortedDictionary<string, PropertyValue> Outputs,
    ImmutableSortedDictionary<string, ImmutableArray<string>> OutputDependencies,
    ConstructFailure? Failure)
{
    public bool Succeeded => Failure is null;
}
