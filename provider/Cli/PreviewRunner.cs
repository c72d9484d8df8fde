using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Values;
using YamlDotNet.RepresentationModel;

namespace TidbDms.Provider.Cli;

/// <summary>
/// The <c>preview</c> verb's work: read the program and its config, turn each
/// <c>TidbDmsMigration</c>'s properties into inputs, preview each through the engine, evaluate the
/// program's outputs, and print the result. Every problem is reported with its place in the
/// program, all of them at once; the exit code is 1 when there is any.
/// </summary>
internal sealed class PreviewRunner
{
    /// <summary>The region when neither the program nor the cluster host names one (TiDB Cloud's first AWS region).</summary>
    public const string FallbackRegion = "us-west-2";

    /// <summary>
    /// Resource options that change nothing about what a first preview creates, so the preview can
    /// accept them. The others (dependsOn, parent, provider(s), aliases, import, deletedWith, …)
    /// refer to other resources or state the offline preview does not have.
    /// </summary>
    private static readonly ImmutableSortedSet<string> SupportedOptions = ImmutableSortedSet.Create(
        StringComparer.Ordinal,
        "additionalSecretOutputs", "customTimeouts", "deleteBeforeReplace", "hideDiffs", "ignoreChanges", "pluginDownloadURL",
        "protect", "replaceOnChanges", "retainOnDelete", "version");

    private static readonly ImmutableSortedSet<string> ResourceKeys = ImmutableSortedSet.Create(StringComparer.Ordinal, "type", "properties", "options");

    private readonly IPreviewEngine _engine;

    public PreviewRunner(IPreviewEngine engine) => _engine = engine;

    public async Task<int> RunAsync(PreviewRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var result = await PreviewAsync(request, cancellationToken).ConfigureAwait(false);
        if (!result.Errors.IsEmpty)
        {
            foreach (var warning in result.Warnings)
            {
                await error.WriteLineAsync($"warning: {warning}").ConfigureAwait(false);
            }

            foreach (var problem in result.Errors)
            {
                await error.WriteLineAsync($"error: {problem}").ConfigureAwait(false);
            }

            await error.WriteLineAsync($"error: preview failed with {result.Errors.Length} error{(result.Errors.Length == 1 ? "" : "s")}; nothing was previewed").ConfigureAwait(false);
            if (request.Format == PreviewFormat.Json)
            {
                PreviewJsonRenderer.Render(result, output);
            }

            return 1;
        }

        switch (request.Format)
        {
            case PreviewFormat.Json:
                PreviewJsonRenderer.Render(result, output);
                break;
            case PreviewFormat.Mermaid:
                PreviewMermaidRenderer.Render(result, output);
                foreach (var warning in result.Warnings)
                {
                    await error.WriteLineAsync($"warning: {warning}").ConfigureAwait(false);
                }

                break;
            default:
                PreviewTextRenderer.Render(result, output);
                break;
        }

        return 0;
    }

    /// <summary>The whole preview as data: what the renderers print, errors included.</summary>
    public async Task<PreviewResult> PreviewAsync(PreviewRequest request, CancellationToken cancellationToken)
    {
        if (!PulumiProgramLoader.TryLocate(request.Program, request.CurrentDirectory, out var path, out var displayPath, out var locateError))
        {
            return Failed("", request.Stack, request.Program ?? "", [new LocatedDiagnostic(null, null, null, locateError!)]);
        }

        var (program, loadErrors) = PulumiProgramLoader.Load(path, displayPath);
        if (program is null)
        {
            return Failed("", request.Stack, displayPath, loadErrors);
        }

        var errors = new List<LocatedDiagnostic>(loadErrors);
        var config = ProgramConfigResolver.Resolve(program, request.Config, errors);
        var components = program.Resources.Where(r => r.IsTidbDmsMigration).ToList();
        var notPreviewed = program.Resources.Where(r => !r.IsTidbDmsMigration).Select(r => new NotPreviewedResource(r.Name, r.Type)).ToImmutableArray();

        var inputsEvaluator = new ProgramEvaluator(program, config, request.Stack, NoResourceReferences);
        var inputs = components.ToDictionary(c => c.Name, c => ReadInputs(program, c, inputsEvaluator, errors), StringComparer.Ordinal);
        if (errors.Count > 0)
        {
            return Failed(program.Name, request.Stack, displayPath, errors);
        }

        var results = new List<PreviewComponentResult>();
        var warnings = new List<LocatedDiagnostic>();
        foreach (var component in components)
        {
            var context = new PreviewContext(program.Name, request.Stack, RegionFor(config, inputs[component.Name]));
            var result = await _engine.PreviewAsync(component.Name, inputs[component.Name], context, cancellationToken).ConfigureAwait(false);
            results.Add(result);
            warnings.AddRange(result.Warnings.Select(w => Locate(program, component, w)));
            errors.AddRange(result.Errors.Select(e => Locate(program, component, e)));
        }

        if (errors.Count > 0)
        {
            return new PreviewResult(program.Name, request.Stack, displayPath, [.. results], notPreviewed, [], [.. warnings], [.. errors]);
        }

        var outputs = EvaluateOutputs(program, config, request.Stack, results, warnings, errors);
        return new PreviewResult(program.Name, request.Stack, displayPath, [.. results], notPreviewed, outputs, [.. warnings], [.. errors]);
    }

