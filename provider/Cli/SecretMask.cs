using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Cli;

/// <summary>
/// Hides the secrets a preview knows of (secret config values, and every string held in a secret
/// that a program registered) wherever they show up in text the program wrote itself: its console
/// output and its log messages. Those lines are the program's, not ours, so nothing else stops a
/// <c>console.log(password)</c> or an exception that quotes a secret from being printed.
/// </summary>
internal sealed class SecretMask
{
    /// <summary>Shorter secrets are left alone: masking every "1" or "on" would garble the output and hide nothing.</summary>
    private const int MinimumLength = 4;

    private const string Mask = "[secret]";

    // Longest first, so a secret that contains another is masked whole.
    private readonly ImmutableArray<string> _secrets;

    private SecretMask(IEnumerable<string> secrets) =>
        _secrets = [.. secrets.Where(s => s.Length >= MinimumLength).Distinct(StringComparer.Ordinal).OrderByDescending(s => s.Length)];

    /// <summary>The strings held in secrets anywhere in <paramref name="values"/> (a value inside a secret object or list counts).</summary>
    public static SecretMask From(IEnumerable<PropertyValue> values) => new(values.SelectMany(v => SecretStrings(v, insideSecret: false)));

    public string Apply(string text)
    {
        foreach (var secret in _secrets)
        {
            text = text.Replace(secret, Mask, StringComparison.Ordinal);
        }

        return text;
    }

    private static IEnumerable<string> SecretStrings(PropertyValue value, bool insideSecret)
    {
        var secret = insideSecret || value.IsSecret;
        if (value.TryGetString(out var text))
        {
            return secret ? [text] : [];
        }

        if (value.TryGetArray(out var items))
        {
            return items.SelectMany(i => SecretStrings(i, secret));
        }

        return value.TryGetObject(out var entries) ? entries.Values.SelectMany(e => SecretStrings(e, secret)) : [];
    }
}
