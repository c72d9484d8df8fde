using System.Collections.Immutable;
using System.Text.Json.Nodes;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Cli;

/// <summary>What a resource's plan does against the base.</summary>
internal enum ChangeKind
{
    Unchanged,
    Create,
    Update,
    Replace,
    Delete,
}

/// <summary>
/// One changed input: <see cref="Path"/> as <c>input</c>, <c>block.input</c> or <c>list[i]</c>;
/// <see cref="Old"/> and <see cref="New"/> as the JSON shows them (secrets <c>"[secret]"</c>),
/// null when absent on that side. <see cref="Via"/> says why an input whose text is the same
/// changes all the same: the resource it is taken from is replaced (its new value is then not known
/// before the update), or it is taken from another resource now.
/// </summary>
internal sealed record InputChange(string Path, JsonNode? Old, JsonNode? New, string? Via = null);

/// <summary>
/// One resource of the diff: the head's registration (the base's for a delete), what happens to
/// it, the inputs that change and, for a replacement, why.
/// </summary>
internal sealed record ResourceChange(
    ChangeKind Kind,
    PlanResource Resource,
    ImmutableArray<InputChange> Changes,
    ImmutableArray<string> ReplaceReasons)
{
    /// <summary>A replacement that deletes the old resource first (<c>deleteBeforeReplace</c>).</summary>
    public bool DeleteFirst => Kind == ChangeKind.Replace && Resource.Options.DeleteBeforeReplace == true;
}

