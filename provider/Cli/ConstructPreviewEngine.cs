using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Testing;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Cli;

/// <summary>
/// Previews a component through the real path: the provider's own gRPC server (as the engine starts
/// it) and a mock engine in preview mode, both in process on loopback, with <c>Construct</c> called
/// over HTTP/2. What is shown is what the mock engine recorded: the registrations, the outputs, the
/// warnings logged on the component. The AWS account is <see cref="DefaultAwsMocks.Offline"/>: the
/// region's zones, no roles looked up, nothing created.
/// </summary>
internal sealed class ConstructPreviewEngine : IPreviewEngine
{
    public async Task<PreviewComponentResult> PreviewAsync(
        string componentName,
        ImmutableSortedDictionary<string, PropertyValue> inputs,
        PreviewContext context,
        CancellationToken cancellationToken)
    {
        var options = new MockEngineOptions { Project = context.Project, Stack = context.Stack, IsPreview = true };
        await using var run = await ComponentTest.StartAsync(DefaultAwsMocks.Offline(context.Region), options, cancellationToken: cancellationToken)
            .ConfigureAwait(false);
        var (result, failure) = await run.TryConstructAsync(componentName, inputs, cancellationToken).ConfigureAwait(false);

        var resources = run.Engine.Resources;
        var component = resources.FirstOrDefault(r => !r.Custom)
            ?? RegisteredResource.DeclaredComponent(context.Stack, context.Project, context.StackUrn, componentName, inputs);
        var warnings = run.Engine.Logs
            .Where(l => l.Severity == LogSeverity.Warning && l.Urn == component.Urn)
            .Select(l => new PreviewDiagnostic(PathOf(l.Message), l.Message))
            .ToImmutableArray();
        if (result is null)
        {
            return new PreviewComponentResult(component, [], ImmutableSortedDictionary<string, PropertyValue>.Empty, warnings, Errors(failure!, inputs));
        }

        var children = InPlanOrder(resources.Where(r => r.Custom), componentName, inputs, context);
        return new PreviewComponentResult(component, children, result.Outputs, warnings, []);
    }

    /// <summary>
    /// Input errors read as the engine prints them (path, the value received, the reason); any
    /// other failure as one message about the component as a whole.
    /// </summary>
    private static ImmutableArray<PreviewDiagnostic> Errors(ConstructFailure failure, ImmutableSortedDictionary<string, PropertyValue> inputs) =>
        failure.PropertyErrors.IsEmpty
            ? [new PreviewDiagnostic("", failure.Message)]
            : [.. failure.PropertyErrors.Select(e => new PreviewDiagnostic(
                e.Path,
                ValueAt(inputs, e.Path) is { } value ? $"{e.Path} ('{value}'): {e.Reason}" : $"{e.Path}: {e.Reason}"))];

    /// <summary>The value a program gave at <paramref name="path"/> (<c>cluster.port</c>, <c>task.schemas[1]</c>), rendered safely (secrets redacted).</summary>
    private static string? ValueAt(ImmutableSortedDictionary<string, PropertyValue> inputs, string path)
    {
        PropertyValue current = PropertyValue.Object(inputs);
        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var name = bracket < 0 ? segment : segment[..bracket];
            if (!current.TryGetObject(out var properties) || !properties.TryGetValue(name, out current!))
            {
                return null;
            }

            while (bracket >= 0)
            {
                var close = segment.IndexOf(']', bracket);
                if (close < 0 || !int.TryParse(segment.AsSpan(bracket + 1, close - bracket - 1), out var index)
                    || !current.TryGetArray(out var items) || index >= items.Length)
                {
                    return null;
                }

                current = items[index];
                bracket = segment.IndexOf('[', close);
            }
        }

        return current.ToString();
    }

    /// <summary>The input path a warning starts with (<c>cluster.sslMode: …</c>), or empty.</summary>
    private static string PathOf(string message)
    {
        var colon = message.IndexOf(": ", StringComparison.Ordinal);
        var path = colon < 0 ? "" : message[..colon];
        return ContractInputs.TryGet(path, out _) ? path : "";
    }

    /// <summary>
    /// The engine records registrations as they finish, which varies from run to run when children
    /// are registered side by side; show them in the plan's order instead (the same plan the
    /// provider made, from the same inputs and offline facts), so the preview reads the same every time.
    /// </summary>
    private static ImmutableArray<RegisteredResource> InPlanOrder(
        IEnumerable<RegisteredResource> children,
        string componentName,
        ImmutableSortedDictionary<string, PropertyValue> inputs,
        PreviewContext context)
    {
        var order = new Dictionary<string, int>(StringComparer.Ordinal);
        if (TidbDmsMigrationInputs.Read(inputs).Args is { } args)
        {
            var plan = Planner.Plan(componentName, args, PlanContext.Offline(context.Region, context.Project, context.Stack));
            for (var i = 0; i < plan.Resources.Length; i++)
            {
                order[plan.Resources[i].Name] = i;
            }
        }

        return [.. children.OrderBy(c => order.GetValueOrDefault(c.Name, int.MaxValue)).ThenBy(c => c.Name, StringComparer.Ordinal)];
    }
}
