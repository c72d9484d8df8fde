using System.Collections.Immutable;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;
using static TidbDms.Provider.Tests.Registration.HandBuiltPlans;

namespace TidbDms.Provider.Tests.Registration;

/// <summary>
/// The plan evaluator's edges: how a concatenation writes each kind of part, what it refuses (with
/// the kind it found, never the value), and what appending a suffix does with values that are not a
/// list of strings.
/// </summary>
internal sealed class PlanValueEvaluatorErrorTests
{
    private const string VpcUrn = "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:ec2/vpc:Vpc::mig-vpc";

    private static readonly PlanValueEvaluator Evaluator = new(
        new Dictionary<string, RegisterResourceResult>
        {
            ["mig-vpc"] = new(VpcUrn, "vpc-0abc", new Dictionary<string, PropertyValue>
            {
                ["enableDnsSupport"] = PropertyValue.Bool(true),
                ["name"] = PropertyValue.String("mig-vpc"),
                ["ids"] = PropertyValue.Array(PropertyValue.Number(1)),
                ["mixed"] = PropertyValue.Array(PropertyValue.String("10.0.0.1"), PropertyValue.Number(1)),
            }.ToImmutableSortedDictionary(StringComparer.Ordinal)),
        },
        dryRun: false);

    [Test]
    public void AConcatenationWritesBooleansAsTrueAndFalseAndNumbersInRoundTripForm()
    {
        var joined = Evaluator.Evaluate(new PlanValue.Concat([
            PlanValue.Of("dns="), Ref("mig-vpc", "enableDnsSupport"), PlanValue.Of(","), PlanValue.Of(false),
            PlanValue.Of(" port="), PlanValue.Of(4000), PlanValue.Of(" ratio="), PlanValue.Of(0.1), PlanValue.Of(" big="), PlanValue.Of(1e21),
        ]));

        Assert.That(joined, Is.EqualTo(PropertyValue.String("dns=true,false port=4000 ratio=0.1 big=1E+21").WithDependencies([VpcUrn])));
    }

    [TestCase("list", "a list")]
    [TestCase("object", "an object")]
    [TestCase("null", "null")]
    public void AConcatenationRefusesPartsThatAreNotTextNamingTheirKind(string kind, string described)
    {
        var part = kind switch
        {
            "list" => PropertyValue.Array(PropertyValue.String("a")),
            "object" => PropertyValue.Object(("a", PropertyValue.String("b").WithSecret())),
            _ => PropertyValue.Null,
        };

        var ex = Assert.Throws<InvalidOperationException>(() => Evaluator.Evaluate(new PlanValue.Concat([PlanValue.Of("x"), PlanValue.Of(part)])));

        Assert.That(ex!.Message, Is.EqualTo($"cannot concatenate {described}"));
    }

    [Test]
    public void AConcatenationOfKnownPartsWithASecretInsideAPartIsSecret()
    {
        var joined = Evaluator.Evaluate(new PlanValue.Concat([PlanValue.Of("a"), PlanValue.Of(PropertyValue.String("b").WithSecret())]));

        Assert.That(joined, Is.EqualTo(PropertyValue.String("ab").WithSecret()));
    }

    [TestCase("string", "cannot append '/32' to each item of a string")]
    [TestCase("number", "cannot append '/32' to each item of a number")]
    [TestCase("object", "cannot append '/32' to each item of an object")]
    public void AppendingASuffixToAValueThatIsNotAListIsAPlannerBug(string kind, string message)
    {
        var source = kind switch
        {
            "string" => PropertyValue.String("10.0.0.1"),
            "number" => PropertyValue.Number(1),
            _ => PropertyValue.Object(("a", PropertyValue.String("b"))),
        };

        var ex = Assert.Throws<InvalidOperationException>(() => Evaluator.Evaluate(new PlanValue.EachWithSuffix(PlanValue.Of(source), "/32")));

        Assert.That(ex!.Message, Is.EqualTo(message));
    }

    [Test]
    public void AppendingASuffixToAPlannedListItemThatIsNotAStringNamesTheItem()
    {
        var planned = PlanValue.Of(PropertyValue.Array(PropertyValue.String("10.0.0.1"), PropertyValue.Number(1)));

        var ex = Assert.Throws<InvalidOperationException>(() => Evaluator.Evaluate(new PlanValue.EachWithSuffix(planned, "/32")));

        Assert.That(ex!.Message, Is.EqualTo("cannot append '/32' to a number"));
    }