/// <summary>
/// What a plan does to the stack a base plan describes, as <c>pulumi preview --diff</c> would show
/// it: each resource of either plan as create, update, replace, delete or unchanged (matched by
/// URN), the inputs that change, and replacement where a changed input forces it
/// (<see cref="ReplaceRules"/>, or the resource's own <c>replaceOnChanges</c>). As in a real
/// preview, an input taken from a resource that is replaced (or is a different resource now)
/// changes too, to a value not known yet, and may force the next replacement; inputs under
/// <c>ignoreChanges</c> do not count. <see cref="Notes"/> are the changes a reviewer must not miss.
/// </summary>
internal sealed record PlanDiff(
    PlanSnapshot Base,
    PlanSnapshot Head,
    ImmutableArray<ResourceChange> Resources,
    ImmutableArray<string> Notes)
{
    public int Count(ChangeKind kind) => Resources.Count(r => r.Kind == kind);

    public static PlanDiff Compute(PlanSnapshot @base, PlanSnapshot head)
    {
        var baseByUrn = @base.Resources.GroupBy(r => r.Urn, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var headByUrn = head.Resources.GroupBy(r => r.Urn, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var decided = new Dictionary<string, ResourceChange>(StringComparer.Ordinal);

        ResourceChange Decide(PlanResource resource, ImmutableHashSet<string> path)
        {
            if (decided.TryGetValue(resource.Urn, out var known))
            {
                return known;
            }

            if (!baseByUrn.TryGetValue(resource.Urn, out var before))
            {
                return decided[resource.Urn] = new ResourceChange(ChangeKind.Create, resource, [], []);
            }

            var ignored = resource.Options.IgnoreChanges;
            var changes = Differences(before.Inputs, resource.Inputs, "")
                .Where(c => !ignored.Any(i => Covers(i, c.Path)))
                .ToList();

            // An input taken from a resource that is replaced, or from another resource than before, changes too.
            foreach (var (input, urns) in resource.PropertyDependencies)
            {
                if (changes.Any(c => PropertyPath.Root(c.Path) == input) || ignored.Any(i => Covers(i, input)))
                {
                    continue;
                }

                var previous = before.PropertyDependencies.GetValueOrDefault(input, []);
                var moved = !urns.Order(StringComparer.Ordinal).SequenceEqual(previous.Order(StringComparer.Ordinal), StringComparer.Ordinal);
                var replaced = urns.Where(u => !path.Contains(u) && headByUrn.TryGetValue(u, out var source)
                        && Decide(source, path.Add(resource.Urn)).Kind is ChangeKind.Replace or ChangeKind.Create)
                    .Select(u => headByUrn[u].Name)
                    .FirstOrDefault();
                if (replaced is not null || moved)
                {
                    resource.Inputs.TryGetPropertyValue(input, out var current);
                    var via = replaced is not null
                        ? $"{replaced} is replaced"
                        : $"now from {string.Join(", ", urns.Select(u => headByUrn.TryGetValue(u, out var r) ? r.Name : u))}";
                    changes.Add(new InputChange(input, before.Inputs[input]?.DeepClone(), current?.DeepClone(), via));
                }
            }

            var reasons = new List<string>();
            foreach (var change in changes)
            {
                if (ReplaceRules.Forcing(resource.Type, change.Path) is { } input)
                {
                    reasons.Add(ReplaceRules.ByType[resource.Type].Reason(input));
                }
                else if (resource.Options.ReplaceOnChanges.Any(r => r == "*" || Covers(r, change.Path)))
                {
                    reasons.Add($"{PropertyPath.Root(change.Path)} is in replaceOnChanges");
                }
            }

            var kind = changes.Count == 0 ? ChangeKind.Unchanged : reasons.Count > 0 ? ChangeKind.Replace : ChangeKind.Update;
            return decided[resource.Urn] = new ResourceChange(
                kind,
                resource,
                [.. changes.OrderBy(c => c.Path, StringComparer.Ordinal)],
                [.. reasons.Distinct(StringComparer.Ordinal)]);
        }

        var rows = new List<ResourceChange>();
        foreach (var resource in head.Resources)
        {
            rows.Add(Decide(resource, ImmutableHashSet.Create(StringComparer.Ordinal, resource.Urn)));
        }

        // A deleted resource is listed after the last row of its parent's subtree, so it stays under its parent.
        foreach (var gone in @base.Resources.Where(r => !headByUrn.ContainsKey(r.Urn)))
        {
            var deleted = new ResourceChange(ChangeKind.Delete, gone, [], []);
            var at = rows.FindLastIndex(r => r.Resource.Parent == gone.Parent || r.Resource.Urn == gone.Parent);
            rows.Insert(at < 0 ? rows.Count : at + 1, deleted);
        }

        return new PlanDiff(@base, head, [.. rows], [.. ReviewNotes.For(rows)]);
    }

    /// <summary>Every leaf that differs: objects by key, lists of one length item by item, other lists by the items gone and come.</summary>
    public static IEnumerable<InputChange> Differences(JsonNode? old, JsonNode? @new, string path)
    {
        if (JsonNode.DeepEquals(old, @new))
        {
            yield break;
        }

        if ((old is JsonObject || @new is JsonObject) && old is JsonObject or null && @new is JsonObject or null)
        {
            var before = old as JsonObject ?? [];
            var after = @new as JsonObject ?? [];
            foreach (var key in before.Select(p => p.Key).Union(after.Select(p => p.Key)).Order(StringComparer.Ordinal))
            {
                foreach (var change in Differences(before[key], after[key], path.Length == 0 ? key : $"{path}.{key}"))
                {
                    yield return change;
                }
            }

            yield break;
        }

        if (old is JsonArray oldList && @new is JsonArray newList)
        {
            if (oldList.Count == newList.Count)
            {
                for (var i = 0; i < oldList.Count; i++)
                {
                    foreach (var change in Differences(oldList[i], newList[i], $"{path}[{i}]"))
                    {
                        yield return change;
                    }
                }

                yield break;
            }

            var remaining = newList.ToList();
            for (var i = 0; i < oldList.Count; i++)
            {
                var match = remaining.FindIndex(n => JsonNode.DeepEquals(n, oldList[i]));
                if (match >= 0)
                {
                    remaining.RemoveAt(match);
                }
                else
                {
                    yield return new InputChange($"{path}[{i}]", oldList[i]?.DeepClone(), null);
                }
            }

            foreach (var added in remaining)
            {
                yield return new InputChange($"{path}[{newList.IndexOf(added)}]", null, added?.DeepClone());
            }

            yield break;
        }

        yield return new InputChange(path, old?.DeepClone(), @new?.DeepClone());
    }

    /// <summary>Whether an option's property path (<c>tags</c>, <c>computeConfig.kmsKeyId</c>) covers a diff path.</summary>
    private static bool Covers(string option, string path)
    {
        var bare = PropertyPath.WithoutBrackets(path);
        var wanted = PropertyPath.WithoutBrackets(option);
        return bare == wanted || bare.StartsWith(wanted + ".", StringComparison.Ordinal);
    }
}
