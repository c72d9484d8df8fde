using System.Globalization;
using System.Text.RegularExpressions;

namespace TidbDms.Provider.Component;

/// <summary>
/// Property paths as the engine and users write them: <c>cluster.host</c>, <c>task.schemas[1]</c>,
/// <c>tags["aws:env"]</c>. Errors carry these, and they sort in contract order.
/// </summary>
internal static partial class InputPath
{
    [GeneratedRegex(@"^[A-Za-z_][A-Za-z0-9_]*$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainKey();

    public static string Child(string? parent, string name) => parent is null ? name : $"{parent}.{name}";

    public static string Element(string list, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"{list}[{index}]");

    /// <summary>A property or map entry: dotted when the key is an identifier, else quoted in brackets.</summary>
    public static string Key(string? parent, string key)
    {
        if (PlainKey().IsMatch(key))
        {
            return Child(parent, key);
        }

        var quoted = key.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
        return $"{parent}[\"{quoted}\"]";
    }

    /// <summary>
    /// Where an error on <paramref name="path"/> sorts: the position in <see cref="ContractInputs.All"/>
    /// of the longest contract path it starts with (so <c>cluster.hots</c> sorts with <c>cluster</c>,
    /// <c>task.schemas[1]</c> with <c>task.schemas</c>); -1 for a name outside the contract.
    /// </summary>
    public static int Order(string path)
    {
        var best = -1;
        var bestLength = 0;
        for (var i = 0; i < ContractInputs.All.Length; i++)
        {
            var candidate = ContractInputs.All[i].Path;
            if (candidate.Length > bestLength && IsWithin(path, candidate))
            {
                best = i;
                bestLength = candidate.Length;
            }
        }

        return best;
    }

    private static bool IsWithin(string path, string candidate) =>
        path.StartsWith(candidate, StringComparison.Ordinal)
        && (path.Length == candidate.Length || path[candidate.Length] is '.' or '[');
}
