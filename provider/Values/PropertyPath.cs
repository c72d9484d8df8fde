using System.Collections.Immutable;
using System.Globalization;

namespace TidbDms.Provider.Values;

/// <summary>
/// The one parser of property paths, as the engine and Pulumi YAML write them: names joined by
/// dots, indexes and quoted keys in brackets (<c>cluster.port</c>, <c>task.schemas[1]</c>,
/// <c>tags["team.name"]</c>; <c>\"</c> and <c>\\</c> escape inside quotes, as
/// <c>Component.InputPath</c> writes them). Used to find the value a provider's property error is
/// about, the line of a program an input is on, and the accessors of a YAML <c>${…}</c> expression.
/// </summary>
internal static class PropertyPath
{
    /// <summary>
    /// Splits <paramref name="path"/> into its segments: a <see cref="string"/> for a name or a quoted
    /// key, an <see cref="int"/> for an index. On failure, <paramref name="problem"/> says what is
    /// wrong, as a phrase to follow the path: <c>has an empty property name</c>.
    /// </summary>
    public static bool TryParse(string path, out ImmutableArray<object> segments, out string? problem)
    {
        var parsed = ImmutableArray.CreateBuilder<object>();
        segments = [];
        problem = null;
        var i = 0;
        var expectName = true;
        while (i < path.Length)
        {
            if (path[i] == '[')
            {
                if (!TryParseBracket(path, ref i, parsed, out problem))
                {
                    return false;
                }

                expectName = false;
                continue;
            }

            if (path[i] == '.')
            {
                if (expectName)
                {
                    problem = "has an empty property name";
                    return false;
                }

                i++;
                expectName = true;
                continue;
            }

            if (!expectName)
            {
                problem = $"has '{path[i..]}' right after a ']': a '.' or '[' must come first";
                return false;
            }

            var end = path.IndexOfAny(['.', '['], i);
            end = end < 0 ? path.Length : end;
            parsed.Add(path[i..end]);
            i = end;
            expectName = false;
        }

        if (expectName)
        {
            problem = "has an empty property name";
            return false;
        }

        segments = parsed.ToImmutable();
        return true;
    }

    /// <summary>The first name of a path: <c>cluster</c> for <c>cluster.port</c>, <c>tags</c> for <c>tags["a"]</c>.</summary>
    public static string Root(string path)
    {
        var end = path.IndexOfAny(['.', '[']);
        return end < 0 ? path : path[..end];
    }

    /// <summary>
    /// The path without its brackets: <c>a[1].b</c> as <c>a.b</c>, <c>tags["x.y"]</c> as <c>tags</c>.
    /// A bracket inside a quoted key is part of the key.
    /// </summary>
    public static string WithoutBrackets(string path)
    {
        var bare = new System.Text.StringBuilder(path.Length);
        var depth = 0;
        var quoted = false;
        for (var i = 0; i < path.Length; i++)
        {
            var c = path[i];
            if (quoted)
            {
                if (c == '\\')
                {
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
            }
            else if (depth > 0 && c == '"')
            {
                quoted = true;
            }
            else if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth--;
            }
            else if (depth == 0)
            {
                bare.Append(c);
            }
        }

        return bare.ToString();
    }

    /// <summary>The value at <paramref name="path"/> in <paramref name="inputs"/>, or null when the path is malformed or leads nowhere.</summary>
    public static PropertyValue? Get(ImmutableSortedDictionary<string, PropertyValue> inputs, string path)
    {
        if (!TryParse(path, out var segments, out _))
        {
            return null;
        }

        PropertyValue current = PropertyValue.Object(inputs);
        foreach (var segment in segments)
        {
            PropertyValue? next = segment switch
            {
                string key when current.TryGetObject(out var properties) => properties.GetValueOrDefault(key),
                int index when current.TryGetArray(out var items) => index < items.Length ? items[index] : null,
                _ => null,
            };
            if (next is null)
            {
                return null;
            }

            current = next;
        }

        return current;
    }

    /// <summary>Reads <c>[0]</c> or <c>["key"]</c> at <paramref name="i"/> and moves past it.</summary>
    private static bool TryParseBracket(string path, ref int i, ImmutableArray<object>.Builder segments, out string? problem)
    {
        problem = null;
        if (i + 1 < path.Length && path[i + 1] == '"')
        {
            var key = new System.Text.StringBuilder();
            var j = i + 2;
            while (j < path.Length && path[j] != '"')
            {
                if (path[j] == '\\' && j + 1 < path.Length)
                {
                    j++;
                }

                key.Append(path[j++]);
            }

            if (j + 1 >= path.Length || path[j + 1] != ']')
            {
                problem = "has a '[' without its ']'";
                return false;
            }

            segments.Add(key.ToString());
            i = j + 2;
            return true;
        }

        var close = path.IndexOf(']', i);
        if (close < 0)
        {
            problem = "has a '[' without its ']'";
            return false;
        }

        var inside = path[(i + 1)..close];
        if (!int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
        {
            problem = $"has '[{inside}]', which is neither an index nor a quoted property name";
            return false;
        }

        segments.Add(index);
        i = close + 1;
        return true;
    }
}
