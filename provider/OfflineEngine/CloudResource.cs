using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>What the cloud says a custom resource is: its ID (null: not created, as in a preview) and the outputs it adds to its inputs.</summary>
internal sealed record CloudResource(string? Id, ImmutableSortedDictionary<string, PropertyValue> State)
{
    /// <summary>Not created and nothing known beyond the inputs: every other output is unknown until an update.</summary>
    public static CloudResource NotCreated { get; } =
        new(null, ImmutableSortedDictionary<string, PropertyValue>.Empty.WithComparers(StringComparer.Ordinal));
}
