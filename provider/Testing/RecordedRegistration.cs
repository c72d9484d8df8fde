using System.Collections.Immutable;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Testing;

/// <summary>
/// One <c>RegisterResource</c> the mock engine answered: the request as received, the resource it
/// recorded, what it answered, and when (Stopwatch timestamps, for ordering and overlap only).
/// <see cref="Wire"/> is the request exactly as it arrived over gRPC (null in memory), for the
/// flags and encodings only the wire shows.
/// </summary>
internal sealed record RecordedRegistration(
    RegisterResourceArgs Request,
    RegisteredResource Resource,
    string Id,
    ImmutableSortedDictionary<string, PropertyValue> Outputs,
    long Started,
    long Finished,
    Pulumirpc.RegisterResourceRequest? Wire = null)
{
    /// <summary>True when this registration and <paramref name="other"/> were in flight at the same time.</summary>
    public bool Overlaps(RecordedRegistration other) => Started < other.Finished && other.Started < Finished;
}
