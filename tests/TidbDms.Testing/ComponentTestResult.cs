using System.Collections.Immutable;
using Pulumirpc;
using TidbDms.Provider.Values;

namespace TidbDms.Testing;

/// <summary>What a Construct over gRPC answered, decoded, with the raw response and the Stopwatch timestamp it arrived at.</summary>
internal sealed record ComponentTestResult(
    string Urn,
    ImmutableSortedDictionary<string, PropertyValue> Outputs,
    ImmutableSortedDictionary<string, ImmutableArray<string>> OutputDependencies,
    ConstructResponse Response,
    long ReceivedAt);
