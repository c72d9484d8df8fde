using System.Collections.Immutable;
using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TidbDms.Provider.Cli;

/// <summary>
/// Finds and reads a Pulumi YAML program with YamlDotNet's representation model (no reflection),
/// keeping every node's position. Reports every structural problem it finds, each at its line.
/// </summary>
internal static class PulumiProgramLoader
{
    /// <summary>The top-level sections only a YAML program has.</summary>
    private static readonly string[] YamlOnlySections = ["variables", "resources", "outputs"];

    private static readonly string[] FileNames = ["Pulumi.yaml", "Pulumi.yml"];

    /// <summary>Project-file keys that say nothing about what the program creates.</summary>
    private static readonly HashSet<string> IgnoredTopLevelKeys = new(StringComparer.Ordinal)
    {
        "description", "packages", "plugins", "backend", "options", "template", "stackConfigDir", "pulumi", "author", "license", "website",
    };

    private static readonly HashSet<string> ConfigDeclarationKeys = new(StringComparer.Ordinal)
    {
        "type", "description", "secret", "default", "value", "items",
    };

    /// <summary>
    /// The program file: <paramref name="argument"/> as a file, or a directory holding
    /// <c>Pulumi.yaml</c>; without it, the nearest <c>Pulumi.yaml</c> from the current directory up
    /// to the repository root (the first directory holding <c>.git</c>).
    /// </summary>
    public static bool TryLocate(string? argument, string currentDirectory, out string path, out string displayPath, out string? error)
    {
        error = null;
        if (argument is not null)
        {
            var full = Path.GetFullPath(argument, currentDirectory);
            if (Directory.Exists(full))
            {
                var found = FileNames.Select(n => Path.Combine(full, n)).FirstOrDefault(File.Exists);
                path = found ?? "";
                displayPath = found is null ? "" : Path.Combine(argument, Path.GetFileName(found));
                error = found is null ? $"{argument}: the directory holds no Pulumi.yaml" : null;
                return found is not null;
            }

            path = full;
            displayPath = argument;
            error = File.Exists(full) ? null : $"{argument}: no such file or directory";
            return error is null;
        }

        for (var directory = new DirectoryInfo(currentDirectory); directory is not null; directory = directory.Parent)
        {
            var found = FileNames.Select(n => Path.Combine(directory.FullName, n)).FirstOrDefault(File.Exists);
            if (found is not null)
            {
                path = found;
                displayPath = Path.GetRelativePath(currentDirectory, found);
                return true;
            }

            if (Directory.Exists(Path.Combine(directory.FullName, ".git")) || File.Exists(Path.Combine(directory.FullName, ".git")))
            {
                break;
            }
        }

        path = displayPath = "";
        error = $"no Pulumi.yaml in {currentDirectory} or its parents (up to the repository root): give the program's path, e.g. 'preview examples/starter-public-nat-target'";
        return false;
    }

    public static (PulumiProgram? Program, ImmutableArray<LocatedDiagnostic> Errors) Load(string path, string displayPath)
    {
        using var reader = new StreamReader(path);
        return Parse(reader, displayPath);
    }

