namespace TidbDms.Provider.Preflight;

/// <summary>How SQL accounts and identifiers are written in messages and in the GRANT statements a fix proposes.</summary>
internal static class Accounts
{
    /// <summary><c>user@host</c> (as <c>CURRENT_USER()</c> returns it) as <c>'user'@'host'</c>.</summary>
    public static string Quote(string account)
    {
        var at = account.LastIndexOf('@');
        return at < 0
            ? Literal(account)
            : $"{Literal(account[..at])}@{Literal(account[(at + 1)..])}";
    }

    /// <summary>A SQL string literal in single quotes.</summary>
    public static string Literal(string text) => $"'{text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "''", StringComparison.Ordinal)}'";

    /// <summary>A backquoted identifier.</summary>
    public static string Identifier(string name) => $"`{name.Replace("`", "``", StringComparison.Ordinal)}`";
}
