using System.Collections.Immutable;
using System.Globalization;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// Property paths as the engine parses them (<c>cluster.port</c>, <c>task.schemas[1]</c>,
/// <c>tags["team.name"]</c>), to find the value a provider's property error is about.
/// </summary>
internal static class PropertyPath
{
    /// <summary>The value at <paramref name="path"/> in <paramref name="inputs"/>, or null when the path is malformed or leads nowhere.</summary>
    public static PropertyValue? Get(ImmutableSortedDictionary<string, PropertyValue> inputs, string path)
    {
        if (!TryParse(path, out var segments) || segments.Count == 0)
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

    /// <summary>Splits a path into keys (strings) and indexes (ints).</summary>
    private static bool TryParse(string path, out List<object> segments)
    {
        segments = [];
        var i = 0;
        while (i < path.Length)
        {
            if (path[i] == '[')
            {
                var close = path.IndexOf(']', i);
                if (close < 0)
                {
                    return false;
                }

                var inside = path[(i + 1)..close];
                if (inside.Length >= 2 && inside[0] == '"' && inside[^1] == '"')
                {
                    segments.Add(inside[1..^1]);
                }
                else if (int.TryParse(inside, NumberStyles.None, CultureInfo.InvariantCulture, out var index))
                {
                    segments.Add(index);
                }
                else
                {
                    return false;
                }

                i = close + 1;
                if (i < path.Length && path[i] == '.')
                {
                    i++;
                }

                continue;
            }

            var end = path.IndexOfAny(['.', '['], i);
            if (end < 0)
            {
                end = path.Length;
            }

            if (end == i)
            {
                return false;
            }

            segments.Add(path[i..end]);
            i = end < path.Length && path[end] == '.' ? end + 1 : end;
        }

        return true;
    }
}
