using System.Collections.Immutable;
using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using TidbDms.Provider.Component;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Cli;

/// <summary>
/// The human form of a preview, shaped like <c>pulumi preview</c>: the tree of resources to create
/// (stack, components, their children), the count, the components' outputs, the program's
/// outputs, what was not previewed, and the diagnostics, each under the resource it is about (the
/// program's own under the stack), as the engine shows them.
/// </summary>
internal static class PreviewTextRenderer
{
    private const string Indent = "    ";

    public static void Render(PreviewResult result, TextWriter output)
    {
        output.WriteLine($"Previewing update ({result.Stack}) of {result.Project}, offline: nothing is sent to AWS or to a Pulumi engine.");
        output.WriteLine();
        WriteTree(result, output);
        output.WriteLine();
        output.WriteLine("Resources:");
        output.WriteLine($"{Indent}+ {result.ToCreate} to create");

        foreach (var component in result.Components)
        {
            output.WriteLine();
            output.WriteLine($"Outputs of {component.Component.Name} ({component.Component.Type}):");
            WriteValues(
                output,
                [.. component.Outputs.Select(kv => (kv.Key, kv.Value, IsListOutput(kv.Key)))]);
        }

        if (!result.Outputs.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("Stack outputs:");
            WriteValues(output, [.. result.Outputs.OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => (o.Name, o.Value, o.IsList))]);
        }

        if (!result.NotPreviewed.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine(
                $"Not previewed (preview evaluates {Tokens.TidbDmsMigration} resources only; not counted above): "
                + string.Join(", ", result.NotPreviewed.Select(r => $"{r.Name} ({r.Type})")));
        }

        if (!result.Assumptions.IsEmpty)
        {
            output.WriteLine();
            output.WriteLine("Assumed, not known offline:");
            foreach (var assumption in result.Assumptions)
            {
                output.WriteLine($"{Indent}- {assumption}");
            }
        }

