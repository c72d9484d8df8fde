using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace TidbDms.Provider.Cli;

/// <summary>
/// Checks a program's YAML before it is loaded into a tree, with YamlDotNet's event parser (which
/// does not recurse), so that what would crash the loader or the evaluator is an error at its
/// <c>file:line:column</c> instead: a syntax error (a tab in the indentation is reported at the tab,
/// where YamlDotNet names the start of the enclosing mapping), nesting deeper than
/// <see cref="MaxDepth"/>, an alias inside the node it names (a cycle), and aliases that expand to
/// more than <see cref="MaxExpandedNodes"/> nodes (each alias is evaluated as a copy).
/// </summary>
internal static class YamlStructure
{
    /// <summary>How deep mappings and sequences may nest; a program's deepest value (a component's inputs) needs about 8.</summary>
    public const int MaxDepth = 64;

    /// <summary>How many nodes the program may hold once every alias is expanded.</summary>
    public const long MaxExpandedNodes = 100_000;

    /// <summary>The first structural problem, or null when the YAML can be loaded and evaluated.</summary>
    public static LocatedDiagnostic? Check(string source, string displayPath)
    {
        var open = new List<(string? Anchor, long Size)>();
        var sizes = new Dictionary<string, long>(StringComparer.Ordinal);
        long total = 0;
        var parser = new Parser(new StringReader(source));
        try
        {
            while (parser.MoveNext())
            {
                var current = parser.Current!;
                long size;
                switch (current)
                {
                    case SequenceStart or MappingStart:
                        if (open.Count >= MaxDepth)
                        {
                            return At(displayPath, current.Start, $"the YAML nests deeper than {MaxDepth} levels; a Pulumi program needs far fewer");
                        }

                        open.Add((Anchor((NodeEvent)current), 1));
                        continue;
                    case SequenceEnd or MappingEnd:
                        (var anchor, size) = open[^1];
                        open.RemoveAt(open.Count - 1);
                        if (anchor is not null)
                        {
                            sizes[anchor] = size;
                        }

                        break;
                    case Scalar scalar:
                        size = 1;
                        if (Anchor(scalar) is { } scalarAnchor)
                        {
                            sizes[scalarAnchor] = 1;
                        }

                        break;
                    case AnchorAlias alias:
                        if (open.Any(o => o.Anchor == alias.Value.Value))
                        {
                            return At(displayPath, current.Start, $"the alias *{alias.Value.Value} is inside the node &{alias.Value.Value} it refers to: the value would contain itself");
                        }

                        size = sizes.GetValueOrDefault(alias.Value.Value, 1);
                        break;
                    default:
                        continue;
                }

                if (open.Count > 0)
                {
                    open[^1] = (open[^1].Anchor, open[^1].Size + size);
                }
                else
                {
                    total += size;
                }

                if (total > MaxExpandedNodes || (open.Count > 0 && open[^1].Size > MaxExpandedNodes))
                {
                    return At(displayPath, current.Start, $"the YAML's aliases expand to more than {MaxExpandedNodes:N0} values");
                }
            }
        }
        catch (YamlException e)
        {
            return SyntaxError(e, source, displayPath);
        }

        return null;
    }

    /// <summary>A YamlDotNet syntax error at its line and column; a tab in the indentation at the tab itself.</summary>
    public static LocatedDiagnostic SyntaxError(YamlException error, string source, string displayPath)
    {
        if (error.Message.Contains("tab", StringComparison.OrdinalIgnoreCase) && FirstIndentingTab(source) is var (line, column))
        {
            return new LocatedDiagnostic($"{displayPath}:{line}:{column}", null, null, "not valid YAML: a tab in the indentation (YAML indents with spaces only)");
        }

        return At(displayPath, error.Start, $"not valid YAML: {error.Message}");
    }

    private static (int Line, int Column)? FirstIndentingTab(string source)
    {
        var lines = source.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indentation = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            var tab = lines[i].IndexOf('\t', StringComparison.Ordinal);
            if (tab >= 0 && tab < indentation)
            {
                return (i + 1, tab + 1);
            }
        }

        return null;
    }

    private static string? Anchor(NodeEvent node) => node.Anchor.IsEmpty ? null : node.Anchor.Value;

    private static LocatedDiagnostic At(string displayPath, Mark mark, string message) =>
        new($"{displayPath}:{mark.Line}:{mark.Column}", null, null, message);
}
