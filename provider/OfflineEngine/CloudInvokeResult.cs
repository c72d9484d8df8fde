using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>The answer to a provider function.</summary>
/// <param name="Failures">Input problems the provider reports (property, reason); the return means nothing when there are any.</param>
/// <param name="IsUnknown">Not known yet, as for a function called through a provider whose configuration is unknown in a preview.</param>
internal sealed record CloudInvokeResult(
    ImmutableSortedDictionary<string, PropertyValue> Return,
    ImmutableArray<(string Property, string Reason)> Failures,
    bool IsUnknown)
{
    public static CloudInvokeResult Of(ImmutableSortedDictionary<string, PropertyValue> result) => new(result, [], IsUnknown: false);

    public static CloudInvokeResult Unknown { get; } =
        new(ImmutableSortedDictionary<string, PropertyValue>.Empty.WithComparers(StringComparer.Ordinal), [], IsUnknown: true);
}
