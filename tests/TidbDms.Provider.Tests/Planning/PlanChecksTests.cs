using System.Collections.Immutable;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>The invariant checks find what they claim to find: a deliberately broken plan.</summary>
internal sealed class PlanChecksTests
{
    private static readonly MigrationPlan Broken = new(
        "mig",
        [
            Resource(AwsTypes.Subnet, "mig-private-a", ("vpcId", new PlanValue.Ref("mig-vpc", "id")), ("cidrBlocks", PlanValue.Of("10.0.0.0/20"))),
            Resource(AwsTypes.Vpc, "mig-vpc", ("cidrBlock", PlanValue.Of(16))),
            Resource(
                AwsTypes.RouteTable,
                "mig-rt",
                ("vpcId", new PlanValue.Ref("mig-vpc", "vpcArn")),
                ("routes", PlanValue.ListOf([PlanValue.MapOf([KeyValuePair.Create("cidr", PlanValue.Of("0.0.0.0/0"))])]))),
            Resource(AwsTypes.Endpoint, "other-endpoint", ("password", PlanValue.Of("plain")), ("port", PlanValue.Of("4000"))),
            Resource("aws:ec2/vpc:Vcp", "mig-vpc"),
        ],
        ImmutableSortedDictionary<string, PlanValue>.Empty.Add("vpcId", new PlanValue.Ref("mig-nothing", "id")));

    [Test]
    public void OrderProblemsRefToLaterChildReported() =>
        Assert.That(PlanChecks.OrderProblems(Broken), Is.EqualTo(["mig-private-a needs mig-vpc, which does not come before it"]));

    [Test]
    public void NameProblemsDuplicateAndForeignNamesReported() =>
        Assert.That(PlanChecks.NameProblems(Broken), Is.EqualTo(["mig-vpc is used 2 times", "other-endpoint is not derived from mig"]));

    [Test]
    public void SchemaProblemsBadNamesTypesRefsAndMissingInputsReported() =>
        Assert.That(PlanChecks.SchemaProblems(Broken, AwsReference.Instance), Is.EqualTo([
            "mig-private-a: aws:ec2/subnet:Subnet has no input 'cidrBlocks'",
            "mig-vpc.cidrBlock: number given, the input takes string",
            "mig-rt.routes[0]: ec2.RouteTableRoute has no field 'cidr'",
            "mig-rt.vpcId: ref(mig-vpc).vpcArn reads no output of an existing child",
            "other-endpoint.port: string given, the input takes number",
            "other-endpoint: required input 'endpointId' is missing",
            "other-endpoint: required input 'endpointType' is missing",
            "other-endpoint: required input 'engineName' is missing",
            "mig-vpc: type aws:ec2/vpc:Vcp is not a pulumi-aws 7.48.0 resource",
            "output vpcId: ref(mig-nothing).id reads no output of an existing child",]));

    [Test]
    public void SecretProblemsPlainPasswordAndMissingSecretOutputsReported() =>
        Assert.That(PlanChecks.SecretProblems(Broken with { Resources = Broken.Resources[..4] }, AwsReference.Instance), Is.EqualTo([
            "other-endpoint.password is not secret",
            "other-endpoint: additionalSecretOutputs [], pulumi-aws uses [password]",]));

    [Test]
    public void TagProblemsChildWithoutTagsReported() =>
        Assert.That(
            PlanChecks.TagProblems(Broken with { Resources = Broken.Resources[1..2] }, AwsReference.Instance, new Dictionary<string, string>()),
            Is.EqualTo(["mig-vpc: no known tags"]));

    [Test]
    public void UnknownProblemsUnknownLiteralReported()
    {
        var plan = Broken with { Resources = [Resource(AwsTypes.Vpc, "mig-vpc", ("cidrBlock", PlanValue.Of(PropertyValue.Computed)))] };
        Assert.That(PlanChecks.UnknownProblems(plan), Is.EqualTo(["mig-vpc.cidrBlock is unknown"]));
    }

    private static PlannedResource Resource(string type, string name, params (string Key, PlanValue Value)[] inputs) => new(
        type,
        name,
        inputs.ToImmutableSortedDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal),
        [],
        []);
}
