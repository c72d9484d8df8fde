using System.Text.Json;
using TidbDms.Provider.Component;
using TidbDms.Provider.Schema;

namespace TidbDms.Provider.Tests.Schema;

/// <summary>
/// Reads the served schema the way a consumer would: by JSON paths and <c>$ref</c>s, never through the
/// generator's own model, so the tests check what is published.
/// </summary>
internal static class SchemaDocument
{
    public const string TypeRefPrefix = "#/types/tidb-dms:index:";

    private static readonly Lazy<JsonDocument> Document = new(() => JsonDocument.Parse(PackageSchema.Json));

    public static JsonElement Root => Document.Value.RootElement;

    public static JsonElement Component => Root.GetProperty("resources").GetProperty(Tokens.TidbDmsMigration);

    public static JsonElement Types => Root.GetProperty("types");

    public static JsonElement Type(string name) => Types.GetProperty(Tokens.Type(name));

    /// <summary>Every input, as dotted path → its property spec, found by following object <c>$ref</c>s from the component.</summary>
    public static IReadOnlyDictionary<string, JsonElement> Inputs()
    {
        var inputs = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        AddProperties(inputs, null, Component.GetProperty("inputProperties"));
        return inputs;
    }

    /// <summary>Every property at any depth (object types inside object types), by dotted path.</summary>
    private static void AddProperties(Dictionary<string, JsonElement> inputs, string? parent, JsonElement properties)
    {
        foreach (var property in properties.EnumerateObject())
        {
            var path = parent is null ? property.Name : $"{parent}.{property.Name}";
            inputs[path] = property.Value;
            if (ObjectTypeName(property.Value) is { } objectName)
            {
                AddProperties(inputs, path, Type(objectName).GetProperty("properties"));
            }
        }
    }

    /// <summary>The names listed as required beside the input at <paramref name="path"/>.</summary>
    public static IReadOnlyList<string> RequiredBeside(string path)
    {
        var dot = path.LastIndexOf('.');
        var (holder, key) = dot < 0
            ? (Component, "requiredInputs")
            : (Type(ObjectTypeName(Inputs()[path[..dot]])!), "required");
        return holder.TryGetProperty(key, out var required)
            ? [.. required.EnumerateArray().Select(e => e.GetString()!)]
            : [];
    }

    /// <summary>The name of the object type a property refers to, or null when it is not an object.</summary>
    public static string? ObjectTypeName(JsonElement property) =>
        property.TryGetProperty("$ref", out var reference)
        && Type(reference.GetString()![TypeRefPrefix.Length..]).GetProperty("type").GetString() == "object"
            ? reference.GetString()![TypeRefPrefix.Length..]
            : null;

    /// <summary>A property's type in short: <c>string</c>, <c>integer</c>, <c>string[]</c>, <c>map&lt;string&gt;</c>, <c>enum:Tier</c>, <c>object:Cluster</c>.</summary>
    public static string ShortType(JsonElement property)
    {
        if (property.TryGetProperty("$ref", out var reference))
        {
            var name = reference.GetString()![TypeRefPrefix.Length..];
            return Type(name).GetProperty("type").GetString() == "object" ? $"object:{name}" : $"enum:{name}";
        }

        return property.GetProperty("type").GetString() switch
        {
            "array" => $"{property.GetProperty("items").GetProperty("type").GetString()}[]",
            "object" => $"map<{property.GetProperty("additionalProperties").GetProperty("type").GetString()}>",
            var scalar => scalar!,
        };
    }

    public static bool Flag(JsonElement property, string name) =>
        property.TryGetProperty(name, out var flag) && flag.GetBoolean();

    /// <summary>The <c>default</c> as a CLR value (string, int or bool), or null when there is none.</summary>
    public static object? Default(JsonElement property) =>
        !property.TryGetProperty("default", out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetInt32(),
            JsonValueKind.True => true,
            JsonValueKind.False => false,
            _ => throw new InvalidOperationException($"unexpected default {value}"),
        };

    /// <summary>Every <c>$ref</c> anywhere in the schema.</summary>
    public static IEnumerable<string> AllRefs(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => element.EnumerateObject().SelectMany(p =>
            p.Name == "$ref" ? [p.Value.GetString()!] : AllRefs(p.Value)),
        JsonValueKind.Array => element.EnumerateArray().SelectMany(AllRefs),
        _ => [],
    };
}
