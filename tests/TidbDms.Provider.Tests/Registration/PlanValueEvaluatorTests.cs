using System.Collections.Immutable;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;
using static TidbDms.Provider.Tests.Registration.HandBuiltPlans;

namespace TidbDms.Provider.Tests.Registration;

internal sealed class PlanValueEvaluatorTests
{
    private const string VpcUrn = "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:ec2/vpc:Vpc::mig-vpc";
    private const string NatUrn = "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:ec2/natGateway:NatGateway::mig-nat";

    private static readonly ImmutableSortedDictionary<string, RegisterResourceResult> Updated = new Dictionary<string, RegisterResourceResult>
    {
        ["mig-vpc"] = new(VpcUrn, "vpc-0abc", Outputs(("cidrBlock", PropertyValue.String("10.0.0.0/16")), ("arn", PropertyValue.String("arn:vpc")))),
        ["mig-nat"] = new(NatUrn, "nat-0def", Outputs(
            ("publicIp", PropertyValue.String("203.0.113.7")),
            ("ips", PropertyValue.Array(PropertyValue.String("203.0.113.7"), PropertyValue.String("203.0.113.8"))),
            ("token", PropertyValue.String("t0k3n").WithSecret()))),
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    private static readonly ImmutableSortedDictionary<string, RegisterResourceResult> Previewed = new Dictionary<string, RegisterResourceResult>
    {
        ["mig-vpc"] = new(VpcUrn, "", Outputs(("cidrBlock", PropertyValue.String("10.0.0.0/16")), ("arn", PropertyValue.Computed))),
        ["mig-nat"] = new(NatUrn, "", Outputs(("ips", PropertyValue.Array(PropertyValue.Computed, PropertyValue.String("203.0.113.8"))))),
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    public static IEnumerable<TestCaseData> UpdateCases()
    {
        yield return Case(PlanValue.Of("x"), PropertyValue.String("x"), "a literal");
        yield return Case(
            PlanValue.Of(PropertyValue.String("h").WithDependencies([InputDependency])),
            PropertyValue.String("h").WithDependencies([InputDependency]),
            "a literal keeps the input's dependencies");
        yield return Case(Ref("mig-vpc", "id"), PropertyValue.String("vpc-0abc").WithDependencies([VpcUrn]), "the id");
        yield return Case(Ref("mig-vpc", "urn"), PropertyValue.String(VpcUrn).WithDependencies([VpcUrn]), "the urn");
        yield return Case(Ref("mig-vpc", "arn"), PropertyValue.String("arn:vpc").WithDependencies([VpcUrn]), "an output");
        yield return Case(Ref("mig-vpc", "missing"), PropertyValue.Null.WithDependencies([VpcUrn]), "an absent output is absent after an update");
        yield return Case(Ref("mig-nat", "token"), PropertyValue.String("t0k3n").WithSecret().WithDependencies([NatUrn]), "a secret output stays secret");
        yield return Case(
            PlanValue.ListOf([Ref("mig-vpc", "id"), PlanValue.Of("x")]),
            PropertyValue.Array(PropertyValue.String("vpc-0abc").WithDependencies([VpcUrn]), PropertyValue.String("x")),
            "a list");
        yield return Case(
            PlanValue.MapOf([KeyValuePair.Create("vpc", Ref("mig-vpc", "id"))]),
            PropertyValue.Object(("vpc", PropertyValue.String("vpc-0abc").WithDependencies([VpcUrn]))),
            "a map");
        yield return Case(
            new PlanValue.Concat([Ref("mig-vpc", "id"), PlanValue.Of(":"), PlanValue.Of(4000)]),
            PropertyValue.String("vpc-0abc:4000").WithDependencies([VpcUrn]),
            "a concatenation of a string and a number");
        yield return Case(
            new PlanValue.Concat([PlanValue.Of("Bearer "), Ref("mig-nat", "token")]),
            PropertyValue.String("Bearer t0k3n").WithSecret().WithDependencies([NatUrn]),
            "a concatenation with a secret is secret");
        yield return Case(
            new PlanValue.EachWithSuffix(Ref("mig-nat", "ips"), "/32"),
            PropertyValue.Array(PropertyValue.String("203.0.113.7/32"), PropertyValue.String("203.0.113.8/32")).WithDependencies([NatUrn]),
            "each with a suffix");
        yield return Case(
            new PlanValue.EachWithSuffix(Ref("mig-nat", "none"), "/32"),
            PropertyValue.Null.WithDependencies([NatUrn]),
            "each of an absent list is absent");
        yield return Case(new PlanValue.Secret(Ref("mig-vpc", "arn")), PropertyValue.String("arn:vpc").WithSecret().WithDependencies([VpcUrn]), "marked secret");
    }

    public static IEnumerable<TestCaseData> PreviewCases()
    {
        yield return Case(Ref("mig-vpc", "id"), PropertyValue.Computed.WithDependencies([VpcUrn]), "the id of a resource to create is unknown");
        yield return Case(Ref("mig-vpc", "cidrBlock"), PropertyValue.String("10.0.0.0/16").WithDependencies([VpcUrn]), "an input echoed back is known");
        yield return Case(Ref("mig-vpc", "arn"), PropertyValue.Computed.WithDependencies([VpcUrn]), "an unknown output");
        yield return Case(Ref("mig-vpc", "missing"), PropertyValue.Computed.WithDependencies([VpcUrn]), "an output not returned is unknown");
        yield return Case(
            new PlanValue.Concat([PlanValue.Of("id="), Ref("mig-vpc", "id")]),
            PropertyValue.Computed.WithDependencies([VpcUrn]),
            "a concatenation with an unknown part is unknown");
        yield return Case(
            new PlanValue.Concat([PlanValue.Of(PropertyValue.Computed.WithSecret()), PlanValue.Of("x")]),
            PropertyValue.Computed.WithSecret(),
            "an unknown secret part makes an unknown secret");
        yield return Case(
            new PlanValue.EachWithSuffix(Ref("mig-vpc", "publicIps"), "/32"),
            PropertyValue.Computed.WithDependencies([VpcUrn]),
            "each of an unknown list is unknown");
        yield return Case(
            new PlanValue.EachWithSuffix(Ref("mig-nat", "ips"), "/32"),
            PropertyValue.Array(PropertyValue.Computed, PropertyValue.String("203.0.113.8/32")).WithDependencies([NatUrn]),
            "each of a list with an unknown item keeps that item unknown");
        yield return Case(
            PlanValue.ListOf([Ref("mig-vpc", "id")]),
            PropertyValue.Array(PropertyValue.Computed.WithDependencies([VpcUrn])),
            "a list of unknowns is a list");
    }

    [TestCaseSource(nameof(UpdateCases))]
    public void EvaluatesAfterAnUpdate(PlanValue planned, PropertyValue expected)
    {
        Assert.That(new PlanValueEvaluator(Updated, dryRun: false).Evaluate(planned), Is.EqualTo(expected));
    }

    [TestCaseSource(nameof(PreviewCases))]
    public void EvaluatesInAPreview(PlanValue planned, PropertyValue expected)
    {
        Assert.That(new PlanValueEvaluator(Previewed, dryRun: true).Evaluate(planned), Is.EqualTo(expected));
    }

    [Test]
    public void AWholeResultTheEngineCallsUnknownIsUnknownEvenAfterAnUpdate()
    {
        var registered = new Dictionary<string, RegisterResourceResult>
        {
            ["mig-vpc"] = new(VpcUrn, "vpc-0abc", Outputs(("arn", PropertyValue.String("arn:vpc"))), IsUnknown: true),
        };

        var evaluator = new PlanValueEvaluator(registered, dryRun: false);

        Assert.That(evaluator.Evaluate(Ref("mig-vpc", "arn")), Is.EqualTo(PropertyValue.Computed.WithDependencies([VpcUrn])));
        Assert.That(evaluator.Evaluate(Ref("mig-vpc", "id")), Is.EqualTo(PropertyValue.Computed.WithDependencies([VpcUrn])));
    }

    [Test]
    public void AReferenceToAChildNotRegisteredYetIsAPlannerBug()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new PlanValueEvaluator(Updated, dryRun: false).Evaluate(Ref("mig-task", "arn")));
        Assert.That(ex!.Message, Is.EqualTo("the plan refers to 'mig-task.arn' before 'mig-task' is registered"));
    }

    private static TestCaseData Case(PlanValue planned, PropertyValue expected, string name) =>
        new TestCaseData(planned, expected).SetArgDisplayNames(name);

    private static ImmutableSortedDictionary<string, PropertyValue> Outputs(params (string Key, PropertyValue Value)[] entries) =>
        entries.ToImmutableSortedDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
