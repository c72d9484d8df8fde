using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>One <c>RegisterResourceOutputs</c> call (a component's or the stack's outputs), with the Stopwatch timestamp it was answered at.</summary>
internal sealed record OutputsRecord(string Urn, ImmutableSortedDictionary<string, PropertyValue> Outputs, long Finished);
