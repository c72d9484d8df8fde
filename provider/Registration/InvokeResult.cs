using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Registration;

/// <summary>The answer to a provider function call.</summary>
/// <param name="Failures">Input problems the provider reported (property, reason); the return is meaningless when there are any.</param>
/// <param name="IsUnknown">The result is not known yet (a preview whose provider configuration is unknown).</param>
internal sealed record InvokeResult(
    ImmutableSortedDictionary<string, PropertyValue> Return,
    ImmutableArray<(string Property, string Reason)> Failures,
    bool IsUnknown = false);
