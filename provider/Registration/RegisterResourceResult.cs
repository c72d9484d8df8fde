using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Registration;

/// <summary>What the engine answered to one registration.</summary>
/// <param name="Id">The resource's ID; empty for components, and for creates during a preview (unknown).</param>
/// <param name="Outputs">The resource's state; may hold unknowns in a preview; secrets stay flagged.</param>
/// <param name="IsUnknown">The engine said the whole result is unknown (e.g. a create skipped by <c>--target</c>).</param>
internal sealed record RegisterResourceResult(
    string Urn,
    string Id,
    ImmutableSortedDictionary<string, PropertyValue> Outputs,
    bool IsUnknown = false);
