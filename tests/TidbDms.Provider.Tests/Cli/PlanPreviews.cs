using System.Collections.Immutable;
using TidbDms.Provider.Cli;
using TidbDms.Provider.Component;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration.Construct;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>
/// Preview results straight from a plan, for renderer tests that must not depend on the planner or
/// a gRPC round trip: each child is what the engine records for the registration the registration
/// layer makes in a first preview (every child output still unknown), in plan order.
/// </summary>
internal static class PlanPreviews
{
    /// <summary>The component's own registration as the engine records it: parented to the stack, not custom, with the inputs it was given.</summary>
    public static RegisteredResource ComponentRegistration(string project, string stack, string componentName, ImmutableSortedDictionary<string, PropertyValue> inputs)
    {
        var stackUrn = ResourceUrn.Create(stack, project, "", ResourceUrn.StackType, $"{project}-{stack}");
        return new RegisteredResource(
            ResourceUrn.Create(stack, project, stackUrn, Tokens.TidbDmsMigration, componentName),
            Tokens.TidbDmsMigration,
            componentName,
            stackUrn,
            Custom: false,
            Remote: false,
            inputs,
            [],
            ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty);
    }

    /// <summary>The registrations and outputs of <paramref name="plan"/> in a first preview, in plan order.</summary>
    public static PreviewComponentResult Evaluate(string project, string stack, RegisteredResource component, MigrationPlan plan)
    {
        var request = new ComponentRequest(
            project, stack, component.Type, component.Name, component.Inputs, DryRun: true, ComponentOptions.Default(component.Parent));
        // Samples may refer to children they leave out: those read as unknown too.
        var types = plan.Resources.ToDictionary(r => r.Name, r => r.Type, StringComparer.Ordinal);
        var referenced = plan.Resources.SelectMany(r => r.Inputs.Values).Concat(plan.Outputs.Values).SelectMany(v => v.ReferencedResources());
        var registered = types.Keys.Concat(referenced).Distinct(StringComparer.Ordinal).ToImmutableSortedDictionary(
            name => name,
            name => new RegisterResourceResult(
                ResourceUrn.Create(stack, project, component.Urn, types.GetValueOrDefault(name, "aws:index:Unknown"), name),
                "",
                ImmutableSortedDictionary<string, PropertyValue>.Empty),
            StringComparer.Ordinal);
        var children = plan.Resources.Select(resource => Recorded(registered[resource.Name].Urn, Registrar.ChildArgs(resource, request, component.Urn, registered)));
        var outputs = ComponentOutputs.Build(plan.Outputs, registered, [], dryRun: true).State;
        return new PreviewComponentResult(component, [.. children], outputs, [], null);
    }

    /// <summary>What the engine records for a registration the provider makes.</summary>
    public static RegisteredResource Recorded(string urn, RegisterResourceArgs args) =>
        new(urn, args.Type, args.Name, args.Parent, args.Custom, Remote: false, args.Inputs, args.Dependencies, args.PropertyDependencies)
        {
            Provider = args.Provider,
            Providers = args.Providers,
            Version = args.Version,
            AdditionalSecretOutputs = args.AdditionalSecretOutputs,
            Protect = args.Protect,
            RetainOnDelete = args.RetainOnDelete,
            DeleteBeforeReplace = args.DeleteBeforeReplace,
            DeletedWith = args.DeletedWith,
        };
}
