using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Testing;

/// <summary>
/// One <c>RegisterResource</c> call as an engine saw it: what the mock engine records, and what the
/// offline <c>preview</c> renders. <see cref="Inputs"/> keeps secrets wrapped and unknowns unknown.
/// </summary>
internal sealed record RegisteredResource(
    string Urn,
    string Type,
    string Name,
    string Parent,
    bool Custom,
    ImmutableSortedDictionary<string, PropertyValue> Inputs,
    ImmutableArray<string> Dependencies,
    ImmutableSortedDictionary<string, ImmutableArray<string>> PropertyDependencies,
    string Provider,
    string Version,
    ImmutableArray<string> AdditionalSecretOutputs);
