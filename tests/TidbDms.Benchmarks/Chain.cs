using System.Collections.Immutable;

namespace TidbDms.Benchmarks;

/// <summary>The longest chain of a graph weighted by operation times: its length (the modeled wall time) and its children in the order they run.</summary>
internal sealed record Chain(double Seconds, ImmutableArray<string> Children)
{
    /// <summary>
    /// <c>pulumi up</c> from nothing: each child is created as soon as everything it waits for is
    /// (the engine's default, unbounded parallelism), so the wall time is the longest chain forward.
    /// </summary>
    public static Chain Up(ChildGraph graph)
    {
        var finish = new Dictionary<string, double>(StringComparer.Ordinal);
        var via = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var resource in graph.Plan.Resources)
        {
            var last = graph.Prerequisites[resource.Name].OrderBy(p => p, StringComparer.Ordinal).MaxBy(p => finish[p]);
            via[resource.Name] = last;
            finish[resource.Name] = (last is null ? 0 : finish[last]) + AwsOperationTimes.For(resource).CreateSeconds;
        }

        return Trace(finish, via);
    }

    /// <summary>
    /// <c>pulumi destroy</c> of everything: each child is deleted as soon as everything that waits
    /// for it is gone, so the wall time is the longest chain backward.
    /// </summary>
    public static Chain Destroy(ChildGraph graph)
    {
        var dependents = graph.Plan.Resources.ToDictionary(r => r.Name, _ => new List<string>(), StringComparer.Ordinal);
        foreach (var (child, prerequisites) in graph.Prerequisites)
        {
            foreach (var prerequisite in prerequisites)
            {
                dependents[prerequisite].Add(child);
            }
        }

        var finish = new Dictionary<string, double>(StringComparer.Ordinal);
        var via = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var resource in graph.Plan.Resources.Reverse())
        {
            var last = dependents[resource.Name].OrderBy(d => d, StringComparer.Ordinal).MaxBy(d => finish[d]);
            via[resource.Name] = last;
            finish[resource.Name] = (last is null ? 0 : finish[last]) + AwsOperationTimes.For(resource).DeleteSeconds;
        }

        return Trace(finish, via);
    }

    /// <summary>The chain ending at the child that finishes last, first child first.</summary>
    private static Chain Trace(Dictionary<string, double> finish, Dictionary<string, string?> via)
    {
        var end = finish.OrderBy(f => f.Key, StringComparer.Ordinal).MaxBy(f => f.Value).Key;
        var children = new List<string>();
        for (string? at = end; at is not null; at = via[at])
        {
            children.Add(at);
        }

        children.Reverse();
        return new Chain(finish[end], [.. children]);
    }
}
