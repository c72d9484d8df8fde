using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Tests.Support;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>
/// The planner trusts the input rules but does not plan blindly past them: args the rules would have
/// refused (read, but never validated) are a bug in the caller, named as such.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class PlannerPreconditionsTests
{
    public static IEnumerable<TestCaseData> Unvalidated()
    {
        yield return new TestCaseData(
            Inputs.Valid().With("replication.mode", "Serverless"),
            "replication.mode Serverless needs task; the args reader should have refused it (Parameter 'args')").SetArgDisplayNames("Serverless without a task");
        yield return new TestCaseData(
            Inputs.ValidDedicated().With("replication.mode", "Serverless").With("network.publicAccess", "PublicSubnet")
                .With("task.otherEndpointArn", TestValues.OtherEndpointArn).With("task.schemas", Inputs.Strings("shop")),
            "replication.mode Serverless has no public access; the args reader should have refused PublicSubnet (Parameter 'args')").SetArgDisplayNames("Serverless with PublicSubnet");
        yield return new TestCaseData(
            Inputs.Valid().With("connectivity", "PrivateEndpoint"),
            "PrivateEndpoint connectivity without privateEndpoint args; the args reader should have refused it (Parameter 'args')").SetArgDisplayNames("PrivateEndpoint without its args");
        yield return new TestCaseData(
            Inputs.ValidDedicated().With("connectivity", "VpcPeering"),
            "VpcPeering connectivity without vpcPeering args; the args reader should have refused it (Parameter 'args')").SetArgDisplayNames("VpcPeering without its args");
        yield return new TestCaseData(
            Inputs.ValidDedicated().Without("cluster.caCertificatePem").With("cluster.sslMode", "verify-full"),
            "Dedicated with a verifying SSL mode needs cluster.caCertificatePem; the args reader should have refused it (Parameter 'scope')").SetArgDisplayNames("Dedicated verify-full without a CA");
        yield return new TestCaseData(
            Inputs.ValidDedicated().With("connectivity", "VpcPeering")
                .With("vpcPeering.peeringConnectionId", TestValues.PeeringConnectionId).With("vpcPeering.tidbCidr", TestValues.TidbCidr)
                .With("network.vpcId", ExistingNetwork.VpcId).With("network.subnetIds", Inputs.Strings(ExistingNetwork.SubnetA, ExistingNetwork.SubnetB)),
            "VpcPeering in an existing VPC without network.routeTableIds; the args reader should have refused it (Parameter 'args')").SetArgDisplayNames("VpcPeering in an existing VPC without route tables");
        yield return new TestCaseData(
            Inputs.Valid().With("task.otherEndpointArn", TestValues.OtherEndpointArn),
            "a task needs task.schemas or task.tableMappings; the args reader should have refused it (Parameter 'task')").SetArgDisplayNames("a task without schemas or table mappings");
        yield return new TestCaseData(
            Inputs.Valid().With("network.vpcCidr", "10.0.0.0/33"),
            "network.vpcCidr '10.0.0.0/33' is not an IPv4 CIDR block of the form a.b.c.d/n; the args reader should have refused it (Parameter 'text')").SetArgDisplayNames("a VPC CIDR that does not parse");
    }

    [TestCaseSource(nameof(Unvalidated))]
    public void ArgsTheRulesWouldRefuseAreACallersBug(Inputs inputs, string expected)
    {
        var read = InputReader.Read(inputs.Build());
        Assert.That(read.Args, Is.Not.Null, "the reader alone accepts these");

        var ex = Assert.Throws<ArgumentException>(() => Planner.Plan("mig", read.Args!, OfflinePlanContext.For("us-west-2", "shop", "dev")));

        Assert.That(ex!.Message, Is.EqualTo(expected));
    }
}
