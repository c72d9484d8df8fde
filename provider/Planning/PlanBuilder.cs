using System.Collections.Immutable;

namespace TidbDms.Provider.Planning;

/// <summary>
/// Collects the children and outputs of one plan. It refuses a child whose prerequisites were not
/// added before it, a second child of the same name, and an output referring to no child: the
/// plan's order is then a valid registration order by construction.
/// </summary>
internal sealed class PlanBuilder(string componentName)
{
    private readonly List<PlannedResource> _resources = [];
    private readonly Dictionary<string, string> _types = new(StringComparer.Ordinal);
    private readonly SortedDictionary<string, PlanValue> _outputs = new(StringComparer.Ordinal);

    /// <summary>Adds a child after every child it refers to or depends on; returns its name.</summary>
    public string Add(
        string type,
        string name,
        InputMap inputs,
        IEnumerable<string>? dependsOn = null,
        IEnumerable<string>? additionalSecretOutputs = null)
    {
        var resource = new PlannedResource(
            type,
            name,
            inputs.ToImmutable(),
            [.. (dependsOn ?? []).Distinct(StringComparer.Ordinal)],
            [.. additionalSecretOutputs ?? []]);
        if (_types.ContainsKey(name))
        {
            throw new InvalidOperationException($"the plan already has a child named '{name}'");
        }

        var missing = resource.Prerequisites.Where(p => !_types.ContainsKey(p)).ToList();
        if (missing.Count > 0)
        {
            throw new InvalidOperationException($"child '{name}' needs {string.Join(", ", missing)}, which the plan has not added before it");
        }

        _types.Add(name, type);
        _resources.Add(resource);
        return name;
    }

    /// <summary>Sets a component output; every child it refers to must be in the plan by <see cref="Build"/>.</summary>
    public void Output(string name, PlanValue value) => _outputs.Add(name, value);

    public MigrationPlan Build()
    {
        var dangling = _outputs
            .SelectMany(kv => kv.Value.ReferencedResources().Where(r => !_types.ContainsKey(r)).Select(r => $"{kv.Key} -> {r}"))
            .ToList();
        if (dangling.Count > 0)
        {
            throw new InvalidOperationException($"outputs refer to children the plan does not have: {string.Join(", ", dangling)}");
        }

        return new MigrationPlan(componentName, [.. _resources], _outputs.ToImmutableSortedDictionary(StringComparer.Ordinal));
    }
}
