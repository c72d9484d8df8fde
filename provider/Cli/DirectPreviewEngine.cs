using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Testing;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Cli;

/// <summary>
/// The interim preview engine: reads the inputs, checks the context rules, plans, and turns the
/// plan into the registrations a preview would make, all in process and without the gRPC path.
/// </summary>
/// <remarks>
/// <para>
/// It stands in for the real path (Construct through the provider service, answered by a mock
/// engine that records each <c>RegisterResource</c>) until that path exists; it is replaced behind
/// <see cref="IPreviewEngine"/>. It evaluates plan values the way a preview sees them: a reference
/// to a child's output is unknown (the child is not created yet), literals pass through with their
/// secret flag, and URNs are built as the engine builds them.
/// </para>
/// <para>
/// What it cannot show, and the Construct path will: outputs the AWS provider knows at preview
/// time (it echoes some inputs), and the provider and version the registration layer sets
/// (left empty here).
/// </para>
/// </remarks>
internal sealed class DirectPreviewEngine : IPreviewEngine
{
    public Task<PreviewComponentResult> PreviewAsync(
        string componentName,
        ImmutableSortedDictionary<string, PropertyValue> inputs,
        PreviewContext context,
        CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var component = ComponentRegistration(componentName, inputs, context);

        var read = TidbDmsMigrationInputs.Read(inputs);
        var warnings = read.Warnings.Select(ToDiagnostic).ToList();
        if (!read.IsValid)
        {
            return Task.FromResult(Failed(component, read.Errors, warnings));
        }

        var planContext = PlanContext.Offline(context.Region, context.Project, context.Stack);
        var (contextErrors, contextWarnings) = ContextValidator.Validate(read.Args!, planContext);
        warnings.AddRange(contextWarnings.Select(ToDiagnostic));
        if (!contextErrors.IsEmpty)
        {
            return Task.FromResult(Failed(component, contextErrors, warnings));
        }

        var plan = Planner.Plan(componentName, read.Args!, planContext);
        return Task.FromResult(Evaluate(component, plan, [.. warnings], context));
    }

    /// <summary>The component's own registration: parented to the stack, not custom, with the inputs it was given.</summary>
    public static RegisteredResource ComponentRegistration(
        string componentName, ImmutableSortedDictionary<string, PropertyValue> inputs, PreviewContext context) =>
        new(
            context.Urn(Tokens.TidbDmsMigration, componentName),
            Tokens.TidbDmsMigration,
            componentName,
            context.StackUrn,
            Custom: false,
            inputs,
            [],
            ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty,
            Provider: "",
            Version: "",
            []);

    /// <summary>The registrations and outputs of a plan, as a preview makes them.</summary>
    public static PreviewComponentResult Evaluate(
        RegisteredResource component, MigrationPlan plan, ImmutableArray<PreviewDiagnostic> warnings, PreviewContext context)
    {
        var urns = plan.Resources.ToImmutableDictionary(
            r => r.Name,
            r => context.Urn($"{component.Type}${r.Type}", r.Name),
            StringComparer.Ordinal);

        var children = plan.Resources.Select(resource =>
        {
            var propertyDependencies = resource.Inputs
                .Select(kv => KeyValuePair.Create(kv.Key, DependenciesOf(kv.Value, urns)))
                .Where(kv => !kv.Value.IsEmpty)
                .ToImmutableSortedDictionary(StringComparer.Ordinal);
            return new RegisteredResource(
                urns[resource.Name],
                resource.Type,
                resource.Name,
                component.Urn,
                Custom: true,
                resource.Inputs.ToImmutableSortedDictionary(kv => kv.Key, kv => Evaluate(kv.Value), StringComparer.Ordinal),
                [.. resource.Prerequisites.Select(name => urns[name])],
                propertyDependencies,
                Provider: "",
                Version: "",
                resource.AdditionalSecretOutputs);
        }).ToImmutableArray();

        var outputs = plan.Outputs.ToImmutableSortedDictionary(kv => kv.Key, kv => Evaluate(kv.Value), StringComparer.Ordinal);
        return new PreviewComponentResult(component, children, outputs, warnings, []);
    }

    /// <summary>A plan value as a preview sees it: every child output is still unknown.</summary>
    public static PropertyValue Evaluate(PlanValue value) => value switch
    {
        PlanValue.Literal literal => literal.Value,
        PlanValue.Ref => PropertyValue.Computed,
        PlanValue.List list => PropertyValue.Array(list.Items.Select(Evaluate)),
        PlanValue.Map map => PropertyValue.Object(map.Entries.Select(kv => KeyValuePair.Create(kv.Key, Evaluate(kv.Value)))),
        PlanValue.Concat concat => Concatenate([.. concat.Parts.Select(Evaluate)]),
        PlanValue.EachWithSuffix each => AppendToEach(Evaluate(each.Source), each.Suffix),
        PlanValue.Secret secret => Evaluate(secret.Inner).WithSecret(),
        _ => throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "unknown plan value"),
    };

    private static PropertyValue Concatenate(ImmutableArray<PropertyValue> parts)
    {
        var secret = parts.Any(p => p.ContainsSecrets);
        if (parts.Any(p => p.ContainsUnknowns))
        {
            return PropertyValue.Computed.WithSecret(secret);
        }

        var text = new StringBuilder();
        foreach (var part in parts)
        {
            text.Append(part.Kind switch
            {
                PropertyValueKind.String => part.AsString,
                PropertyValueKind.Number when part.TryGetNumber(out var n) => n.ToString("R", CultureInfo.InvariantCulture),
                PropertyValueKind.Bool when part.TryGetBool(out var b) => b ? "true" : "false",
                _ => throw new InvalidOperationException($"cannot concatenate {part.Describe()}"),
            });
        }

        return PropertyValue.String(text.ToString()).WithSecret(secret);
    }

    private static PropertyValue AppendToEach(PropertyValue source, string suffix)
    {
        if (source.IsComputed)
        {
            return source;
        }

        var items = source.AsArray.Select(item => item.IsComputed ? item : PropertyValue.String(item.AsString + suffix).WithSecret(item.IsSecret));
        return PropertyValue.Array(items).WithSecret(source.IsSecret);
    }

    private static ImmutableArray<string> DependenciesOf(PlanValue value, ImmutableDictionary<string, string> urns) =>
    [
        .. value.ReferencedResources().Select(name => urns[name])
            .Concat(InputDependencies(value))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>The URNs the component's own inputs came from, carried by literals at any depth.</summary>
    private static IEnumerable<string> InputDependencies(PlanValue value) => value switch
    {
        PlanValue.Literal literal => literal.Value.AllDependencies,
        PlanValue.List list => list.Items.SelectMany(InputDependencies),
        PlanValue.Map map => map.Entries.Values.SelectMany(InputDependencies),
        PlanValue.Concat concat => concat.Parts.SelectMany(InputDependencies),
        PlanValue.EachWithSuffix each => InputDependencies(each.Source),
        PlanValue.Secret secret => InputDependencies(secret.Inner),
        _ => [],
    };

    private static PreviewComponentResult Failed(
        RegisteredResource component, ImmutableArray<InputError> errors, IEnumerable<PreviewDiagnostic> warnings) =>
        new(component, [], ImmutableSortedDictionary<string, PropertyValue>.Empty, [.. warnings], [.. errors.Select(e => new PreviewDiagnostic(e.Path, e.ToString()))]);

    private static PreviewDiagnostic ToDiagnostic(InputWarning warning) => new(warning.Path, warning.ToString());
}
