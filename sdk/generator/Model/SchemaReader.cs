using System.Text.Json;

namespace TidbDms.SdkGenerator.Model;

/// <summary>
/// Reads a package schema (JSON) into a <see cref="PackageModel"/>. It supports what a component package
/// with one module needs (resources, object and string-enum types, primitives, arrays, maps, defaults,
/// plain and secret flags) and refuses the rest by name, so a schema change the emitters cannot render
/// fails loudly instead of producing an SDK that silently drops it.
/// </summary>
internal static class SchemaReader
{
    private const string TypeRefPrefix = "#/types/";

    public static PackageModel Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        foreach (var unsupported in new[] { "functions", "config", "provider", "namespace" })
        {
            if (root.TryGetProperty(unsupported, out _))
            {
                throw new NotSupportedException($"the schema's '{unsupported}' section is not supported by this generator");
            }
        }

        var name = Required(root, "name");
        var types = root.TryGetProperty("types", out var typesElement) ? typesElement : default;
        var enumTokens = types.ValueKind == JsonValueKind.Object
            ? types.EnumerateObject().Where(t => t.Value.TryGetProperty("enum", out _)).Select(t => t.Name).ToHashSet(StringComparer.Ordinal)
            : [];
        var context = new ReadContext(name, enumTokens);
        var objectTypes = new List<ObjectTypeModel>();
        var enums = new List<EnumModel>();
        if (types.ValueKind == JsonValueKind.Object)
        {
            foreach (var type in types.EnumerateObject())
            {
                var typeName = MemberName(name, type.Name);
                var description = Optional(type.Value, "description") ?? "";
                if (type.Value.TryGetProperty("enum", out var values))
                {
                    if (Required(type.Value, "type") != "string")
                    {
                        throw new NotSupportedException($"{type.Name}: only string enums are supported");
                    }

                    enums.Add(new EnumModel(type.Name, typeName, description, [.. values.EnumerateArray().Select(v => new EnumValueModel(
                        Optional(v, "name") ?? Required(v, "value"),
                        Required(v, "value"),
                        Optional(v, "description") ?? ""))]));
                }
                else
                {
                    objectTypes.Add(new ObjectTypeModel(type.Name, typeName, description, Properties(context, type.Value, "properties", "required")));
                }
            }
        }

        var resources = new List<ResourceModel>();
        if (root.TryGetProperty("resources", out var resourcesElement))
        {
            foreach (var resource in resourcesElement.EnumerateObject())
            {
                resources.Add(new ResourceModel(
                    resource.Name,
                    MemberName(name, resource.Name),
                    Optional(resource.Value, "description") ?? "",
                    resource.Value.TryGetProperty("isComponent", out var isComponent) && isComponent.GetBoolean(),
                    Properties(context, resource.Value, "inputProperties", "requiredInputs"),
                    Properties(context, resource.Value, "properties", "required")));
            }
        }

        // Object types are emitted as input types only (Args classes); an output holding one would need the
        // output shapes (outputs.ts, Outputs/*.cs, outputs.py), which this generator does not write.
        foreach (var output in resources.SelectMany(r => r.Outputs.Select(o => (r.Token, o))))
        {
            if (ContainsObject(output.o.Type))
            {
                throw new NotSupportedException($"{output.Token}: output '{output.o.Name}' holds an object type; output object types are not supported by this generator");
            }
        }

