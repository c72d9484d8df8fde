using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Testing;

/// <summary>One <c>RegisterResourceOutputs</c> call, with the Stopwatch timestamp at which the engine answered it.</summary>
internal sealed record RecordedOutputs(string Urn, ImmutableSortedDictionary<string, PropertyValue> Outputs, long Finished);