    /// <summary>The program, or null when it is not even a YAML mapping with a name; with every problem found.</summary>
    public static (PulumiProgram? Program, ImmutableArray<LocatedDiagnostic> Errors) Parse(TextReader text, string displayPath)
    {
        var errors = new List<LocatedDiagnostic>();
        var source = text.ReadToEnd();
        if (YamlStructure.Check(source, displayPath) is { } malformed)
        {
            return (null, [malformed]);
        }

        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(source));
        }
        catch (YamlException e)
        {
            return (null, [YamlStructure.SyntaxError(e, source, displayPath)]);
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            return (null, [new LocatedDiagnostic($"{displayPath}:1", null, null, "a Pulumi program is a YAML mapping with at least 'name' and 'runtime'")]);
        }

        void Error(YamlNode node, string message) => errors.Add(new LocatedDiagnostic($"{displayPath}:{node.Start.Line}", null, null, message));

        string? name = null;
        ProgramRuntime? runtime = null;
        (YamlNode Key, YamlNode Value)? main = null;
        var sections = new Dictionary<string, (YamlNode Key, YamlNode Value)>(StringComparer.Ordinal);
        foreach (var (keyNode, value) in root.Children)
        {
            var key = Scalar(keyNode) ?? "";
            switch (key)
            {
                case "name":
                    name = Scalar(value);
                    if (string.IsNullOrWhiteSpace(name))
                    {
                        Error(value, "'name' must be the project name (a string)");
                    }

                    break;
                case "runtime":
                    runtime = ReadRuntime(value, Error);
                    break;
                case "config" or "configuration" or "variables" or "resources" or "outputs":
                    if (value is YamlScalarNode { Value: "" or "~" or "null" })
                    {
                        break;
                    }

                    if (value is not YamlMappingNode)
                    {
                        Error(value, $"'{key}' must be a mapping");
                    }
                    else
                    {
                        sections[key == "configuration" ? "config" : key] = (keyNode, value);
                    }

                    break;
                case "main":
                    main = (keyNode, value);
                    break;
                default:
                    if (!IgnoredTopLevelKeys.Contains(key))
                    {
                        Error(keyNode, $"unknown top-level key '{key}'");
                    }

                    break;
            }
        }

        if (!root.Children.ContainsKey(new YamlScalarNode("runtime")))
        {
            Error(root, "the program has no 'runtime' (preview runs 'runtime: yaml' and 'runtime: nodejs' programs)");
        }

        string? entry = null;
        if (runtime is { IsNodeJs: true })
        {
            // A Node.js program's resources are in its code; these sections mean nothing to it.
            foreach (var section in YamlOnlySections.Where(sections.ContainsKey))
            {
                Error(sections[section].Key, $"'{section}' belongs to YAML programs: a nodejs program declares its resources and outputs in its code");
            }

            if (main is var (mainKey, mainValue))
            {
                entry = Scalar(mainValue);
                if (string.IsNullOrWhiteSpace(entry))
                {
                    Error(mainKey, "'main' must be the program's folder or entry file, relative to Pulumi.yaml");
                }
            }
        }
        else if (main is var (mainKey, _))
        {
            Error(mainKey, "'main' is not supported by preview: it reads the resources written in this file");
        }

        if (name is null)
        {
            Error(root, "the program has no 'name' (the project name)");
            return (null, [.. errors]);
        }

        var program = new PulumiProgram(
            displayPath,
            name,
            [.. Entries(sections, "config").Select(e => ReadConfig(e.Key, e.KeyNode, e.Value, name, Error)).OfType<ConfigDeclaration>()],
            Entries(sections, "variables").ToImmutableDictionary(e => e.Key, e => e.KeyNode, StringComparer.Ordinal),
            [.. Entries(sections, "resources").Select(e => ReadResource(e.Key, e.KeyNode, e.Value, Error)).OfType<ProgramResource>()],
            [.. Entries(sections, "outputs").Select(e => new ProgramOutput(e.Key, e.KeyNode, e.Value))])
        {
            Runtime = runtime ?? ProgramRuntime.Yaml,
            Main = entry,
            MainNode = entry is null ? null : main?.Value,
        };

        // Some problems are only known once the whole file is read: report them all in file order.
        return (program, [.. errors.OrderBy(e => LineOf(e.Location))]);
    }

    private static IEnumerable<(string Key, YamlNode KeyNode, YamlNode Value)> Entries(
        Dictionary<string, (YamlNode Key, YamlNode Value)> sections, string section) =>
        sections.TryGetValue(section, out var s)
            ? ((YamlMappingNode)s.Value).Children.Select(kv => (Scalar(kv.Key) ?? "", kv.Key, kv.Value))
            : [];

    private static ConfigDeclaration? ReadConfig(string key, YamlNode keyNode, YamlNode value, string project, Action<YamlNode, string> error)
    {
        var normalized = key.StartsWith(project + ":", StringComparison.Ordinal) ? key[(project.Length + 1)..] : key;
        if (value is not YamlMappingNode declaration)
        {
            return new ConfigDeclaration(normalized, keyNode, null, null, value, false);
        }

        var ok = true;
        foreach (var (k, _) in declaration.Children)
        {
            if (!ConfigDeclarationKeys.Contains(Scalar(k) ?? ""))
            {
                error(k, $"config '{key}': unknown key '{Scalar(k)}' (a declaration has type, description, secret, default, value and items; an object value needs 'value:')");
                ok = false;
            }
        }

        YamlNode? Get(string name) => declaration.Children.TryGetValue(new YamlScalarNode(name), out var v) ? v : null;

        ConfigType? type = null;
        if (Get("type") is { } typeNode)
        {
            type = ConfigType.Parse(Scalar(typeNode) ?? "");
            if (type is null)
            {
                error(typeNode, $"config '{key}': type '{Scalar(typeNode)}' is not one of {ConfigType.Allowed}");
                ok = false;
            }
            else if (type.Kind == ConfigValueKind.Array && type.Items is null)
            {
                var items = Get("items") is YamlMappingNode itemsMap && itemsMap.Children.TryGetValue(new YamlScalarNode("type"), out var itemType)
                    ? ConfigType.Parse(Scalar(itemType) ?? "")
                    : null;
                type = type with { Items = items };
            }
        }

        var secret = false;
        if (Get("secret") is { } secretNode)
        {
            if (Scalar(secretNode) is "true" or "false")
            {
                secret = Scalar(secretNode) == "true";
            }
            else
            {
                error(secretNode, $"config '{key}': secret must be true or false");
                ok = false;
            }
        }

        return ok ? new ConfigDeclaration(normalized, keyNode, type, Get("default"), Get("value"), secret) : null;
    }

    private static ProgramResource? ReadResource(string name, YamlNode keyNode, YamlNode value, Action<YamlNode, string> error)
    {
        if (value is not YamlMappingNode resource)
        {
            error(value, $"resource '{name}' must be a mapping with 'type' and 'properties'");
            return null;
        }

        YamlNode? Get(string key) => resource.Children.TryGetValue(new YamlScalarNode(key), out var v) ? v : null;
        var type = Get("type") is { } typeNode ? Scalar(typeNode) : null;
        if (string.IsNullOrEmpty(type))
        {
            error(keyNode, $"resource '{name}' has no 'type'");
            return null;
        }

        var properties = Get("properties");
        var options = Get("options");
        if (properties is not (null or YamlMappingNode) || options is not (null or YamlMappingNode))
        {
            error(properties is YamlMappingNode or null ? options! : properties!, $"resource '{name}': 'properties' and 'options' must be mappings");
            return null;
        }

        return new ProgramResource(name, type, keyNode, resource, properties as YamlMappingNode, options as YamlMappingNode);
    }

    /// <summary>
    /// <c>runtime: yaml</c>, <c>runtime: nodejs</c>, or the long form <c>runtime: {name, options}</c>;
    /// null (with an error) for any other runtime.
    /// </summary>
    private static ProgramRuntime? ReadRuntime(YamlNode value, Action<YamlNode, string> error)
    {
        var map = value as YamlMappingNode;
        var name = map is not null && map.Children.TryGetValue(new YamlScalarNode("name"), out var nameNode) ? Scalar(nameNode) : Scalar(value);
        if (name is not (ProgramRuntime.YamlName or ProgramRuntime.NodeJsName))
        {
            error(value, $"runtime '{name}': preview runs Pulumi YAML programs (runtime: yaml) and Node.js programs (runtime: nodejs)");
            return null;
        }

        var options = ImmutableSortedDictionary<string, YamlNode>.Empty.WithComparers(StringComparer.Ordinal);
        if (map is not null && map.Children.TryGetValue(new YamlScalarNode("options"), out var optionsNode))
        {
            if (optionsNode is YamlMappingNode optionsMap)
            {
                options = optionsMap.Children.ToImmutableSortedDictionary(kv => Scalar(kv.Key) ?? "", kv => kv.Value, StringComparer.Ordinal);
            }
            else
            {
                error(optionsNode, "runtime 'options' must be a mapping");
            }
        }

        return new ProgramRuntime(name, options);
    }

    private static int LineOf(string? location) =>
        location is not null && int.TryParse(location[(location.LastIndexOf(':') + 1)..], NumberStyles.None, CultureInfo.InvariantCulture, out var line) ? line : 0;

    /// <summary>The text of a scalar node, or null for a mapping or sequence.</summary>
    public static string? Scalar(YamlNode node) => node is YamlScalarNode scalar ? scalar.Value : null;
}
