using System.Collections.Immutable;
using System.Globalization;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Registration;

/// <summary>
/// What each registration and output must be, worked out from the plan and from what the mock
/// engine itself answered for each child (not from the provider's own evaluation): a reference
/// is the referenced child's recorded ID or output, unknown in a preview when the engine did not
/// know it.
/// </summary>
internal sealed class RegistrationOracle
{
    private readonly ImmutableDictionary<string, RecordedRegistration> _byName;
    private readonly bool _preview;

    public RegistrationOracle(IEnumerable<RecordedRegistration> registrations, bool preview)
    {
        _byName = registrations.Where(r => r.Request.Custom).ToImmutableDictionary(r => r.Request.Name, StringComparer.Ordinal);
        _preview = preview;
    }

    public string Urn(string child) => _byName[child].Resource.Urn;

    /// <summary>The value to send (or return), without dependencies; null when it must be absent.</summary>
    public PropertyValue? Value(PlanValue value)
    {
        var result = Evaluate(value);
        return result.IsNull ? null : result;
    }

    /// <summary>The URNs a value comes from: referenced children, then the component inputs it carries.</summary>
    public ImmutableArray<string> Dependencies(PlanValue value) =>
    [
        .. value.ReferencedResources().Select(Urn).Concat(InputDependencies(value)).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal),
    ];

    private PropertyValue Evaluate(PlanValue value) => value switch
    {
        PlanValue.Literal literal => literal.Value.WithoutDependencies(),
        PlanValue.Ref reference => Resolve(reference),
        PlanValue.List list => PropertyValue.Array(list.Items.Select(Evaluate)),
        PlanValue.Map map => PropertyValue.Object(map.Entries.Select(e => KeyValuePair.Create(e.Key, Evaluate(e.Value)))),
        PlanValue.Secret secret => Evaluate(secret.Inner).WithSecret(),
        PlanValue.Concat concat => Concat([.. concat.Parts.Select(Evaluate)]),
        PlanValue.EachWithSuffix each => Evaluate(each.Source) switch
        {
            { IsComputed: true } unknown => unknown,
            { IsNull: true } absent => absent,
            var list => PropertyValue.Array(list.AsArray.Select(i => i.IsComputed ? i : PropertyValue.String(i.AsString + each.Suffix))),
        },
        _ => throw new NotSupportedException(value.GetType().Name),
    };

    private PropertyValue Resolve(PlanValue.Ref reference)
    {
        var child = _byName[reference.Resource];
        if (reference.Output == "id")
        {
            return child.Id.Length > 0 ? PropertyValue.String(child.Id) : PropertyValue.Computed;
        }

        return child.Outputs.TryGetValue(reference.Output, out var output) ? output.WithoutDependencies()
            : _preview ? PropertyValue.Computed : PropertyValue.Null;
    }

    private static PropertyValue Concat(ImmutableArray<PropertyValue> parts) =>
        parts.Any(p => p.ContainsUnknowns)
            ? PropertyValue.Computed.WithSecret(parts.Any(p => p.ContainsSecrets))
            : PropertyValue.String(string.Concat(parts.Select(p => p.TryGetNumber(out var n) ? n.ToString(CultureInfo.InvariantCulture) : p.AsString)))
                .WithSecret(parts.Any(p => p.ContainsSecrets));

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
}
