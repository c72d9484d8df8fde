using System.Collections.Immutable;
using System.Text;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Cli;

/// <summary>
/// A string of a Pulumi YAML program split into text and <c>${...}</c> expressions, as pulumi-yaml
/// reads it: <c>$${</c> is a literal <c>${</c>; an expression is a root name (a config key such as
/// <c>tidbHost</c> or <c>aws:region</c>, a resource, a variable, or <c>pulumi</c>) followed by
/// property accessors <c>.name</c>, <c>["name"]</c> and indexes <c>[0]</c>.
/// </summary>
internal sealed record Interpolation(ImmutableArray<Interpolation.Part> Parts)
{
    internal abstract record Part;

    internal sealed record Text(string Value) : Part;

    /// <param name="Source">The expression as written, without <c>${</c> and <c>}</c>.</param>
    internal sealed record Expression(string Source, string Root, ImmutableArray<Accessor> Accessors) : Part;

    internal abstract record Accessor;

    internal sealed record Property(string Name) : Accessor;

    internal sealed record Index(int Value) : Accessor;

    /// <summary>The one expression when the whole string is exactly <c>${...}</c>: its value keeps its type.</summary>
    public Expression? Whole => Parts is [Expression e] ? e : null;

    public bool HasExpressions => Parts.Any(p => p is Expression);

    public static bool TryParse(string text, out Interpolation interpolation, out string? problem)
    {
        var parts = ImmutableArray.CreateBuilder<Part>();
        var literal = new StringBuilder();
        problem = null;
        var i = 0;
        while (i < text.Length)
        {
            if (text.AsSpan(i).StartsWith("$${", StringComparison.Ordinal))
            {
                literal.Append("${");
                i += 3;
                continue;
            }

            if (!text.AsSpan(i).StartsWith("${", StringComparison.Ordinal))
            {
                literal.Append(text[i++]);
                continue;
            }

            var end = FindClose(text, i + 2);
            if (end < 0)
            {
                // The text is not echoed: it may be a password that happens to hold "${".
                problem = $"the '${{' at character {i + 1} has no closing '}}'";
                interpolation = new([]);
                return false;
            }

            if (literal.Length > 0)
            {
                parts.Add(new Text(literal.ToString()));
                literal.Clear();
            }

            var source = text[(i + 2)..end];
            if (!TryParseExpression(source, out var expression, out problem))
            {
                interpolation = new([]);
                return false;
            }

            parts.Add(expression);
            i = end + 1;
        }

        if (literal.Length > 0)
        {
            parts.Add(new Text(literal.ToString()));
        }

        interpolation = new(parts.ToImmutable());
        return true;
    }

    /// <summary>The index of the <c>}</c> closing an expression, skipping quoted property names.</summary>
    private static int FindClose(string text, int start)
    {
        var quoted = false;
        for (var i = start; i < text.Length; i++)
        {
            if (text[i] == '"')
            {
                quoted = !quoted;
            }
            else if (text[i] == '}' && !quoted)
            {
                return i;
            }
        }

        return -1;
    }

    /// <summary>The root name, then the accessors as <see cref="PropertyPath"/> reads them.</summary>
    private static bool TryParseExpression(string source, out Expression expression, out string? problem)
    {
        expression = new Expression(source, "", []);
        if (PropertyPath.Root(source).Trim().Length == 0)
        {
            problem = $"'${{{source}}}' names nothing";
            return false;
        }

        if (!PropertyPath.TryParse(source.Trim(), out var segments, out var pathProblem))
        {
            problem = $"'${{{source}}}' {pathProblem}";
            return false;
        }

        var accessors = segments.Skip(1).Select(s => s is int index ? (Accessor)new Index(index) : new Property((string)s));
        expression = new Expression(source, ((string)segments[0]).Trim(), [.. accessors]);
        problem = null;
        return true;
    }
}
