using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Values;
using YamlDotNet.RepresentationModel;

namespace TidbDms.Provider.Cli;

/// <summary>
/// How the YAML program declares each <c>TidbDmsMigration</c>: its properties evaluated into
/// inputs and its resource options into the registration's options, as pulumi-yaml registers a
/// component of a package with a plugin of its own (remote). Everything it cannot evaluate offline
/// is an error at its line.
/// </summary>
internal static class ProgramComponents
{
    /// <summary>
    /// Resource options that need nothing the offline preview lacks. The others (dependsOn, parent,
    /// provider(s), aliases, import, deletedWith, …) refer to other resources or to state.
    /// </summary>
    public static readonly ImmutableSortedSet<string> SupportedOptions = ImmutableSortedSet.Create(
        StringComparer.Ordinal,
        "additionalSecretOutputs", "customTimeouts", "deleteBeforeReplace", "hideDiffs", "ignoreChanges", "pluginDownloadURL",
        "protect", "replaceOnChanges", "retainOnDelete", "version");

    private static readonly ImmutableSortedSet<string> ResourceKeys = ImmutableSortedSet.Create(StringComparer.Ordinal, "type", "properties", "options");

    private static readonly ImmutableSortedSet<string> TimeoutKeys = ImmutableSortedSet.Create(StringComparer.Ordinal, "create", "update", "delete");

    /// <summary>The registration of <paramref name="component"/>; its problems are added to <paramref name="errors"/>.</summary>
    public static RemoteComponentRegistration Read(
        PulumiProgram program, ProgramResource component, ProgramEvaluator evaluator, List<LocatedDiagnostic> errors)
    {
        void Error(YamlNode at, string message) => errors.Add(new LocatedDiagnostic(program.Location(at), component.Name, null, message));

        foreach (var (keyNode, _) in component.Body.Children)
        {
            var key = PulumiProgramLoader.Scalar(keyNode) ?? "";
            if (key == "get")
            {
                Error(keyNode, "'get' (reading an existing resource) is not supported by preview: a TidbDmsMigration is always created");
            }
            else if (!ResourceKeys.Contains(key))
            {
                Error(keyNode, $"unknown resource key '{key}' (a resource has type, properties and options)");
            }
        }

        // pulumi-yaml expands the short form (pkg:Type) before it registers: the engine needs a full token.
        var registration = new RemoteComponentRegistration(
            Tokens.TidbDmsMigration, component.Name, ImmutableSortedDictionary<string, PropertyValue>.Empty.WithComparers(StringComparer.Ordinal));
        foreach (var (keyNode, valueNode) in component.Options?.Children ?? Enumerable.Empty<KeyValuePair<YamlNode, YamlNode>>())
        {
            var option = PulumiProgramLoader.Scalar(keyNode) ?? "";
            if (!SupportedOptions.Contains(option))
            {
                Error(keyNode, $"options.{option} is not supported by preview (it needs other resources or state that an offline preview does not have); supported options: {string.Join(", ", SupportedOptions)}");
                continue;
            }

            var value = evaluator.Evaluate(valueNode, component.Name, errors);
            if (value.ContainsUnknowns)
            {
                Error(valueNode, $"options.{option} must be known during a preview: give it as a value or a config value");
                continue;
            }

            registration = Apply(registration, option, value, message =>
                Error(valueNode, message.StartsWith('.') ? $"options.{option}{message}" : $"options.{option} {message}"));
        }

        return component.Properties is null
            ? registration
            : registration with { Inputs = evaluator.Evaluate(component.Properties, component.Name, errors).AsObject };
    }

    private static RemoteComponentRegistration Apply(RemoteComponentRegistration registration, string option, PropertyValue value, Action<string> error)
    {
        switch (option)
        {
            case "protect" or "retainOnDelete" or "deleteBeforeReplace":
                if (!value.TryGetBool(out var flag))
                {
                    error($"must be true or false, not {value.Describe()}");
                    return registration;
                }

                return option switch
                {
                    "protect" => registration with { Protect = flag },
                    "retainOnDelete" => registration with { RetainOnDelete = flag },
                    _ => registration with { DeleteBeforeReplace = flag },
                };
            case "version" or "pluginDownloadURL":
                if (!value.TryGetString(out var text))
                {
                    error($"must be a string, not {value.Describe()}");
                    return registration;
                }

                return option == "version" ? registration with { Version = text } : registration with { PluginDownloadUrl = text };
            case "customTimeouts":
                return Timeouts(registration, value, error);
            default:
                if (!value.TryGetArray(out var items) || !items.All(i => i.TryGetString(out _)))
                {
                    error($"must be a list of strings, not {value.Describe()}");
                    return registration;
                }

                ImmutableArray<string> names = [.. items.Select(i => i.AsString)];
                return option switch
                {
                    "additionalSecretOutputs" => registration with { AdditionalSecretOutputs = names },
                    "ignoreChanges" => registration with { IgnoreChanges = names },
                    "replaceOnChanges" => registration with { ReplaceOnChanges = names },
                    // hideDiffs only changes how the engine displays the component's own diff: nothing of it reaches its provider.
                    _ => registration,
                };
        }
    }

    private static RemoteComponentRegistration Timeouts(RemoteComponentRegistration registration, PropertyValue value, Action<string> error)
    {
        if (!value.TryGetObject(out var entries))
        {
            error($"must be an object with create, update and delete durations (e.g. {{create: 75m}}), not {value.Describe()}");
            return registration;
        }

        var problems = entries.Keys.Where(k => !TimeoutKeys.Contains(k)).Select(k => $"has no '{k}' (it takes create, update and delete)")
            .Concat(entries.Where(e => TimeoutKeys.Contains(e.Key) && !e.Value.TryGetString(out _)).Select(e => $".{e.Key} must be a duration string such as 75m"))
            .ToList();
        if (problems.Count > 0)
        {
            foreach (var problem in problems)
            {
                error(problem);
            }

            return registration;
        }

        string Get(string key) => entries.TryGetValue(key, out var duration) ? duration.AsString : "";
        return registration with { CustomTimeouts = new ComponentTimeouts(Get("create"), Get("update"), Get("delete")) };
    }

    /// <summary>The key node of the input at <paramref name="path"/> (<c>cluster.sslMode</c>, <c>task.schemas[1]</c>), or its nearest written parent.</summary>
    public static YamlNode NodeOf(ProgramResource component, string path)
    {
        if (path.Length == 0 || !PropertyPath.TryParse(path, out var segments, out _))
        {
            return component.Node;
        }

        YamlNode found = component.Properties is null ? component.Node : component.Body.Children.First(kv => PulumiProgramLoader.Scalar(kv.Key) == "properties").Key;
        YamlNode? current = component.Properties;
        foreach (var segment in segments)
        {
            switch (segment)
            {
                case string name when current is YamlMappingNode mapping && mapping.Children.TryGetValue(new YamlScalarNode(name), out var next):
                    found = mapping.Children.Keys.First(k => PulumiProgramLoader.Scalar(k) == name);
                    current = next;
                    break;
                case int index when current is YamlSequenceNode sequence && index < sequence.Children.Count:
                    current = found = sequence.Children[index];
                    break;
                default:
                    return found;
            }
        }

        return found;
    }
}
