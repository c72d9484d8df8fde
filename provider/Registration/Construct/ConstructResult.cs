using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Registration.Construct;

/// <summary>
/// What Construct returns: the component URN, its outputs (plain or secret values, unknowns only in a
/// preview, outputs that do not apply absent) and, per output, the URNs it was derived from.
/// </summary>
internal sealed record ConstructResult(
    string Urn,
    ImmutableSortedDictionary<string, PropertyValue> State,
    ImmutableSortedDictionary<string, ImmutableArray<string>> StateDependencies);
