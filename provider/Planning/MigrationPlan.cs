using System.Collections.Immutable;

namespace TidbDms.Provider.Planning;

/// <summary>
/// Everything one component registers: its children in an order where every child comes after
/// the children it needs, and its outputs as plan values over those children.
/// </summary>
internal sealed record MigrationPlan(
    string ComponentName,
    ImmutableArray<PlannedResource> Resources,
    ImmutableSortedDictionary<string, PlanValue> Outputs)
{
    /// <exception cref="KeyNotFoundException">The plan has no child of that name.</exception>
    public PlannedResource this[string name] =>
        Resources.FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal))
        ?? throw new KeyNotFoundException($"the plan has no child named '{name}'");
}
