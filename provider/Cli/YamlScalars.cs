using System.Globalization;
using System.Text.RegularExpressions;
using TidbDms.Provider.Values;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TidbDms.Provider.Cli;

/// <summary>
/// YAML scalars as values, by the YAML 1.2 core schema (as pulumi-yaml reads them): an unquoted
/// <c>4000</c> is a number, <c>true</c> a boolean, <c>~</c> null; a quoted or block scalar is always
/// a string; an explicit tag (<c>!!str 4000</c>) decides.
/// </summary>
internal static partial class YamlScalars
{
    private const string TagPrefix = "tag:yaml.org,2002:";

    [GeneratedRegex(@"^[-+]?[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalInteger();

    [GeneratedRegex(@"^0o[0-7]+$", RegexOptions.CultureInvariant)]
    private static partial Regex OctalInteger();

    [GeneratedRegex(@"^0x[0-9a-fA-F]+$", RegexOptions.CultureInvariant)]
    private static partial Regex HexInteger();

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Float();

    /// <summary>True when the scalar is a string (so interpolation applies to it).</summary>
    public static bool IsString(YamlScalarNode node) => Resolve(node, out _) is null;

    /// <summary>The scalar's value when it is not a string; null when it is a string.</summary>
    /// <param name="problem">Set when an explicit tag does not fit the text (<c>!!int abc</c>).</param>
    public static PropertyValue? Resolve(YamlScalarNode node, out string? problem)
    {
        problem = null;
        var text = node.Value ?? "";
        var tag = node.Tag.IsEmpty ? null : node.Tag.Value;
        if (tag is not null && tag.StartsWith(TagPrefix, StringComparison.Ordinal))
        {
            var kind = tag[TagPrefix.Length..];
            if (kind == "str")
            {
                return null;
            }

            var tagged = Core(text);
            if (tagged is not null && (kind == TagKind(tagged) || (kind == "float" && tagged.Kind == PropertyValueKind.Number)))
            {
                return tagged;
            }

            // The text is not echoed: a secret's value may be what was mistagged.
            problem = $"the value is not a valid !!{kind}";
            return PropertyValue.Null;
        }

        return node.Style is ScalarStyle.Plain or ScalarStyle.Any && tag is null ? Core(text) : null;
    }

    private static string TagKind(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.Null => "null",
        PropertyValueKind.Bool => "bool",
        PropertyValueKind.Number when value.TryGetNumber(out var n) && double.IsInteger(n) => "int",
        PropertyValueKind.Number => "float",
        _ => "str",
    };

    /// <summary>The core schema's reading of a plain scalar; null when it is a string.</summary>
    private static PropertyValue? Core(string text)
    {
        switch (text)
        {
            case "" or "~" or "null" or "Null" or "NULL":
                return PropertyValue.Null;
            case "true" or "True" or "TRUE":
                return PropertyValue.Bool(true);
            case "false" or "False" or "FALSE":
                return PropertyValue.Bool(false);
            case ".inf" or ".Inf" or ".INF" or "+.inf" or "+.Inf" or "+.INF":
                return PropertyValue.Number(double.PositiveInfinity);
            case "-.inf" or "-.Inf" or "-.INF":
                return PropertyValue.Number(double.NegativeInfinity);
            case ".nan" or ".NaN" or ".NAN":
                return PropertyValue.Number(double.NaN);
        }

        if (DecimalInteger().IsMatch(text))
        {
            return PropertyValue.Number(double.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture));
        }

        if (OctalInteger().IsMatch(text))
        {
            return PropertyValue.Number(Convert.ToInt64(text[2..], 8));
        }

        if (HexInteger().IsMatch(text))
        {
            return PropertyValue.Number(long.Parse(text[2..], NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture));
        }

        return Float().IsMatch(text)
            ? PropertyValue.Number(double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture))
            : null;
    }
}
