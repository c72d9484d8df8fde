using System.Collections.Immutable;
using Pulumirpc;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// One <c>RegisterResource</c> the engine answered: the request decoded, the ID and outputs it
/// answered (for a remote component, the outputs its provider returned), and when it arrived and
/// was answered (Stopwatch timestamps, for ordering and overlap only). <see cref="Wire"/> is the
/// request exactly as it arrived, for the flags and encodings only the wire shows.
/// </summary>
internal sealed record RegistrationRecord(
    RegisteredResource Resource,
    string Id,
    ImmutableSortedDictionary<string, PropertyValue> Outputs,
    long Started,
    long Finished,
    RegisterResourceRequest Wire)
{
    /// <summary>True when this registration and <paramref name="other"/> were in flight at the same time.</summary>
    public bool Overlaps(RegistrationRecord other) => Started < other.Finished && other.Started < Finished;
}
