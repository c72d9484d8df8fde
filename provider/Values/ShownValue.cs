using System.Collections.Immutable;

namespace TidbDms.Provider.Values;

/// <summary>
/// What a message may show of a value a user gave, whatever prints it (an input error, the engine's
/// "property … with value …" line, the preview's text, JSON or diagram). A user who misspells
/// <c>password</c> (<c>pasword</c>, <c>Password</c>) or its parent (<c>clustr</c>) still meant a
/// secret, and no schema marks it as one, so the rule looks at names and shapes, not at the schema:
/// <list type="bullet">
/// <item>a value under a key that looks like a secret's name (<see cref="IsSecretLikeName"/>) is <c>[secret]</c>;</item>
/// <item>a map is never echoed: its keys are shown, each value as <c>…</c> (a misspelt parent holds the password);</item>
/// <item>a list shows its scalar items (zone names, schemas), and any map in it as above.</item>
/// </list>
/// </summary>
internal static class ShownValue
{
    /// <summary>What a map's values are shown as.</summary>
    public const string Elided = "…";

    // Fragments of names people give secrets; matched on the lower-cased name without separators.
    private static readonly string[] SecretFragments =
        ["pass", "pwd", "secret", "token", "credential", "privatekey", "apikey", "accesskey", "auth", "pem"];

    // Whole names a typo of which is still a secret (edit distance at most 2).
    private static readonly string[] SecretNames = ["password", "passwd", "secret", "token"];

    /// <summary>The value as a message may show it, given the keys on its path (array indexes left out).</summary>
    public static PropertyValue? Of(IEnumerable<string> keys, PropertyValue? value)
    {
        if (value is null)
        {
            return null;
        }

        if (value.IsSecret || keys.Any(IsSecretLikeName))
        {
            return value.WithSecret();
        }

        return Elide(value);
    }

    /// <summary>The value as a message may show it, given a property path as written (<c>cluster.password</c>, <c>tags["a.b"]</c>, <c>task.schemas[1]</c>).</summary>
    public static PropertyValue? Of(string path, PropertyValue? value) => Of(KeysOf(path), value);

    /// <summary>
    /// The keys of a property path, split loosely on every <c>.</c>, <c>[</c>, <c>]</c> and <c>"</c>, even
    /// inside a quoted key and in a malformed path. Not <see cref="PropertyPath"/> on purpose: this only
    /// decides what to hide, so it errs on the safe side. <c>tags["a.pasword"]</c> and
    /// <c>cluster..pasword</c> must still yield <c>pasword</c>, which the typo check catches; as one name
    /// (<c>a.pasword</c>, the whole malformed path) they would not be.
    /// </summary>
    private static IEnumerable<string> KeysOf(string path) =>
        path.Split(['.', '[', ']', '"'], StringSplitOptions.RemoveEmptyEntries).Where(k => !k.All(char.IsAsciiDigit));


    /// <summary>
    /// True when a key looks like the name of a secret: it contains a fragment such names have
    /// (<c>pass</c>, <c>pwd</c>, <c>secret</c>, <c>token</c>, …), or is a near typo of one (<c>pasword</c>, <c>scret</c>).
    /// </summary>
    public static bool IsSecretLikeName(string key)
    {
        var name = new string([.. key.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant)]);
        return SecretFragments.Any(f => name.Contains(f, StringComparison.Ordinal))
            || SecretNames.Any(s => EditDistanceAtMost(name, s, 2));
    }

    private static PropertyValue Elide(PropertyValue value)
    {
        if (value.TryGetObject(out var entries))
        {
            var keys = entries.Keys.ToImmutableSortedDictionary(k => k, _ => PropertyValue.String(Elided), StringComparer.Ordinal);
            return PropertyValue.Object(keys);
        }

        if (value.TryGetArray(out var items))
        {
            return PropertyValue.Array([.. items.Select(i => i.IsSecret ? i : Elide(i))]);
        }

        return value;
    }

    private static bool EditDistanceAtMost(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return false;
        }

        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length] <= limit;
    }
}