        WriteDiagnostics(result, output);
    }

    /// <summary>
    /// <c>Diagnostics:</c>, then per resource <c>type (name):</c> and its messages: a message a
    /// provider logged against a resource under that resource; the program's own (with their
    /// <c>file:line</c>) and what it printed under the stack, its output first and unprefixed.
    /// </summary>
    internal static void WriteDiagnostics(PreviewResult result, TextWriter output)
    {
        if (result.Warnings.IsEmpty && result.Console.IsEmpty)
        {
            return;
        }

        var groups = new List<(string Heading, List<string> Lines)>();
        void Add(string heading, string line)
        {
            var group = groups.FirstOrDefault(g => g.Heading == heading);
            if (group.Lines is null)
            {
                group = (heading, []);
                groups.Add(group);
            }

            group.Lines.Add(line);
        }

        var stack = $"{ResourceUrn.StackType} ({result.StackName})";
        foreach (var line in result.Console)
        {
            Add(stack, line);
        }

        foreach (var warning in result.Warnings.Where(w => w.Urn is null))
        {
            Add(stack, "warning: " + string.Join(": ", new[] { warning.Location, warning.Message }.Where(p => !string.IsNullOrEmpty(p))));
        }

        // Resources in the order of the tree above.
        var order = result.Components.SelectMany(c => c.Children.Prepend(c.Component)).Select(r => r.Urn).ToList();
        foreach (var warning in result.Warnings.Where(w => w.Urn is not null).OrderBy(w => order.IndexOf(w.Urn!) is var i and >= 0 ? i : int.MaxValue))
        {
            Add(Heading(warning.Urn!), "warning: " + warning.Message);
        }

        output.WriteLine();
        output.WriteLine("Diagnostics:");
        for (var i = 0; i < groups.Count; i++)
        {
            if (i > 0)
            {
                output.WriteLine();
            }

            output.WriteLine($"  {groups[i].Heading}:");
            foreach (var line in groups[i].Lines)
            {
                output.WriteLine($"    {line}");
            }
        }
    }

    /// <summary><c>type (name)</c> of the resource a URN names.</summary>
    private static string Heading(string urn)
    {
        var parts = urn.Split("::", 4);
        if (parts.Length != 4)
        {
            return urn;
        }

        return $"{parts[2][(parts[2].LastIndexOf('$') + 1)..]} ({parts[3]})";
    }

    private static bool IsListOutput(string name) =>
        ContractOutputs.All.Any(o => o.IsList && string.Equals(o.Name, name, StringComparison.Ordinal));

    private static void WriteTree(PreviewResult result, TextWriter output)
    {
        var registrations = result.Components.SelectMany(c => new[] { c.Component }.Concat(c.Children)).ToList();
        var known = registrations.Select(r => r.Urn).Append(result.StackUrn).ToHashSet(StringComparer.Ordinal);
        // A registration whose parent is not in the preview hangs under the stack, as the engine shows it.
        var childrenOf = registrations
            .GroupBy(r => known.Contains(r.Parent) ? r.Parent : result.StackUrn, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        var rows = new List<(string Type, string Name)> { (ResourceUrn.StackType, result.StackName) };
        AddRows(result.StackUrn, "");

        var typeWidth = rows.Max(r => r.Type.Length);
        var nameWidth = rows.Max(r => r.Name.Length);
        output.WriteLine($"     {"Type".PadRight(typeWidth)}  {"Name".PadRight(nameWidth)}  Plan");
        foreach (var (type, name) in rows)
        {
            output.WriteLine($" +   {type.PadRight(typeWidth)}  {name.PadRight(nameWidth)}  create");
        }

        void AddRows(string parentUrn, string indent)
        {
            if (!childrenOf.TryGetValue(parentUrn, out var children))
            {
                return;
            }

            for (var i = 0; i < children.Count; i++)
            {
                var last = i == children.Count - 1;
                rows.Add((indent + (last ? "└─ " : "├─ ") + children[i].Type, children[i].Name));
                AddRows(children[i].Urn, indent + (last ? "   " : "│  "));
            }
        }
    }

    /// <summary>Named values with their names padded so the colons line up, as <c>pulumi preview</c> prints outputs.</summary>
    private static void WriteValues(TextWriter output, ImmutableArray<(string Name, PropertyValue Value, bool IsList)> values)
    {
        var width = values.IsEmpty ? 0 : values.Max(v => v.Name.Length);
        foreach (var (name, value, isList) in values)
        {
            WriteValue(output, Indent, name.PadRight(width), value, isList);
        }
    }

    private static void WriteValue(TextWriter output, string indent, string label, PropertyValue value, bool isList)
    {
        if (!value.IsSecret && value.TryGetArray(out var items) && !items.IsEmpty)
        {
            output.WriteLine($"{indent}{label}: [");
            for (var i = 0; i < items.Length; i++)
            {
                WriteValue(output, indent + Indent, $"[{i}]", items[i], isList: false);
            }

            output.WriteLine($"{indent}]");
            return;
        }

        if (!value.IsSecret && value.TryGetObject(out var entries) && !entries.IsEmpty)
        {
            output.WriteLine($"{indent}{label}: {{");
            var width = entries.Keys.Max(k => k.Length);
            foreach (var (key, entry) in entries)
            {
                WriteValue(output, indent + Indent, key.PadRight(width), entry, isList: false);
            }

            output.WriteLine($"{indent}}}");
            return;
        }

        output.WriteLine($"{indent}{label}: {Scalar(value, isList)}");
    }

    /// <summary>A value on one line: secrets as <c>[secret]</c>, unknowns as <c>output&lt;type&gt;</c>, strings quoted.</summary>
    public static string Scalar(PropertyValue value, bool isList = false)
    {
        if (value.IsSecret)
        {
            return "[secret]";
        }

        return value.Kind switch
        {
            PropertyValueKind.Computed => isList ? "output<array>" : "output<string>",
            PropertyValueKind.String => $"\"{JsonEncodedText.Encode(value.AsString, JavaScriptEncoder.UnsafeRelaxedJsonEscaping)}\"",
            PropertyValueKind.Number when value.TryGetNumber(out var n) => n.ToString("R", CultureInfo.InvariantCulture),
            PropertyValueKind.Bool when value.TryGetBool(out var b) => b ? "true" : "false",
            PropertyValueKind.Array => "[]",
            PropertyValueKind.Object => "{}",
            _ => value.ToString(),
        };
    }
}
