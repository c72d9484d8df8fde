using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.NodePrograms;

/// <summary>
/// Finds a secret's text in recorded values with the secret flags read, not redacted: a match that no
/// secret wraps (the value itself or any value around it) is a leak.
/// </summary>
internal static class SecretScan
{
    /// <summary>Every path in <paramref name="properties"/> where a string holds <paramref name="secret"/> outside any secret.</summary>
    public static IEnumerable<string> PlainOccurrences(IReadOnlyDictionary<string, PropertyValue> properties, string secret, string where) =>
        properties.SelectMany(p => PlainOccurrences(p.Value, secret, $"{where}.{p.Key}"));

    private static IEnumerable<string> PlainOccurrences(PropertyValue value, string secret, string path)
    {
        if (value.IsSecret)
        {
            return [];
        }

        return value.Kind switch
        {
            PropertyValueKind.String when value.AsString.Contains(secret, StringComparison.Ordinal) => [path],
            PropertyValueKind.Array => value.AsArray.SelectMany((item, i) => PlainOccurrences(item, secret, $"{path}[{i}]")),
            PropertyValueKind.Object => value.AsObject.SelectMany(p => PlainOccurrences(p.Value, secret, $"{path}.{p.Key}")),
            _ => [],
        };
    }

    /// <summary>The value at a path of nested objects (its own secret flag removed), and whether it or a value around it is secret.</summary>
    public static (PropertyValue? Value, bool Secret) Reveal(ImmutableSortedDictionary<string, PropertyValue> properties, params string[] path)
    {
        PropertyValue current = PropertyValue.Object(properties);
        var secret = false;
        foreach (var key in path)
        {
            secret |= current.IsSecret;
            if (!current.TryGetObject(out var entries) || !entries.TryGetValue(key, out var next))
            {
                return (null, secret);
            }

            current = next;
        }

        return (current.WithSecret(false), secret || current.IsSecret);
    }
}
