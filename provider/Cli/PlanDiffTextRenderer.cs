namespace TidbDms.Provider.Cli;

/// <summary>
/// A diff as <c>pulumi preview --diff</c> shows one: the tree with every resource's plan (create
/// <c>+</c>, update <c>~</c>, replace <c>+-</c>, delete <c>-</c>, unchanged blank), then each
/// changed resource with its changed inputs (secrets as <c>[secret]</c>, values not known before
/// the update as <c>[unknown]</c>) and why it is replaced, the review notes, and the counts.
/// </summary>
internal static class PlanDiffTextRenderer
{
    private const string Indent = "    ";

    public static void Render(PreviewResult result, PlanDiff diff, string baseName, TextWriter output)
    {
        output.WriteLine($"Previewing update ({result.Stack}) of {result.Project} against {baseName}, offline: nothing is sent to AWS or to a Pulumi engine.");
        output.WriteLine();
        WritePlan(diff, output);
        PreviewTextRenderer.WriteDiagnostics(result, output);
    }

    /// <summary>The tree, the changes, the review notes and the counts (what a PR comment's full plan holds).</summary>
    public static void WritePlan(PlanDiff diff, TextWriter output)
    {
        WriteTree(diff, output);
        var changed = diff.Resources.Where(r => r.Kind is ChangeKind.Update or ChangeKind.Replace).ToList();
        if (changed.Count > 0)
        {
            output.WriteLine();
            output.WriteLine("Changes:");
            foreach (var row in changed)
            {
                output.WriteLine($"{Indent}{Symbol(row.Kind)} {row.Resource.Type} ({row.Resource.Name}): {Label(row)}");
                foreach (var change in row.Changes)
                {
                    output.WriteLine($"{Indent}{Indent}{Describe(change)}");
                }

                foreach (var reason in row.ReplaceReasons)
                {
                    output.WriteLine($"{Indent}{Indent}replaced because {reason}");
                }
            }
        }

        if (!diff.Notes.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("Review:");
            foreach (var note in diff.Notes)
            {
                output.WriteLine($"{Indent}! {note.Replace("`", "", StringComparison.Ordinal)}");
            }
        }

        output.WriteLine();
        output.WriteLine("Resources:");
        foreach (var (kind, text) in Counts(diff))
        {
            output.WriteLine($"{Indent}{(kind == ChangeKind.Unchanged ? "" : Symbol(kind) + " ")}{text}");
        }
    }

    /// <summary>Every count that is not zero, as <c>pulumi preview</c> lists them ("no changes" when nothing changes).</summary>
    public static IEnumerable<(ChangeKind Kind, string Text)> Counts(PlanDiff diff)
    {
        var any = false;
        foreach (var (kind, verb) in new[]
                 {
                     (ChangeKind.Create, "to create"), (ChangeKind.Update, "to update"), (ChangeKind.Replace, "to replace"),
                     (ChangeKind.Delete, "to delete"), (ChangeKind.Unchanged, "unchanged"),
                 })
        {
            var count = diff.Count(kind);
            if (count > 0)
            {
                any = true;
                yield return (kind, $"{count} {verb}");
            }
        }

        if (!any)
        {
            yield return (ChangeKind.Unchanged, "no resources");
        }
    }

    public static string Symbol(ChangeKind kind) => kind switch
    {
        ChangeKind.Create => "+",
        ChangeKind.Update => "~",
        ChangeKind.Replace => "+-",
        ChangeKind.Delete => "-",
        _ => " ",
    };

    /// <summary>The plan column: the verb, and for a replacement made delete-first, that.</summary>
    public static string Label(ResourceChange row) => row.Kind switch
    {
        ChangeKind.Create => "create",
        ChangeKind.Update => "update",
        ChangeKind.Replace => row.DeleteFirst ? "replace (delete first)" : "replace",
        ChangeKind.Delete => "delete",
        _ => "unchanged",
    };

    /// <summary>One changed input: <c>~ path: old => new</c>, <c>+ path: new</c> or <c>- path: old</c>.</summary>
    public static string Describe(InputChange change)
    {
        if (change.Via is not null)
        {
            return $"~ {change.Path}: {ReviewNotes.Show(change.New ?? change.Old)}, changes ({change.Via})";
        }

        return (change.Old, change.New) switch
        {
            (null, { } added) => $"+ {change.Path}: {ReviewNotes.Show(added)}",
            ({ } removed, null) => $"- {change.Path}: {ReviewNotes.Show(removed)}",
            _ => $"~ {change.Path}: {ReviewNotes.Show(change.Old)} => {ReviewNotes.Show(change.New)}",
        };
    }

    private static void WriteTree(PlanDiff diff, TextWriter output)
    {
        var rows = diff.Resources;
        var urns = rows.Select(r => r.Resource.Urn).ToHashSet(StringComparer.Ordinal);
        var childrenOf = rows.ToLookup(r => r.Resource.Parent is { } parent && urns.Contains(parent) ? parent : "", StringComparer.Ordinal);
        var lines = new List<(ResourceChange Row, string Type)>();
        void Add(string parent, string indent, bool top)
        {
            var children = childrenOf[parent].ToList();
            for (var i = 0; i < children.Count; i++)
            {
                var last = i == children.Count - 1;
                lines.Add((children[i], top ? children[i].Resource.Type : indent + (last ? "└─ " : "├─ ") + children[i].Resource.Type));
                Add(children[i].Resource.Urn, top ? "" : indent + (last ? "   " : "│  "), false);
            }
        }

        Add("", "", true);
        if (lines.Count == 0)
        {
            output.WriteLine($"{Indent}(no resources in either plan)");
            return;
        }

        var typeWidth = lines.Max(l => l.Type.Length);
        var nameWidth = lines.Max(l => l.Row.Resource.Name.Length);
        output.WriteLine($"     {"Type".PadRight(typeWidth)}  {"Name".PadRight(nameWidth)}  Plan");
        foreach (var (row, type) in lines)
        {
            output.WriteLine($" {Symbol(row.Kind),-2}  {type.PadRight(typeWidth)}  {row.Resource.Name.PadRight(nameWidth)}  {Label(row)}".TrimEnd());
        }
    }
}
