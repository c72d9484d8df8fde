using System.Collections.Immutable;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Cli;

/// <summary>
/// The preview of a <c>runtime: nodejs</c> program: its config resolved as for any project
/// (<c>--config</c>, then the values and defaults <c>Pulumi.yaml</c> declares), its installation
/// checked (<see cref="NodeInstallation"/>), then the program itself run with its own
/// <c>@pulumi/pulumi</c> against the offline engine with the plugin attached
/// (<see cref="NodeLanguageHost"/>), and what the engine recorded turned into the same preview a
/// YAML program gets: the components and their children, the stack's exports as the outputs,
/// the program's messages and console output, and its errors as <c>pulumi preview</c> shows them.
/// </summary>
/// <remarks>
/// A secret config key without a value cannot be unknown to a Node.js program (the SDK reads
/// config as text), so the program gets <see cref="SecretPlaceholder"/> for it, still secret: the
/// preview shows it as <c>[secret]</c> like any secret, so the shape of what would be created is
/// the same as with the real value, and nothing needs to be typed on a command line.
/// </remarks>
internal sealed class NodePreview
{
    /// <summary>What a secret config key without a value is set to for the run (secret, so never shown).</summary>
    public const string SecretPlaceholder = "offline-preview-placeholder";

    private readonly PreviewEnvironment _environment;

    public NodePreview(PreviewEnvironment environment) => _environment = environment;

    /// <param name="pulumiYaml">The program's <c>Pulumi.yaml</c> (absolute).</param>
    /// <param name="displayPath">The same file as shown to the user.</param>
    /// <param name="loadErrors">What reading <c>Pulumi.yaml</c> found wrong.</param>
    public async Task<PreviewResult> PreviewAsync(
        PulumiProgram program,
        string pulumiYaml,
        string displayPath,
        ImmutableArray<LocatedDiagnostic> loadErrors,
        PreviewRequest request,
        CancellationToken cancellationToken)
    {
        var errors = new List<LocatedDiagnostic>(loadErrors);
        var configWarnings = new List<LocatedDiagnostic>();
        var config = StackConfiguration.Resolve(program, pulumiYaml, displayPath, request, errors, configWarnings);
        var project = NodeProject.From(program, pulumiYaml, request.CurrentDirectory, errors);
        if (errors.Count > 0 || project is null)
        {
            return Failed(program.Name, request.Stack, displayPath, errors) with { Warnings = [.. configWarnings] };
        }

        var host = new NodeLanguageHost(_environment.Node);
        if (host.Prepare(project, out var problem) is not { } launch)
        {
            return Failed(program.Name, request.Stack, displayPath, [new LocatedDiagnostic(null, null, null, problem!)]) with { Warnings = [.. configWarnings] };
        }

        var (engineConfig, secretKeys) = EngineConfig.From(program.Name, WithPlaceholders(config));
        var region = RegionChoice.For(config, []);
        var options = new OfflineEngineOptions
        {
            Project = program.Name,
            Stack = request.Stack,
            Organization = request.Organization ?? OfflineEngineOptions.DefaultOrganization,
            DryRun = true,
            Config = engineConfig,
            ConfigSecretKeys = secretKeys,
            // The program's inputs are not known before it runs: the region is the config's, else the fallback.
            Cloud = _environment.Cloud(region.Region),
        };
        await using var deployment = await PreviewDeployment.StartAsync(options, _environment.StartPlugin, cancellationToken).ConfigureAwait(false);
        var exit = await host.RunAsync(project, launch, deployment.Engine, cancellationToken).ConfigureAwait(false);
        var result = Result(program.Name, request.Stack, displayPath, project, deployment.Engine.Records, exit, _environment.Node.Timeout, config.Values);
        return result with
        {
            Warnings = [.. configWarnings, .. result.Warnings],
            Assumptions = region.Assumptions,
        };
    }

    /// <summary>Secret config without a value (unknown) as <see cref="SecretPlaceholder"/>, still secret.</summary>
    public static ImmutableDictionary<string, PropertyValue> WithPlaceholders(IReadOnlyDictionary<string, PropertyValue> config) =>
        config.ToImmutableDictionary(
            c => c.Key,
            c => c.Value.Kind == PropertyValueKind.Computed && c.Value.IsSecret ? PropertyValue.String(SecretPlaceholder).WithSecret() : c.Value,
            StringComparer.Ordinal);

