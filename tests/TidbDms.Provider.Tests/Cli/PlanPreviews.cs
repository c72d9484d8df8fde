using System.Collections.Immutable;
using TidbDms.Provider.Cli;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Testing;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>
/// Preview results straight from a plan, for tests of the preview command that must not depend
/// on the planner or a gRPC round trip: each child is registered as the registration layer would
/// in a first preview (every child output still unknown).
/// </summary>
internal static class PlanPreviews
{
    /// <summary>The component's own registration: parented to the stack, not custom, with the inputs it was given.</summary>
    public static RegisteredResource ComponentRegistration(string componentName, ImmutableSortedDictionary<string, PropertyValue> inputs, PreviewContext context) =>
        RegisteredResource.DeclaredComponent(context.Stack, context.Project, context.StackUrn, componentName, inputs);

    /// <summary>The registrations and outputs of <paramref name="plan"/> in a first preview, in plan order.</summary>
    public static PreviewComponentResult Evaluate(
        RegisteredResource component, MigrationPlan plan, ImmutableArray<PreviewDiagnostic> warnings, PreviewContext context)
    {
        var request = new ComponentRequest(
            context.Project, context.Stack, component.Type, component.Name, component.Inputs, DryRun: true, ComponentOptions.Default(component.Parent));
        // Samples may refer to children they leave out: those read as unknown too.
        var types = plan.Resources.ToDictionary(r => r.Name, r => r.Type, StringComparer.Ordinal);
        var referenced = plan.Resources.SelectMany(r => r.Inputs.Values).Concat(plan.Outputs.Values).SelectMany(v => v.ReferencedResources());
        var registered = types.Keys.Concat(referenced).Distinct(StringComparer.Ordinal).ToImmutableSortedDictionary(
            name => name,
            name => new RegisterResourceResult(
                ResourceUrn.Create(context.Stack, context.Project, component.Urn, types.GetValueOrDefault(name, "aws:index:Unknown"), name),
                "",
                ImmutableSortedDictionary<string, PropertyValue>.Empty),
            StringComparer.Ordinal);
        var children = plan.Resources.Select(resource =>
        {
            var args = Registrar.ChildArgs(resource, request, component.Urn, registered);
            return RegisteredResource.From(registered[resource.Name].Urn, args);
        });
        var outputs = ComponentOutputs.Build(plan.Outputs, registered, [], dryRun: true).State;
        return new PreviewComponentResult(component, [.. children], outputs, warnings, []);
    }
}
