namespace TidbDms.Provider.Component;

/// <summary>The package's names, as the engine, the schema and programs use them.</summary>
internal static class Tokens
{
    public const string Package = "tidb-dms";

    /// <summary>The resource token of the component.</summary>
    public const string TidbDmsMigration = "tidb-dms:index:TidbDmsMigration";

    /// <summary>The short form YAML programs may write (<c>pkg:Type</c> expands to <c>pkg:index:Type</c>).</summary>
    public const string TidbDmsMigrationShort = "tidb-dms:TidbDmsMigration";

    public const string PluginExecutable = "pulumi-resource-tidb-dms";

    /// <summary>The schema token of an object or enum type of this package.</summary>
    public static string Type(string name) => $"{Package}:index:{name}";
}
