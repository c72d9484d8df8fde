using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>A custom resource as the cloud is asked about it: inputs decoded (secrets flagged, unknowns <see cref="PropertyValue.Computed"/>).</summary>
/// <param name="Provider">The provider reference the registration named (<c>urn::id</c>), or empty for the default provider.</param>
/// <param name="DryRun">True in a preview: nothing is created.</param>
internal sealed record CloudResourceRequest(
    string Urn,
    string Type,
    string Name,
    string Parent,
    ImmutableSortedDictionary<string, PropertyValue> Inputs,
    string Provider,
    bool DryRun);
