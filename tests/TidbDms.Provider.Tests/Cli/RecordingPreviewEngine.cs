using System.Collections.Immutable;
using TidbDms.Provider.Cli;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>
/// A stand-in for the engine (the seam the Construct path will fill): records what the preview
/// sends, and answers with one child that echoes the inputs, plus the errors and warnings given.
/// </summary>
internal sealed class RecordingPreviewEngine : IPreviewEngine
{
    public List<(string Name, ImmutableSortedDictionary<string, PropertyValue> Inputs, PreviewContext Context)> Calls { get; } = [];

    public Dictionary<string, ImmutableArray<PreviewDiagnostic>> Errors { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, ImmutableArray<PreviewDiagnostic>> Warnings { get; } = new(StringComparer.Ordinal);

    public Task<PreviewComponentResult> PreviewAsync(
        string componentName, ImmutableSortedDictionary<string, PropertyValue> inputs, PreviewContext context, CancellationToken cancellationToken)
    {
        Calls.Add((componentName, inputs, context));
        var component = PlanPreviews.ComponentRegistration(componentName, inputs, context);
        if (Errors.TryGetValue(componentName, out var errors))
        {
            return Task.FromResult(new PreviewComponentResult(component, [], ImmutableSortedDictionary<string, PropertyValue>.Empty, Warnings.GetValueOrDefault(componentName, []), errors));
        }

        var plan = new MigrationPlan(
            componentName,
            [SamplePreviews.Resource("aws:ec2/vpc:Vpc", $"{componentName}-vpc", ("echo", PlanValue.Of(PropertyValue.Object(inputs))))],
            new Dictionary<string, PlanValue>
            {
                ["vpcId"] = SamplePreviews.Ref($"{componentName}-vpc"),
                ["natGatewayPublicIps"] = PlanValue.ListOf([SamplePreviews.Ref($"{componentName}-vpc", "ip")]),
                ["replicationInstancePublicIps"] = SamplePreviews.Ref($"{componentName}-vpc", "ips"),
            }.ToImmutableSortedDictionary(StringComparer.Ordinal));
        return Task.FromResult(PlanPreviews.Evaluate(component, plan, Warnings.GetValueOrDefault(componentName, []), context));
    }
}