        return new PackageModel(
            name,
            Required(root, "version"),
            Optional(root, "description") ?? "",
            root.TryGetProperty("keywords", out var keywords) ? [.. keywords.EnumerateArray().Select(k => k.GetString()!)] : [],
            Optional(root, "homepage"),
            Optional(root, "repository"),
            Optional(root, "license"),
            Optional(root, "publisher"),
            Optional(root, "pluginDownloadURL"),
            resources,
            [.. objectTypes.OrderBy(t => t.Token, StringComparer.Ordinal)],
            [.. enums.OrderBy(e => e.Token, StringComparer.Ordinal)],
            ReadLanguage(root));
    }

    private static LanguageSettings ReadLanguage(JsonElement root)
    {
        var language = root.TryGetProperty("language", out var l) ? l : default;
        JsonElement Section(string key) =>
            language.ValueKind == JsonValueKind.Object && language.TryGetProperty(key, out var s) ? s : default;

        var node = Section("nodejs");
        var python = Section("python");
        var go = Section("go");
        var csharp = Section("csharp");
        return new LanguageSettings(
            Optional(node, "packageName"),
            Pairs(node, "dependencies"),
            Pairs(node, "devDependencies"),
            Optional(node, "typescriptVersion"),
            Optional(python, "packageName"),
            Pairs(python, "requires"),
            Optional(python, "pythonRequires"),
            Optional(go, "importBasePath"),
            Optional(csharp, "rootNamespace"),
            Pairs(csharp, "namespaces").ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal),
            Pairs(csharp, "packageReferences"));
    }

    private static List<PropertyModel> Properties(ReadContext context, JsonElement holder, string key, string requiredKey)
    {
        var required = holder.TryGetProperty(requiredKey, out var r)
            ? r.EnumerateArray().Select(e => e.GetString()!).ToHashSet(StringComparer.Ordinal)
            : [];
        if (!holder.TryGetProperty(key, out var properties))
        {
            return [];
        }

        // Pulumi's schema binder sorts properties by name, so every generator sees them in that order.
        return [.. properties.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).Select(p => new PropertyModel(
            p.Name,
            Type(context, p.Value, p.Name),
            required.Contains(p.Name),
            Flag(p.Value, "plain"),
            Flag(p.Value, "secret"),
            Default(p.Value),
            Optional(p.Value, "description") ?? ""))];
    }

    private static TypeRef Type(ReadContext context, JsonElement spec, string where)
    {
        var plain = Flag(spec, "plain");
        if (spec.TryGetProperty("$ref", out var reference))
        {
            var target = reference.GetString()!;
            if (!target.StartsWith(TypeRefPrefix, StringComparison.Ordinal))
            {
                throw new NotSupportedException($"{where}: only references into this package's types are supported, not '{target}'");
            }

            var token = target[TypeRefPrefix.Length..];
            var kind = context.EnumTokens.Contains(token) ? TypeKind.Enum : TypeKind.Object;
            return new TypeRef(kind, plain, RefName: MemberName(context.Package, token));
        }

        return Required(spec, "type") switch
        {
            "string" => new TypeRef(TypeKind.String, plain),
            "integer" => new TypeRef(TypeKind.Integer, plain),
            "number" => new TypeRef(TypeKind.Number, plain),
            "boolean" => new TypeRef(TypeKind.Boolean, plain),
            "array" => new TypeRef(TypeKind.Array, plain, Type(context, spec.GetProperty("items"), where + "[]")),
            "object" when spec.TryGetProperty("additionalProperties", out var values) =>
                new TypeRef(TypeKind.Map, plain, Type(context, values, where + "{}")),
            var other => throw new NotSupportedException($"{where}: type '{other}' is not supported"),
        };
    }

    private static bool ContainsObject(TypeRef type) =>
        type.Kind == TypeKind.Object || (type.Element is { } element && ContainsObject(element));

    private static DefaultValue? Default(JsonElement spec) =>
        !spec.TryGetProperty("default", out var value) ? null : value.ValueKind switch
        {
            JsonValueKind.String => new DefaultValue(value.GetString()!),
            JsonValueKind.Number when value.TryGetInt64(out var whole) => new DefaultValue(whole),
            JsonValueKind.Number => new DefaultValue(value.GetDouble()),
            JsonValueKind.True => new DefaultValue(true),
            JsonValueKind.False => new DefaultValue(false),
            _ => throw new NotSupportedException($"default {value} is not supported"),
        };

    private sealed record ReadContext(string Package, IReadOnlySet<string> EnumTokens);

    /// <summary>The member name of a <c>pkg:module:Name</c> token; only the root module (<c>index</c>) is supported.</summary>
    private static string MemberName(string package, string token)
    {
        var parts = token.Split(':');
        if (parts.Length != 3 || parts[0] != package || (parts[1] != "index" && parts[1] != ""))
        {
            throw new NotSupportedException($"token '{token}': only tokens of this package's root module ({package}:index:Name) are supported");
        }

        return char.ToUpperInvariant(parts[2][0]) + parts[2][1..];
    }

    private static IReadOnlyList<KeyValuePair<string, string>> Pairs(JsonElement section, string key) =>
        section.ValueKind == JsonValueKind.Object && section.TryGetProperty(key, out var map)
            ? [.. map.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, p.Value.GetString()!))]
            : [];

    private static bool Flag(JsonElement spec, string name) =>
        spec.TryGetProperty(name, out var flag) && flag.GetBoolean();

    private static string Required(JsonElement element, string name) =>
        Optional(element, name) ?? throw new NotSupportedException($"the schema lacks '{name}'");

    private static string? Optional(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value) ? value.GetString() : null;
}
