using System.Collections.Immutable;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Cli;

/// <summary>
/// The <c>preview</c> verb's work: read the program and its config, then run it as a Pulumi
/// program against the offline engine with the plugin attached, and print what the engine
/// recorded. A YAML program is evaluated here (register the stack, each <c>TidbDmsMigration</c>
/// as a remote component with its options, the stack's outputs from the answers); a Node.js
/// program runs itself, with its own <c>@pulumi/pulumi</c> (<see cref="NodePreview"/>). Every
/// problem is reported with its place in the program, all of them at once; the exit code is 1
/// when there is any.
/// </summary>
internal sealed class PreviewRunner
{
    /// <summary>The region when neither the program nor a cluster host names one (TiDB Cloud's first AWS region).</summary>
    public const string FallbackRegion = "us-west-2";

    private readonly PreviewEnvironment _environment;

    public PreviewRunner(PreviewEnvironment environment) => _environment = environment;

    public async Task<int> RunAsync(PreviewRequest request, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        var result = await PreviewAsync(request, cancellationToken).ConfigureAwait(false);
        var baseline = request.DiffAgainst is null ? null : DiffBase.Read(request.DiffAgainst, request.CurrentDirectory);
        if (baseline is { Problem: { } unreadable })
        {
            result = result with { Errors = [new LocatedDiagnostic(null, null, null, unreadable), .. result.Errors] };
        }

        if (!result.Errors.IsEmpty)
        {
            // What the program printed first, as the engine shows a program's output before its errors.
            foreach (var line in result.Console)
            {
                await error.WriteLineAsync(line).ConfigureAwait(false);
            }

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

        PlanDiff? diff = null;
        if (baseline is not null || request.Format == PreviewFormat.Markdown)
        {
            var head = PlanSnapshot.From(result);
            var @base = baseline?.Snapshot ?? PlanSnapshot.Empty(result.Project, result.Stack);
            diff = PlanDiff.Compute(@base, head);
            result = result with { Warnings = [.. result.Warnings, .. DiffBase.Warnings(@base, head, baseline?.DisplayName)] };
        }

        // The base by its file name: a PR comment shows no runner's paths.
        var baseName = baseline is null ? null : Path.GetFileName(baseline.DisplayName);
        switch (request.Format)
        {
            case PreviewFormat.Json:
                PreviewJsonRenderer.Render(result, output, diff, baseName ?? "");
                break;
            case PreviewFormat.Markdown:
                MarkdownRenderer.Render(result, diff!, baseName, output);
                break;
            case PreviewFormat.Text when diff is not null:
                PlanDiffTextRenderer.Render(result, diff, baseName!, output);
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
        // Pulumi's stack-name rules first: the name goes into every URN and DMS identifier.
        StackName.Parse(request.Stack, null, out var stackProblem);
        LocatedDiagnostic[] stackErrors = stackProblem is null ? [] : [new LocatedDiagnostic(null, null, null, stackProblem)];
        if (!PulumiProgramLoader.TryLocate(request.Program, request.CurrentDirectory, out var path, out var displayPath, out var locateError))
        {
            return Failed("", request.Stack, request.Program ?? "", [.. stackErrors, new LocatedDiagnostic(null, null, null, locateError!)]);
        }

        var (program, loadErrors) = PulumiProgramLoader.Load(path, displayPath);
        if (program is null)
        {
            return Failed("", request.Stack, displayPath, [.. stackErrors, .. loadErrors]);
        }

        if (StackName.Parse(request.Stack, program.Name, out stackProblem) is not { } stack)
        {
            return Failed(program.Name, request.Stack, displayPath, [new LocatedDiagnostic(null, null, null, stackProblem!), .. loadErrors]);
        }

        request = request with { Stack = stack.Name, Organization = stack.Organization };

        if (program.Runtime.IsNodeJs)
        {
            return await new NodePreview(_environment).PreviewAsync(program, path, displayPath, loadErrors, request, cancellationToken).ConfigureAwait(false);
        }

        var errors = new List<LocatedDiagnostic>(loadErrors);
        errors.AddRange(TypeTokenCheck.Misspelt(program));
        var configWarnings = new List<LocatedDiagnostic>();
        var config = StackConfiguration.Resolve(program, path, displayPath, request, errors, configWarnings);
        var notPreviewed = program.Resources.Where(r => !r.IsTidbDmsMigration).Select(r => new NotPreviewedResource(r.Name, r.Type)).ToImmutableArray();
        var inputsEvaluator = new ProgramEvaluator(program, config, request.Stack, NoResourceReferences);
        var components = program.Resources.Where(r => r.IsTidbDmsMigration)
            .Select(c => (Resource: c, Registration: ProgramComponents.Read(program, c, inputsEvaluator, errors)))
            .ToList();
        if (errors.Count > 0)
        {
            return Failed(program.Name, request.Stack, displayPath, errors) with { Warnings = [.. configWarnings] };
        }

        var (engineConfig, secretKeys) = EngineConfig.From(program.Name, config);
        var region = RegionChoice.For(config, components.Select(c => c.Registration.Inputs));
        var options = new OfflineEngineOptions
        {
            Project = program.Name,
            Stack = request.Stack,
            Organization = request.Organization ?? OfflineEngineOptions.DefaultOrganization,
            DryRun = true,
            Config = engineConfig,
            ConfigSecretKeys = secretKeys,
            Cloud = _environment.Cloud(region.Region),
        };
        await using var deployment = await PreviewDeployment.StartAsync(options, _environment.StartPlugin, cancellationToken).ConfigureAwait(false);
        var run = deployment.Engine.Program;
        var stackUrn = await run.RegisterStackAsync(cancellationToken).ConfigureAwait(false);

        // As an SDK registers independent resources: all at once, each answered once its provider has constructed it.
        var answers = await Task.WhenAll(components.Select(c => RegisterAsync(run, c.Registration, cancellationToken))).ConfigureAwait(false);
        var answered = new Dictionary<string, RemoteComponentAnswer>(StringComparer.Ordinal);
        var failed = false;
        for (var i = 0; i < components.Count; i++)
        {
            var (component, _) = components[i];
            switch (answers[i])
            {
                case (_, EngineCallException refused):
                    errors.Add(new LocatedDiagnostic(program.Location(component.Node), component.Name, null, refused.Message));
                    break;
                case ({ Failure: not null }, _):
                    // Recorded by the engine: reported from its records below.
                    failed = true;
                    break;
                case ({ } answer, _):
                    answered[component.Name] = answer;
                    break;
            }
        }

        var programWarnings = new List<LocatedDiagnostic>();
        var outputs = ImmutableArray<StackOutput>.Empty;
        if (errors.Count == 0 && !failed)
        {
            outputs = ProgramOutputs.Evaluate(program, config, request.Stack, answered, programWarnings, errors);
            if (errors.Count == 0)
            {
                await run.RegisterStackOutputsAsync(stackUrn, outputs.ToImmutableSortedDictionary(o => o.Name, o => o.Value, StringComparer.Ordinal)).ConfigureAwait(false);
            }
        }

        await run.SignalAndWaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
        var records = deployment.Engine.Records;

        // Each component's diagnostics at its line in the program, an input's at the input's line.
        string? Locate(string name, string? inputPath) =>
            components.FirstOrDefault(c => c.Resource.Name == name).Resource is { } declared
                ? program.Location(inputPath is null ? declared.Node : ProgramComponents.NodeOf(declared, inputPath))
                : null;
        var recorded = RecordedPreview.Result(program.Name, request.Stack, displayPath, records, Locate);

        // What the stack's outputs are is what the engine recorded for them.
        var recordedOutputs = records.OutputsOf(stackUrn);
        return recorded with
        {
            NotPreviewed = notPreviewed,
            Outputs = [.. outputs.Select(o => recordedOutputs is not null && recordedOutputs.TryGetValue(o.Name, out var value) ? o with { Value = value } : o)],
            Warnings = [.. configWarnings, .. recorded.Warnings, .. programWarnings],
            Errors = [.. recorded.Errors, .. errors],
            Assumptions = region.Assumptions,
        };
    }

    private static async Task<(RemoteComponentAnswer? Answer, EngineCallException? Refused)> RegisterAsync(
        InProcessProgram run, RemoteComponentRegistration registration, CancellationToken cancellationToken)
    {
        try
        {
            return (await run.RegisterRemoteComponentAsync(registration, cancellationToken).ConfigureAwait(false), null);
        }
        catch (EngineCallException ex)
        {
            return (null, ex);
        }
    }

    private static PreviewResult Failed(string project, string stack, string program, IEnumerable<LocatedDiagnostic> errors) =>
        new(project, stack, program, [], [], [], [], [.. errors]);

    private static PropertyValue? NoResourceReferences(ProgramResource resource, Interpolation.Expression expression, out string? problem)
    {
        problem = resource.IsTidbDmsMigration
            ? $"'${{{expression.Source}}}' refers to the outputs of the TidbDmsMigration '{resource.Name}': references between resources are not supported by preview"
            : $"'${{{expression.Source}}}' refers to the resource '{resource.Name}' ({resource.Type}), which preview does not evaluate: put the value in config instead";
        return null;
    }
}
