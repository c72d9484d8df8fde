using System.Collections.Immutable;
using TidbDms.Provider.OfflineEngine;

namespace TidbDms.Provider.Cli;

/// <summary>
/// The order a preview shows resources in, from what the engine recorded alone (registrations
/// finish in a different order on every run, where they run side by side): the tree of parents,
/// and among siblings a topological order of their dependencies (the waves they can be created
/// in), ties broken by name, so a resource comes after everything it needs and the same program
/// always reads the same.
/// </summary>
internal static class ResourceOrder
{
    /// <summary>Every resource under <paramref name="rootUrn"/> (not itself), depth first, siblings in dependency order.</summary>
    public static ImmutableArray<RegisteredResource> Descendants(string rootUrn, IEnumerable<RegisteredResource> resources)
    {
        var byParent = resources.ToLookup(r => r.Parent, StringComparer.Ordinal);
        var ordered = ImmutableArray.CreateBuilder<RegisteredResource>();
        var visited = new HashSet<string>(StringComparer.Ordinal) { rootUrn };
        Visit(rootUrn);
        return ordered.ToImmutable();

        void Visit(string parent)
        {
            foreach (var child in Siblings(byParent[parent]))
            {
                // A parent cycle (which the engine would refuse) must not loop here.
                if (visited.Add(child.Urn))
                {
                    ordered.Add(child);
                    Visit(child.Urn);
                }
            }
        }
    }

    /// <summary>
    /// Siblings in the waves the engine could create them in: first those that need no sibling,
    /// then those that need only the first wave, and so on (through <c>dependencies</c> or
    /// <c>propertyDependencies</c>); within a wave by name, then type.
    /// </summary>
    public static ImmutableArray<RegisteredResource> Siblings(IEnumerable<RegisteredResource> siblings)
    {
        var byUrn = siblings.GroupBy(r => r.Urn, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var wave = new Dictionary<string, int>(StringComparer.Ordinal);
        int WaveOf(RegisteredResource resource, ImmutableHashSet<string> path)
        {
            if (wave.TryGetValue(resource.Urn, out var known))
            {
                return known;
            }

            // A dependency cycle (which the engine would never answer) counts as no dependency.
            var needs = resource.Dependencies.Concat(resource.PropertyDependencies.Values.SelectMany(d => d))
                .Where(u => byUrn.ContainsKey(u) && !path.Contains(u))
                .Distinct(StringComparer.Ordinal)
                .ToList();
            var result = needs.Count == 0 ? 0 : 1 + needs.Max(u => WaveOf(byUrn[u], path.Add(resource.Urn)));
            wave[resource.Urn] = result;
            return result;
        }

        return
        [
            .. byUrn.Values
                .OrderBy(r => WaveOf(r, ImmutableHashSet.Create(StringComparer.Ordinal, r.Urn)))
                .ThenBy(r => r, ByNameThenType.Instance),
        ];
    }

    private sealed class ByNameThenType : IComparer<RegisteredResource>
    {
        public static readonly ByNameThenType Instance = new();

        public int Compare(RegisteredResource? x, RegisteredResource? y)
        {
            var byName = string.CompareOrdinal(x?.Name, y?.Name);
            return byName != 0 ? byName : string.CompareOrdinal(x?.Type, y?.Type);
        }
    }
}
