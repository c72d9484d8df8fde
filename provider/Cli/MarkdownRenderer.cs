namespace TidbDms.Provider.Cli;

/// <summary>
/// A preview as a pull-request comment (GitHub-flavoured Markdown): a heading, the counts on one
/// line, the review notes as a warning, a table of the resources that change with their changed
/// inputs and reasons, the whole plan in a collapsed <c>&lt;details&gt;</c> section, and the
/// topology as a <c>```mermaid</c> block, which GitHub draws. Nothing in it is a secret: values
/// come from the same redacted form as <c>--json</c>.
/// </summary>
internal static class MarkdownRenderer
{
    /// <summary>The longest value a table cell shows (the full value is in the collapsed plan).</summary>
    public const int CellValueLength = 60;

    /// <param name="baseName">What the plan is compared with, as the heading names it (null: a new stack).</param>
    public static void Render(PreviewResult result, PlanDiff diff, string? baseName, TextWriter output)
    {
        output.WriteLine($"### Offline preview of `{result.Project}` (stack `{result.Stack}`){(baseName is null ? "" : $" against `{baseName}`")}");
        output.WriteLine();
        output.WriteLine("**" + string.Join(" · ", PlanDiffTextRenderer.Counts(diff).Select(c => c.Text)) + "**");
        if (!diff.Notes.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("> [!WARNING]");
            output.WriteLine("> **Review before merging:**");
            foreach (var note in diff.Notes)
            {
                output.WriteLine($"> - {Cell(note, int.MaxValue)}");
            }
        }

        var warnings = result.Warnings.Select(w => w.ToString()).ToList();
        if (warnings.Count > 0)
        {
            output.WriteLine();
            foreach (var warning in warnings)
            {
                output.WriteLine($"- warning: {Cell(warning, int.MaxValue)}");
            }
        }

        output.WriteLine();
        var changed = diff.Resources.Where(r => r.Kind != ChangeKind.Unchanged).ToList();
        if (changed.Count == 0)
        {
            output.WriteLine("No changes: every resource is as in the base.");
        }
        else
        {
            output.WriteLine("| Plan | Resource | Type | Changes |");
            output.WriteLine("|---|---|---|---|");
            foreach (var row in changed)
            {
                output.WriteLine($"| `{PlanDiffTextRenderer.Symbol(row.Kind)}` {PlanDiffTextRenderer.Label(row)} | `{row.Resource.Name}` | `{row.Resource.Type}` | {Changes(row)} |");
            }
        }

        output.WriteLine();
        output.WriteLine("<details>");
        output.WriteLine($"<summary>Full plan ({diff.Resources.Length} resources)</summary>");
        output.WriteLine();
        output.WriteLine("```");
        using (var plan = new StringWriter())
        {
            PlanDiffTextRenderer.WritePlan(diff, plan);
            output.Write(plan.ToString().ReplaceLineEndings("\n").Replace("```", "'''", StringComparison.Ordinal));
        }

        output.WriteLine("```");
        output.WriteLine();
        output.WriteLine("</details>");
        output.WriteLine();
        output.WriteLine("Topology (the network DMS uses to reach TiDB):");
        output.WriteLine();
        output.WriteLine("```mermaid");
        using (var mermaid = new StringWriter())
        {
            PreviewMermaidRenderer.Render(result, mermaid);
            output.Write(mermaid.ToString().ReplaceLineEndings("\n"));
        }

        output.WriteLine("```");
    }

    /// <summary>The changed inputs of a row, with the replacement's reasons; a create or delete needs none.</summary>
    private static string Changes(ResourceChange row)
    {
        if (row.Kind is ChangeKind.Create or ChangeKind.Delete)
        {
            return "";
        }

        var parts = row.Changes.Select(c => Cell(PlanDiffTextRenderer.Describe(c), CellValueLength))
            .Concat(row.ReplaceReasons.Select(r => $"**{Cell(r, int.MaxValue)}**"));
        return string.Join("<br>", parts);
    }

    /// <summary>Text safe in a table cell: pipes escaped, one line, long values cut.</summary>
    private static string Cell(string text, int length)
    {
        var line = text.ReplaceLineEndings(" ");
        if (line.Length > length)
        {
            line = line[..length] + "…";
        }

        return line.Replace("|", "\\|", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal);
    }
}