    /// <summary>
    /// What a Node.js program's run shows: the engine's records as for any program (components,
    /// their diagnostics, failed <c>Construct</c>s at the program's line), the stack's exports as
    /// the outputs, the program's own messages (its errors as errors, except its report of a
    /// failed <c>Construct</c>, which the component's error already explains; its warnings as
    /// warnings; its info lines and console output as the stack's messages), other resources it
    /// registered as not previewed, and an error when it was stopped or failed without saying why.
    /// </summary>
    /// <param name="config">The program's config: its secret values are masked in what the program prints, as are the secrets it registered.</param>
    public static PreviewResult Result(
        string projectName,
        string stack,
        string displayPath,
        NodeProject project,
        EngineRecords records,
        NodeProgramExit exit,
        TimeSpan timeout,
        IEnumerable<PropertyValue>? config = null)
    {
        var mask = SecretMask.From((config ?? [])
            .Concat(records.Registrations.SelectMany(r => r.Resource.Inputs.Values.Concat(r.Outputs.Values)))
            .Concat(records.Outputs.SelectMany(o => o.Outputs.Values)));
        var recorded = RecordedPreview.Result(projectName, stack, displayPath, records, (name, _) => Locate(project, records, name));
        var shown = recorded.Components.SelectMany(c => c.Children.Prepend(c.Component)).Select(r => r.Urn).ToHashSet(StringComparer.Ordinal);
        var stackUrn = records.Stack?.Urn ?? recorded.StackUrn;

        // The program's own report of a component whose Construct failed ("failed to register new
        // resource …: resource monitor shut down", with its stack) says nothing the component's
        // error does not: it is not repeated.
        var consequences = records.ConstructFailures
            .Select(f => $"failed to register new resource {f.Component.Name} [{f.Component.Type}]")
            .ToList();
        var errors = new List<LocatedDiagnostic>();
        var warnings = new List<LocatedDiagnostic>();
        var console = new List<string>();
        foreach (var log in records.Logs.Where(l => !shown.Contains(l.Urn)))
        {
            if (log.Severity == MessageSeverity.Error && consequences.Any(c => log.Message.Contains(c, StringComparison.Ordinal)))
            {
                continue;
            }

            switch (log.Severity)
            {
                case MessageSeverity.Error:
                    errors.Add(new LocatedDiagnostic(null, null, null, mask.Apply(log.Message)));
                    break;
                case MessageSeverity.Warning:
                    warnings.Add(new LocatedDiagnostic(null, null, null, mask.Apply(log.Message)));
                    break;
                case MessageSeverity.Info:
                    console.Add(mask.Apply(log.Message));
                    break;
            }
        }

        console.AddRange(exit.Console.Select(mask.Apply));
        if (exit.TimedOut)
        {
            errors.Add(new LocatedDiagnostic(null, null, null,
                $"the program was still running after {Describe(timeout)} and was stopped: a program that never ends keeps a timer, a server or an unsettled promise alive"));
        }
        else if (exit.ExitCode != 0 && errors.Count == 0 && recorded.Errors.IsEmpty)
        {
            errors.Add(new LocatedDiagnostic(null, null, null, $"the program exited with code {exit.ExitCode} without reporting an error (its output, if any, is above)"));
        }

        var outputs = records.OutputsOf(stackUrn) ?? ImmutableSortedDictionary<string, PropertyValue>.Empty;
        var notPreviewed = records.Resources
            .Where(r => !r.IsStack && !shown.Contains(r.Urn))
            .Select(r => new NotPreviewedResource(r.Name, r.Type));
        return recorded with
        {
            NotPreviewed = [.. notPreviewed],
            Outputs = [.. outputs.Select(o => new StackOutput(o.Key, o.Value, o.Value.Kind == PropertyValueKind.Array))],
            Warnings = [.. recorded.Warnings, .. warnings],
            Errors = [.. recorded.Errors, .. errors],
            Console = [.. console],
        };
    }

    /// <summary><c>file:line</c> of the program's <c>new TidbDmsMigration(…)</c> for the component named <paramref name="name"/>, as its SDK reported it.</summary>
    private static string? Locate(NodeProject project, EngineRecords records, string name)
    {
        var declared = records.Registrations.Select(r => r.Resource).Where(r => r.Remote)
            .Concat(records.ConstructFailures.Select(f => f.Component))
            .FirstOrDefault(r => string.Equals(r.Name, name, StringComparison.Ordinal));
        return declared?.Source is { FilePath: { } file } source ? $"{project.Display(file)}:{source.Line}" : null;
    }

    private static string Describe(TimeSpan timeout) =>
        timeout.TotalMinutes >= 1 && timeout.Seconds == 0 ? $"{timeout.TotalMinutes:0} minute{(timeout.TotalMinutes == 1 ? "" : "s")}" : $"{timeout.TotalSeconds:0.#} s";

    private static PreviewResult Failed(string project, string stack, string program, IEnumerable<LocatedDiagnostic> errors) =>
        new(project, stack, program, [], [], [], [], [.. errors]);
}
