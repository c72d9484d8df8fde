using System.Globalization;

namespace TidbDms.Provider.Component;

/// <summary>
/// What AWS accepts in the names and tags the component sends, checked before anything is created
/// (AWS would refuse them only at <c>pulumi up</c>, half-way through):
/// <list type="bullet">
/// <item>tag keys and values: Unicode letters, digits, white space and <c>_ . : / = + - @</c>; keys at most
/// 128 characters, values at most 256 (the EC2, IAM and DMS tagging rules);</item>
/// <item>the component's name: it becomes the <c>Name</c> tag of every child (<c>&lt;name&gt;-vpc</c>, …), so the tag
/// value rule applies to it, with room for the longest child suffix.</item>
/// </list>
/// DMS identifiers need no check: they are derived from the name (letters, digits and single hyphens,
/// starting with a letter, at most 63 characters).
/// </summary>
internal static class AwsNamingRules
{
    public const int MaxTagKeyLength = 128;
    public const int MaxTagValueLength = 256;

    /// <summary>The longest suffix a child's name adds to the component's name (<c>-replication-instance</c>, with room to spare).</summary>
    public const int LongestChildSuffix = 40;

    public const string AllowedCharacters = "letters, digits, spaces and _ . : / = + - @";

    /// <summary>The first character AWS refuses in a tag key or value, or null when all are accepted.</summary>
    public static string? RefusedCharacter(string text)
    {
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(text, i);
            var c = text[i];
            var accepted = char.IsLetter(text, i) || char.IsDigit(text, i) || char.IsWhiteSpace(c)
                || category is UnicodeCategory.LetterNumber or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark
                || "_.:/=+-@".Contains(c, StringComparison.Ordinal);
            if (!accepted)
            {
                var length = char.IsSurrogatePair(text, i) ? 2 : 1;
                return $"'{text.Substring(i, length)}' (U+{char.ConvertToUtf32(text, i):X4})";
            }
        }

        return null;
    }

    /// <summary>The errors of a component name that AWS would refuse in its children's <c>Name</c> tags.</summary>
    public static IEnumerable<InputError> CheckComponentName(string name)
    {
        if (RefusedCharacter(name) is { } refused)
        {
            yield return new InputError(
                "name",
                name,
                $"holds {refused}, which AWS refuses in tag values: the name becomes the Name tag of every child (tag values take {AllowedCharacters})",
                "Rename the component with those characters only");
        }

        if (name.Length + LongestChildSuffix > MaxTagValueLength)
        {
            yield return new InputError(
                "name",
                null,
                $"is {name.Length} characters long: with a child's suffix it exceeds the {MaxTagValueLength} characters AWS allows in a tag value",
                $"Use a name of at most {MaxTagValueLength - LongestChildSuffix} characters");
        }
    }
}
