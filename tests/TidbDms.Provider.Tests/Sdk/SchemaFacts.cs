using System.Text.Json;
using TidbDms.Provider.Tests.Schema;

namespace TidbDms.Provider.Tests.Sdk;

/// <summary>One property of the schema, as the SDK checks compare it: wire name, required, plain.</summary>
internal sealed record SchemaProperty(string Name, bool Required, bool Plain, bool Secret, string Kind, string? Ref);

/// <summary>
/// The names the SDKs must declare, read straight from the checked-in provider/schema.json (not through the
/// generator's model), so a generator bug cannot hide behind its own reading of the schema.
/// </summary>
internal static class SchemaFacts
{
    private static readonly Lazy<JsonDocument> Document =
        new(() => JsonDocument.Parse(File.ReadAllText(RepositoryRoot.File("provider", "schema.json"))));

    private static JsonElement Root => Document.Value.RootElement;

    public const string ComponentToken = "tidb-dms:index:TidbDmsMigration";

    public static string Version => Root.GetProperty("version").GetString()!;

    public static IReadOnlyList<SchemaProperty> Inputs => Properties(Component, "inputProperties", "requiredInputs");

    public static IReadOnlyList<SchemaProperty> Outputs => Properties(Component, "properties", "required");

    /// <summary>Object types by name (the token's last part) with their properties.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<SchemaProperty>> ObjectTypes =>
        Root.GetProperty("types").EnumerateObject()
            .Where(t => !t.Value.TryGetProperty("enum", out _))
            .ToDictionary(t => Name(t.Name), t => (IReadOnlyList<SchemaProperty>)Properties(t.Value, "properties", "required"));

    /// <summary>Enums by name with their (member name, wire value) pairs in schema order.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<(string Name, string Value)>> Enums =>
        Root.GetProperty("types").EnumerateObject()
            .Where(t => t.Value.TryGetProperty("enum", out _))
            .ToDictionary(
                t => Name(t.Name),
                t => (IReadOnlyList<(string, string)>)[.. t.Value.GetProperty("enum").EnumerateArray()
                    .Select(v => (v.GetProperty("name").GetString()!, v.GetProperty("value").GetString()!))]);

    public static string Pascal(string name) => char.ToUpperInvariant(name[0]) + name[1..];

    private static JsonElement Component => Root.GetProperty("resources").GetProperty(ComponentToken);

    private static string Name(string token) => Pascal(token.Split(':')[2]);

    private static List<SchemaProperty> Properties(JsonElement holder, string key, string requiredKey)
    {
        var required = holder.TryGetProperty(requiredKey, out var r) ? r.EnumerateArray().Select(e => e.GetString()!).ToHashSet() : [];
        return [.. holder.GetProperty(key).EnumerateObject().Select(p => new SchemaProperty(
            p.Name,
            required.Contains(p.Name),
            p.Value.TryGetProperty("plain", out var plain) && plain.GetBoolean(),
            p.Value.TryGetProperty("secret", out var secret) && secret.GetBoolean(),
            p.Value.TryGetProperty("$ref", out _) ? "ref" : p.Value.GetProperty("type").GetString()!,
            p.Value.TryGetProperty("$ref", out var reference) ? Name(reference.GetString()!["#/types/".Length..]) : null))];
    }
}