    [Test]
    public void AppendingASuffixToAnEngineOutputThatIsNotAListOfStringsNamesTheChildAndTheOutput()
    {
        var ex = Assert.Throws<EngineReplyException>(() => Evaluator.Evaluate(new PlanValue.EachWithSuffix(Ref("mig-vpc", "ids"), "/32")));

        Assert.That(ex!.Message, Is.EqualTo("the engine's reply for 'mig-vpc' has output 'ids' as a list, where the component expects a list of strings"));
    }

    [Test]
    public void AppendingASuffixToAnEngineListWithOneItemThatIsNotAStringNamesTheChildAndTheOutput()
    {
        var ex = Assert.Throws<EngineReplyException>(() => Evaluator.Evaluate(new PlanValue.EachWithSuffix(Ref("mig-vpc", "mixed"), "/32")));

        Assert.That(ex!.Message, Is.EqualTo("the engine's reply for 'mig-vpc' has output 'mixed' as a list, where the component expects a list of strings"));
    }

    [TestCase(AwsOutputs.Name)]
    [TestCase(AwsOutputs.Arn)]
    [TestCase(AwsOutputs.AllocationId)]
    [TestCase(AwsOutputs.PublicIp)]
    [TestCase(AwsOutputs.ReplicationSubnetGroupId)]
    [TestCase(AwsOutputs.ReplicationInstanceArn)]
    [TestCase(AwsOutputs.CertificateArn)]
    [TestCase(AwsOutputs.EndpointArn)]
    [TestCase(AwsOutputs.ReplicationTaskArn)]
    public void AnEngineOutputThePlanReadsAsAStringIsRefusedAsAnyOtherKindNamingTheChildAndTheOutput(string output)
    {
        var evaluator = new PlanValueEvaluator(
            new Dictionary<string, RegisterResourceResult>
            {
                ["mig-x"] = new(VpcUrn, "x-0abc", new Dictionary<string, PropertyValue> { [output] = PropertyValue.Number(1) }.ToImmutableSortedDictionary(StringComparer.Ordinal)),
            },
            dryRun: false);

        var ex = Assert.Throws<EngineReplyException>(() => evaluator.Evaluate(Ref("mig-x", output)));

        Assert.That(ex!.Message, Is.EqualTo($"the engine's reply for 'mig-x' has output '{output}' as a number, where the component expects a string"));
    }

    [Test]
    public void JoiningAnEngineOutputThatIsAListNamesTheChildAndTheOutput()
    {
        var ex = Assert.Throws<EngineReplyException>(() => Evaluator.Evaluate(new PlanValue.Concat([PlanValue.Of("x="), Ref("mig-vpc", "ids")])));

        Assert.That(ex!.Message, Is.EqualTo("the engine's reply for 'mig-vpc' has output 'ids' as a list, where the component expects a string"));
    }

    [Test]
    public void AppendingASuffixKeepsTheSecretsAndDependenciesOfTheListAndOfEachItem()
    {
        var list = PropertyValue.Array(
                PropertyValue.String("10.0.0.1").WithSecret(),
                PropertyValue.String("10.0.0.2").WithDependencies([InputDependency]),
                PropertyValue.Computed)
            .WithSecret()
            .WithDependencies([VpcUrn]);

        var each = Evaluator.Evaluate(new PlanValue.EachWithSuffix(PlanValue.Of(list), "/32"));

        Assert.That(each, Is.EqualTo(PropertyValue.Array(
                PropertyValue.String("10.0.0.1/32").WithSecret(),
                PropertyValue.String("10.0.0.2/32").WithDependencies([InputDependency]),
                PropertyValue.Computed)
            .WithSecret()
            .WithDependencies([VpcUrn])));
    }

    [Test]
    public void AppendingASuffixToNullOrAnUnknownGivesItBack()
    {
        var unknown = PropertyValue.Computed.WithSecret().WithDependencies([VpcUrn]);

        Assert.That(Evaluator.Evaluate(new PlanValue.EachWithSuffix(PlanValue.Of(PropertyValue.Null), "/32")), Is.EqualTo(PropertyValue.Null));
        Assert.That(Evaluator.Evaluate(new PlanValue.EachWithSuffix(PlanValue.Of(unknown), "/32")), Is.EqualTo(unknown));
    }

    [Test]
    public void APlanValueOfAKindTheEvaluatorDoesNotKnowIsRefused()
    {
        var ex = Assert.Throws<NotSupportedException>(() => Evaluator.Evaluate(new Unknown()));

        Assert.That(ex!.Message, Is.EqualTo("plan value Unknown has no evaluation"));
    }

    private sealed record Unknown : PlanValue;
}
