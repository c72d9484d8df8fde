using System.Globalization;
using System.Text.RegularExpressions;

namespace TidbDms.Provider.Preflight;

/// <summary>
/// The TiDB release inside a <c>VERSION()</c> string: TiDB reports itself as MySQL 8.0.11 and appends
/// its own version, e.g. <c>8.0.11-TiDB-v7.5.1</c> or <c>8.0.11-TiDB-v8.5.3-serverless</c>.
/// </summary>
internal static partial class TidbVersion
{
    [GeneratedRegex(@"-TiDB-v(?<major>\d+)\.(?<minor>\d+)\.(?<patch>\d+)", RegexOptions.CultureInvariant)]
    private static partial Regex TidbSuffix();

    /// <summary>The TiDB version, or null when the server is not TiDB.</summary>
    public static Version? Parse(string serverVersion)
    {
        var match = TidbSuffix().Match(serverVersion);
        return match.Success
            ? new Version(
                int.Parse(match.Groups["major"].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["minor"].Value, CultureInfo.InvariantCulture),
                int.Parse(match.Groups["patch"].Value, CultureInfo.InvariantCulture))
            : null;
    }
}