    private static PreviewResult Failed(string project, string stack, string program, IEnumerable<LocatedDiagnostic> errors) =>
        new(project, stack, program, [], [], [], [], [.. errors]);

    /// <summary>The component's inputs from its properties; inputs the contract marks secret are made secret, as the schema makes them.</summary>
    private static ImmutableSortedDictionary<string, PropertyValue> ReadInputs(
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

        foreach (var keyNode in component.Options?.Children.Keys ?? [])
        {
            var option = PulumiProgramLoader.Scalar(keyNode) ?? "";
            if (!SupportedOptions.Contains(option))
            {
                Error(keyNode, $"options.{option} is not supported by preview (it needs other resources or state that an offline preview does not have); supported options: {string.Join(", ", SupportedOptions)}");
            }
        }

        if (component.Properties is null)
        {
            return ImmutableSortedDictionary<string, PropertyValue>.Empty;
        }

        var value = evaluator.Evaluate(component.Properties, component.Name, errors);
        return MarkSecretInputs(value.AsObject);
    }

    /// <summary>
    /// Wraps the inputs the contract declares secret (the cluster password), as the schema makes
    /// pulumi-yaml do: a password from a non-secret config is still never shown.
    /// </summary>
    public static ImmutableSortedDictionary<string, PropertyValue> MarkSecretInputs(ImmutableSortedDictionary<string, PropertyValue> inputs)
    {
        foreach (var spec in ContractInputs.All.Where(s => s.Secret))
        {
            if (spec.ParentPath is null)
            {
                if (inputs.TryGetValue(spec.Name, out var top))
                {
                    inputs = inputs.SetItem(spec.Name, top.WithSecret());
                }
            }
            else if (inputs.TryGetValue(spec.ParentPath, out var parent) && parent.TryGetObject(out var entries)
                && entries.TryGetValue(spec.Name, out var nested))
            {
                inputs = inputs.SetItem(spec.ParentPath, PropertyValue.Object(entries.SetItem(spec.Name, nested.WithSecret()))
                    .WithSecret(parent.IsSecret).WithDependencies(parent.Dependencies));
            }
        }

        return inputs;
    }

    private static PropertyValue? NoResourceReferences(ProgramResource resource, Interpolation.Expression expression, out string? problem)
    {
        problem = resource.IsTidbDmsMigration
            ? $"'${{{expression.Source}}}' refers to the outputs of the TidbDmsMigration '{resource.Name}': references between resources are not supported by preview"
            : $"'${{{expression.Source}}}' refers to the resource '{resource.Name}' ({resource.Type}), which preview does not evaluate: put the value in config instead";
        return null;
    }

    /// <summary>
    /// The region the offline plan assumes: the program's <c>aws:region</c>, else the region the
    /// cluster host names (Starter/Essential), else <see cref="FallbackRegion"/>.
    /// </summary>
    public static string RegionFor(IReadOnlyDictionary<string, PropertyValue> config, ImmutableSortedDictionary<string, PropertyValue> inputs)
    {
        if (config.TryGetValue("aws:region", out var region) && !region.IsSecret && region.TryGetString(out var configured) && configured.Length > 0)
        {
            return configured;
        }

        if (inputs.TryGetValue("cluster", out var cluster) && cluster.TryGetObject(out var entries)
            && entries.TryGetValue("host", out var host) && host.TryGetString(out var hostName)
            && TidbHost.TryGetAwsRegion(hostName, out var hostRegion))
        {
            return hostRegion;
        }

        return FallbackRegion;
    }

    /// <summary>A component's diagnostic at the line of the input it names (the nearest written parent when it is absent).</summary>
    private static LocatedDiagnostic Locate(PulumiProgram program, ProgramResource component, PreviewDiagnostic diagnostic) =>
        new(program.Location(NodeOf(component, diagnostic.Path)), component.Name, diagnostic.Path.Length == 0 ? null : diagnostic.Path, diagnostic.Message);

