using System.Collections.Immutable;
using System.Text;
using TidbDms.Provider.Planning;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>
/// A plan as the graph the engine orders create and destroy by: one edge per child and child it
/// waits for, each a data reference (an input reads the other's output), an explicit ordering edge,
/// or both. Renders the golden graph files.
/// </summary>
internal static class PlanGraph
{
    public const string Legend =
        """
        # One line per edge: "child -> child it waits for", then why:
        #   ref <inputs>  a data reference: those inputs read the other child's outputs (inherent)
        #   order         an explicit ordering edge (registered in `dependencies`, not in `propertyDependencies`)
        # `pulumi up` creates along the arrows' targets first; `pulumi destroy` deletes in the reverse order.
        """;

    /// <summary>Every edge, in plan order of the child, then plan order of the prerequisite.</summary>
    public static ImmutableArray<PlanEdge> Edges(MigrationPlan plan)
    {
        var position = plan.Resources.Select((r, i) => (r.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        var edges = ImmutableArray.CreateBuilder<PlanEdge>();
        foreach (var resource in plan.Resources)
        {
            var references = resource.Inputs
                .SelectMany(input => ReferencePaths(input.Key, input.Value))
                .GroupBy(r => r.Resource, StringComparer.Ordinal)
                .ToDictionary(g => g.Key, g => g.Select(r => r.Path).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToImmutableArray(), StringComparer.Ordinal);
            var ordering = resource.DependsOn.ToHashSet(StringComparer.Ordinal);
            foreach (var prerequisite in references.Keys.Union(ordering).OrderBy(p => position[p]))
            {
                edges.Add(new PlanEdge(resource.Name, prerequisite, references.GetValueOrDefault(prerequisite, []), ordering.Contains(prerequisite)));
            }
        }

        return edges.ToImmutable();
    }

    /// <summary>Everything <paramref name="child"/> waits for, directly or through other children.</summary>
    public static ImmutableSortedSet<string> WaitsFor(MigrationPlan plan, string child)
    {
        var direct = plan.Resources.ToDictionary(r => r.Name, r => r.Prerequisites, StringComparer.Ordinal);
        var seen = ImmutableSortedSet.CreateBuilder<string>(StringComparer.Ordinal);
        var pending = new Stack<string>(direct[child]);
        while (pending.TryPop(out var next))
        {
            if (seen.Add(next))
            {
                foreach (var further in direct[next])
                {
                    pending.Push(further);
                }
            }
        }

        return seen.ToImmutable();
    }

    /// <summary>The golden file text: a header naming the topology, the legend, one line per edge.</summary>
    public static string Render(MigrationPlan plan, string topology)
    {
        var text = new StringBuilder();
        text.Append("# Child graph of ").Append(topology).Append('\n');
        text.Append(Legend).Append('\n');
        foreach (var edge in Edges(plan))
        {
            text.Append(edge).Append('\n');
        }

        return text.ToString();
    }

    /// <summary>The children a value refers to, each with the input path it sits at (map keys joined by dots; list positions left out).</summary>
    private static IEnumerable<(string Path, string Resource)> ReferencePaths(string path, PlanValue value) => value switch
    {
        PlanValue.Ref r => [(path, r.Resource)],
        PlanValue.List l => l.Items.SelectMany(i => ReferencePaths(path, i)),
        PlanValue.Map m => m.Entries.SelectMany(e => ReferencePaths($"{path}.{e.Key}", e.Value)),
        PlanValue.Concat c => c.Parts.SelectMany(p => ReferencePaths(path, p)),
        PlanValue.EachWithSuffix e => ReferencePaths(path, e.Source),
        PlanValue.Secret s => ReferencePaths(path, s.Inner),
        _ => [],
    };
}
