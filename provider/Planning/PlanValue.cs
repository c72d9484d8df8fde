using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Planning;

/// <summary>
/// An input of a planned child or an output of the component, before registration: a literal
/// (which may itself be unknown or secret), a reference to another child's output, or a small
/// expression over those. Registration evaluates it against the children's returned outputs.
/// </summary>
internal abstract record PlanValue
{
    /// <summary>A value known at plan time (it may still be an unknown or secret input of the component).</summary>
    public sealed record Literal(PropertyValue Value) : PlanValue;

    /// <summary>Output <paramref name="Output"/> of the child named <paramref name="Resource"/>: <c>ref(mig-vpc).id</c>.</summary>
    public sealed record Ref(string Resource, string Output) : PlanValue;

    public sealed record List(ImmutableArray<PlanValue> Items) : PlanValue;

    public sealed record Map(ImmutableSortedDictionary<string, PlanValue> Entries) : PlanValue;

    /// <summary>The string concatenation of the parts (unknown if any part is).</summary>
    public sealed record Concat(ImmutableArray<PlanValue> Parts) : PlanValue;

    /// <summary>Each string of the list <paramref name="Source"/> with <paramref name="Suffix"/> appended (IPs to /32 CIDRs).</summary>
    public sealed record EachWithSuffix(PlanValue Source, string Suffix) : PlanValue;

    /// <summary>The inner value, marked secret.</summary>
    public sealed record Secret(PlanValue Inner) : PlanValue;

    public static PlanValue Of(string value) => new Literal(PropertyValue.String(value));

    public static PlanValue Of(bool value) => new Literal(PropertyValue.Bool(value));

    public static PlanValue Of(double value) => new Literal(PropertyValue.Number(value));

    public static PlanValue Of(PropertyValue value) => new Literal(value);

    public static PlanValue ListOf(IEnumerable<PlanValue> items) => new List([.. items]);

    public static PlanValue MapOf(IEnumerable<KeyValuePair<string, PlanValue>> entries) =>
        new Map(entries.ToImmutableSortedDictionary(StringComparer.Ordinal));

    /// <summary>The children this value refers to, at any depth.</summary>
    public IEnumerable<string> ReferencedResources() => this switch
    {
        Ref r => [r.Resource],
        List l => l.Items.SelectMany(i => i.ReferencedResources()),
        Map m => m.Entries.Values.SelectMany(i => i.ReferencedResources()),
        Concat c => c.Parts.SelectMany(i => i.ReferencedResources()),
        EachWithSuffix e => e.Source.ReferencedResources(),
        Secret s => s.Inner.ReferencedResources(),
        _ => [],
    };

    /// <summary>True when the value is secret as a whole or contains a secret.</summary>
    public bool ContainsSecret => this switch
    {
        Secret => true,
        Literal l => l.Value.ContainsSecrets,
        List l => l.Items.Any(i => i.ContainsSecret),
        Map m => m.Entries.Values.Any(i => i.ContainsSecret),
        Concat c => c.Parts.Any(i => i.ContainsSecret),
        EachWithSuffix e => e.Source.ContainsSecret,
        _ => false,
    };
}
