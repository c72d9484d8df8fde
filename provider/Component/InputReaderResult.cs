using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Component;

/// <summary>
/// What <see cref="InputReader"/> hands to <see cref="InputValidator"/>: args that are always complete
/// (a field that failed holds its default, or is unknown), the structural errors, and what the
/// rules need to avoid cascades and to tell "given" from "defaulted".
/// </summary>
/// <param name="Failed">Paths whose value was refused; rules involving them (or their children) are skipped.</param>
/// <param name="Given">Every path the user gave a non-null value for (unknown included), as received,
/// with the secret flag of its containers applied so that rendering it never shows a secret.</param>
internal sealed record InputReaderResult(
    TidbDmsMigrationArgs Args,
    ImmutableArray<InputError> Errors,
    ImmutableHashSet<string> Failed,
    ImmutableDictionary<string, PropertyValue> Given)
{
    /// <summary>True when <paramref name="path"/> or one of its containers failed.</summary>
    public bool HasFailed(string path)
    {
        for (var current = path; ; current = current[..current.LastIndexOf('.')])
        {
            if (Failed.Contains(current))
            {
                return true;
            }

            if (!current.Contains('.', StringComparison.Ordinal))
            {
                return false;
            }
        }
    }

    public bool IsGiven(string path) => Given.ContainsKey(path);

    /// <summary>The value as received, safe for a message (<c>[secret]</c>, <c>[unknown]</c>); null when not given.</summary>
    public string? Render(string path) => Given.TryGetValue(path, out var value) ? value.ToString() : null;
}
