using System.Text;

namespace TidbDms.SdkGenerator;

/// <summary>The case conversions the languages' conventions need, as Pulumi's generators apply them.</summary>
internal static class Names
{
    public static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    public static string Camel(string name) => char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary>
    /// camelCase or PascalCase to snake_case (<c>vpcId</c> → <c>vpc_id</c>, <c>HTTPServer</c> → <c>http_server</c>):
    /// a word starts at an upper-case letter after a lower-case one or a digit, and at the last capital of
    /// an acronym followed by a lower-case letter.
    /// </summary>
    public static string Snake(string name)
    {
        var result = new StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                var previous = name[i - 1];
                var nextIsLower = i + 1 < name.Length && char.IsLower(name[i + 1]);
                if (char.IsLower(previous) || char.IsDigit(previous) || (char.IsUpper(previous) && nextIsLower))
                {
                    result.Append('_');
                }
            }

            result.Append(c == '-' ? '_' : char.ToLowerInvariant(c));
        }

        return result.ToString();
    }

    /// <summary>An enum member name in Python's style: <c>VerifyCa</c> → <c>VERIFY_CA</c>, <c>full-load</c> → <c>FULL_LOAD</c>.</summary>
    public static string UpperSnake(string name) => Snake(name).ToUpperInvariant();

    /// <summary>A package name as Go and .NET title it: <c>tidb-dms</c> → <c>TidbDms</c>.</summary>
    public static string TitleParts(string name) =>
        string.Concat(name.Split('-').Select(Pascal));
}
