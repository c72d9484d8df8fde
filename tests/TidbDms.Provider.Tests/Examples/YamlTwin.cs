using TidbDms.Provider.Tests.Schema;
using TidbDms.Provider.Tests.Sdk;
using YamlDotNet.RepresentationModel;

namespace TidbDms.Provider.Tests.Examples;

/// <summary>
/// What a YAML example gives its <c>migration</c> component and exports, in <see cref="ExampleValues"/>'
/// spelling: each input by wire path (<c>cluster.host</c>) with <c>${key}</c> read as a config value (secret
/// when the program's config says so), a literal of an enum-typed input as <c>enum:</c>, other literals as
/// JSON of the schema's type; each output by export name with the component output it names.
/// </summary>
internal sealed record YamlTwin(IReadOnlyDictionary<string, string> Settings, IReadOnlyDictionary<string, string> Exports)
{
    public static YamlTwin Load(string example) =>
        Parse(File.ReadAllText(RepositoryRoot.File("examples", example, "Pulumi.yaml")), example);

    /// <summary>Reads a YAML program's text; <paramref name="source"/> names it in assertion messages.</summary>
    public static YamlTwin Parse(string program, string source)
    {
        var stream = new YamlStream();
        using (var reader = new StringReader(program))
        {
            stream.Load(reader);
        }

        var root = (YamlMappingNode)stream.Documents[0].RootNode;
        var secrets = ((YamlMappingNode)root["config"]).Children
            .Where(c => c.Value is YamlMappingNode m && m.Children.TryGetValue(new YamlScalarNode("secret"), out var s) && ((YamlScalarNode)s).Value == "true")
            .Select(c => ((YamlScalarNode)c.Key).Value!)
            .ToHashSet(StringComparer.Ordinal);
        var migration = (YamlMappingNode)((YamlMappingNode)root["resources"])["migration"];
        Assert.That(((YamlScalarNode)migration["type"]).Value, Is.EqualTo("tidb-dms:TidbDmsMigration"), source);

        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        Read((YamlMappingNode)migration["properties"], SchemaFacts.Inputs, "", secrets, settings);
        var exports = ((YamlMappingNode)root["outputs"]).Children.ToDictionary(
            o => ((YamlScalarNode)o.Key).Value!,
            o => ((YamlScalarNode)o.Value).Value!.Replace("${migration.", "", StringComparison.Ordinal).TrimEnd('}'),
            StringComparer.Ordinal);
        return new YamlTwin(settings, exports);
    }

    private static void Read(YamlMappingNode node, IReadOnlyList<SchemaProperty> properties, string prefix, HashSet<string> secrets, Dictionary<string, string> settings)
    {
        foreach (var (key, value) in node.Children)
        {
            var name = ((YamlScalarNode)key).Value!;
            var property = properties.Single(p => p.Name == name);
            var path = prefix + name;
            switch (value)
            {
                case YamlMappingNode nested:
                    Read(nested, SchemaFacts.ObjectTypes[property.Ref!], path + ".", secrets, settings);
                    break;
                case YamlSequenceNode list:
                    settings[path] = "[" + string.Join(",", list.Children.Select(i => ExampleValues.Json(((YamlScalarNode)i).Value!))) + "]";
                    break;
                case YamlScalarNode scalar:
                    settings[path] = Scalar(scalar.Value!, property, secrets);
                    break;
            }
        }
    }

    private static string Scalar(string text, SchemaProperty property, HashSet<string> secrets)
    {
        if (text.StartsWith("${", StringComparison.Ordinal) && text.EndsWith('}'))
        {
            var key = text[2..^1];
            return (secrets.Contains(key) ? "secret:" : "config:") + key;
        }

        if (property.Ref is { } type && SchemaFacts.Enums.ContainsKey(type))
        {
            return "enum:" + text;
        }

        return property.Kind is "integer" or "boolean" or "number" ? text : ExampleValues.Json(text);
    }
}