    /// <summary>The key node of the input at <paramref name="path"/> (<c>cluster.sslMode</c>, <c>task.schemas[1]</c>), or its nearest written parent.</summary>
    public static YamlNode NodeOf(ProgramResource component, string path)
    {
        if (path.Length == 0)
        {
            return component.Node;
        }

        YamlNode found = component.Properties is null ? component.Node : component.Body.Children.First(kv => PulumiProgramLoader.Scalar(kv.Key) == "properties").Key;
        YamlNode? current = component.Properties;
        foreach (var segment in path.Split('.', StringSplitOptions.RemoveEmptyEntries))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            if (current is not YamlMappingNode mapping || !mapping.Children.TryGetValue(new YamlScalarNode(name), out var next))
            {
                return found;
            }

            found = mapping.Children.Keys.First(k => PulumiProgramLoader.Scalar(k) == name);
            current = next;
            foreach (var index in IndexesOf(segment, bracket))
            {
                if (current is not YamlSequenceNode sequence || index >= sequence.Children.Count)
                {
                    return found;
                }

                current = found = sequence.Children[index];
            }
        }

        return found;
    }

    private static IEnumerable<int> IndexesOf(string segment, int bracket)
    {
        while (bracket >= 0)
        {
            var close = segment.IndexOf(']', bracket);
            if (close < 0 || !int.TryParse(segment.AsSpan(bracket + 1, close - bracket - 1), out var index))
            {
                yield break;
            }

            yield return index;
            bracket = segment.IndexOf('[', close);
        }
    }

    /// <summary>
    /// The program's outputs, with <c>${component.output}</c> taken from the preview. An output the
    /// component does not set (it does not apply to this topology) is absent, with a warning.
    /// </summary>
    private static ImmutableArray<StackOutput> EvaluateOutputs(
        PulumiProgram program,
        IReadOnlyDictionary<string, PropertyValue> config,
        string stack,
        List<PreviewComponentResult> results,
        List<LocatedDiagnostic> warnings,
        List<LocatedDiagnostic> errors)
    {
        var byName = results.ToDictionary(r => r.Component.Name, StringComparer.Ordinal);
        var outputs = ImmutableArray.CreateBuilder<StackOutput>();
        foreach (var output in program.Outputs)
        {
            var absent = false;
            PropertyValue? FromResources(ProgramResource resource, Interpolation.Expression expression, out string? problem)
            {
                problem = null;
                if (!byName.TryGetValue(resource.Name, out var result))
                {
                    // Not previewed: its outputs are unknown here, as they are in a real first preview.
                    return PropertyValue.Computed;
                }

                if (expression.Accessors is [])
                {
                    problem = $"'${{{expression.Source}}}' is the whole resource; name one of its outputs, e.g. ${{{resource.Name}.{ContractOutputs.VpcId}}}";
                    return null;
                }

                if (expression.Accessors[0] is not Interpolation.Property { Name: var name })
                {
                    problem = $"'${{{expression.Source}}}': a resource has properties, not items";
                    return null;
                }

                if (name == "urn")
                {
                    return ProgramEvaluator.Access(PropertyValue.String(result.Component.Urn), expression.Accessors[1..], out problem);
                }

                if (!ContractOutputs.All.Any(o => o.Name == name))
                {
                    problem = $"'${{{expression.Source}}}': TidbDmsMigration has no output '{name}' (outputs: {string.Join(", ", ContractOutputs.All.Select(o => o.Name))})";
                    return null;
                }

                if (!result.Outputs.TryGetValue(name, out var value))
                {
                    absent = true;
                    return PropertyValue.Null;
                }

                return ProgramEvaluator.Access(value, expression.Accessors[1..], out problem);
            }

            var evaluator = new ProgramEvaluator(program, config, stack, FromResources);
            var value = evaluator.Evaluate(output.Value, null, errors);
            if (absent)
            {
                warnings.Add(new LocatedDiagnostic(
                    program.Location(output.Value), null, null, $"output '{output.Name}': the component does not set this output for its topology, so the stack output will be absent"));
                continue;
            }

            outputs.Add(new StackOutput(output.Name, value, IsListOutput(output.Value, byName)));
        }

        return outputs.ToImmutable();
    }

    /// <summary>True when the output is exactly <c>${component.listOutput}</c>, so an unknown value is a list.</summary>
    private static bool IsListOutput(YamlNode value, Dictionary<string, PreviewComponentResult> components) =>
        value is YamlScalarNode { Value: { } text }
        && Interpolation.TryParse(text, out var interpolation, out _)
        && interpolation.Whole is { Accessors: [Interpolation.Property { Name: var name }] } whole
        && components.ContainsKey(whole.Root)
        && ContractOutputs.All.Any(o => o.IsList && o.Name == name);
}
