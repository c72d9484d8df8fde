namespace TidbDms.Provider.Component;

/// <summary>
/// Starter and Essential SQL user names carry the cluster's prefix: <c>&lt;prefix&gt;.&lt;name&gt;</c>
/// (e.g. <c>3pTAoNNegb47Uc8.dms</c>). One rule, so the validator and the preflight always agree.
/// </summary>
internal static class TidbUserName
{
    /// <summary>True when the name is text, a dot, text; <paramref name="prefix"/> is the part before the first dot.</summary>
    public static bool TryGetPrefix(string username, out string prefix)
    {
        var dot = username.IndexOf('.', StringComparison.Ordinal);
        var hasPrefix = dot > 0 && dot < username.Length - 1;
        prefix = hasPrefix ? username[..dot] : "";
        return hasPrefix;
    }
}
