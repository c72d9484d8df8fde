using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Testing;

/// <summary>A registration as the mocks see it: inputs decoded, secrets flagged, unknowns <see cref="PropertyValue.Computed"/>.</summary>
/// <param name="Provider">The provider reference the registration named (<c>urn::id</c>), or empty for the default provider.</param>
/// <param name="Id">The ID to import or read, empty for a create.</param>
/// <param name="IsPreview">True when the engine is previewing: nothing is created, computed outputs are unknown.</param>
internal sealed record MockResourceArgs(
    string Type,
    string Name,
    ImmutableSortedDictionary<string, PropertyValue> Inputs,
    string Provider,
    string Id,
    bool Custom,
    string Parent,
    string Urn,
    bool IsPreview);
