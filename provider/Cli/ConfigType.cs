namespace TidbDms.Provider.Cli;

/// <summary>The kind of a config value, as a declaration's <c>type</c> names it.</summary>
internal enum ConfigValueKind
{
    String,
    Integer,
    Number,
    Boolean,
    Array,
}

/// <summary>
/// A config declaration's type. Pulumi project config writes <c>string</c>, <c>integer</c>,
/// <c>boolean</c> and <c>array</c> (with <c>items</c>); pulumi-yaml's own short forms are
/// <c>String</c>, <c>Number</c>, <c>Boolean</c> and <c>List&lt;String&gt;</c>. Both are read.
/// </summary>
internal sealed record ConfigType(ConfigValueKind Kind, ConfigType? Items = null)
{
    public const string Allowed = "string, integer, number, boolean, array (with items), or List<String>, List<Number>, List<Boolean>";

    public static ConfigType? Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("List<", StringComparison.OrdinalIgnoreCase) && trimmed.EndsWith('>'))
        {
            return Parse(trimmed[5..^1]) is { Kind: not ConfigValueKind.Array } items ? new ConfigType(ConfigValueKind.Array, items) : null;
        }

        return trimmed.ToLowerInvariant() switch
        {
            "string" => new ConfigType(ConfigValueKind.String),
            "integer" or "int" => new ConfigType(ConfigValueKind.Integer),
            "number" => new ConfigType(ConfigValueKind.Number),
            "boolean" or "bool" => new ConfigType(ConfigValueKind.Boolean),
            "array" => new ConfigType(ConfigValueKind.Array),
            _ => null,
        };
    }

    public override string ToString() => Kind switch
    {
        ConfigValueKind.Array => Items is null ? "array" : $"array of {Items}",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
