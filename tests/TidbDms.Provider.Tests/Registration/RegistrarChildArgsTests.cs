using System.Collections.Immutable;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;
using static TidbDms.Provider.Tests.Registration.HandBuiltPlans;

namespace TidbDms.Provider.Tests.Registration;

/// <summary>
/// One child's registration built from what the engine answered so far: absent inputs left out,
/// secrets found in the engine's answers, and explicit dependencies on children not registered yet.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class RegistrarChildArgsTests
{
    private static readonly string VpcUrn = ChildUrn("aws:ec2/vpc:Vpc", "mig-vpc");
    private static readonly string EipUrn = ChildUrn("aws:ec2/eip:Eip", "mig-eip");

    private static readonly ImmutableSortedDictionary<string, RegisterResourceResult> Registered = new Dictionary<string, RegisterResourceResult>
    {
        ["mig-vpc"] = new(VpcUrn, "vpc-0abc", ImmutableSortedDictionary<string, PropertyValue>.Empty),
        ["mig-eip"] = new(EipUrn, "eipalloc-0def", new Dictionary<string, PropertyValue>
        {
            ["publicIp"] = PropertyValue.String("203.0.113.7").WithSecret(),
        }.ToImmutableSortedDictionary(StringComparer.Ordinal)),
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    [Test]
    public void AnInputWhoseOutputIsAbsentIsNotSentButItsChildIsStillADependency()
    {
        var resource = Resource("aws:ec2/subnet:Subnet", "mig-private-a", ("vpcId", Ref("mig-vpc", "id")), ("ipv6CidrBlock", Ref("mig-eip", "carrierIp")));

        var args = Registrar.ChildArgs(resource, Request(dryRun: false), ComponentUrn, Registered);

        Assert.Multiple(() =>
        {
            Assert.That(args.Inputs, Is.EqualTo(new Dictionary<string, PropertyValue> { ["vpcId"] = PropertyValue.String("vpc-0abc") }));
            Assert.That(args.PropertyDependencies, Is.EqualTo(new Dictionary<string, string[]> { ["vpcId"] = [VpcUrn] }));
            Assert.That(args.Dependencies, Is.EqualTo([EipUrn, VpcUrn]));
        });
    }

    [Test]
    public void ASecretTheEngineReturnedInsideAnInputMakesTheWholeInputSecret()
    {
        // The plan marks nothing secret here: only the engine's answer knows that the address is.
        var resource = Resource(
            "aws:ec2/securityGroupRule:SecurityGroupRule",
            "mig-ingress",
            ("cidrBlocks", new PlanValue.EachWithSuffix(PlanValue.ListOf([Ref("mig-eip", "publicIp")]), "/32")));

        var args = Registrar.ChildArgs(resource, Request(dryRun: false), ComponentUrn, Registered);

        Assert.Multiple(() =>
        {
            Assert.That(resource.SecretInputs, Is.Empty);
            Assert.That(args.Inputs["cidrBlocks"], Is.EqualTo(PropertyValue.Array(PropertyValue.String("203.0.113.7/32").WithSecret()).WithSecret()));
        });
    }

    [Test]
    public void AnExplicitDependencyOnAChildNotRegisteredYetIsAPlannerBug()
    {
        var resource = new PlannedResource("aws:dms/endpoint:Endpoint", "mig-tidb", Inputs(("endpointId", PlanValue.Of("mig-tidb"))), ["mig-subnet-group"], []);

        var ex = Assert.Throws<InvalidOperationException>(() => Registrar.ChildArgs(resource, Request(dryRun: false), ComponentUrn, Registered));

        Assert.That(ex!.Message, Is.EqualTo("'mig-tidb' depends on 'mig-subnet-group', which is not registered yet"));
    }
}
