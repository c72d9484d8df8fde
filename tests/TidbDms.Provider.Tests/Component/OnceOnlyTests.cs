using TidbDms.Provider.Component;
using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Component;

/// <summary>
/// Each mistake is reported once. When the reader refused an input (a wrong type), the value that
/// stands in for it must not set off a rule: for every guard of the validator whose stand-in could,
/// a case where the stand-in would break the rule, and the only error is the reader's; and no
/// warning either. (A guard whose stand-in can never set its rule off is listed as equivalent in the
/// README's mutation testing section.)
/// </summary>
[TestFixture]
internal sealed class OnceOnlyTests
{
    private static readonly PropertyValue Refused = PropertyValue.Number(42);

    private const string Vpc = "vpc-0a1b2c3d4e5f60718";

    private static Inputs Starter => Inputs.Valid();

    private static Inputs Dedicated => Inputs.ValidDedicated();

    private static IEnumerable<TestCaseData> Cases()
    {
        // tier refused: its stand-in (Starter) would demand a prefixed user name, or refuse VPC peering
        yield return Case("tier, user name prefix", Starter.With("tier", Refused).With("cluster.username", "root"), "tier");
        yield return Case("tier, peering", Dedicated.With("tier", Refused).With("connectivity", "VpcPeering")
            .With("vpcPeering.peeringConnectionId", TestValues.PeeringConnectionId).With("vpcPeering.tidbCidr", TestValues.TidbCidr), "tier");
        yield return Case("tier, ssl none", Dedicated.With("tier", Refused).With("cluster.sslMode", "none").Without("cluster.caCertificatePem"), "tier");

        // connectivity refused: its stand-in (PublicEndpoint) would refuse the objects of the others
        yield return Case("connectivity, private endpoint given", Starter.With("connectivity", Refused).With("privateEndpoint.serviceName", TestValues.ServiceName), "connectivity");
        yield return Case("connectivity, peering given", Dedicated.With("connectivity", Refused)
            .With("vpcPeering.peeringConnectionId", TestValues.PeeringConnectionId).With("vpcPeering.tidbCidr", TestValues.TidbCidr), "connectivity");
        yield return Case("connectivity, ssl none", Starter.With("connectivity", Refused).With("cluster.sslMode", "none"), "connectivity");

        // the objects refused: as if absent, which their connectivity would refuse; or given, which another connectivity would
        yield return Case("private endpoint", Starter.With("connectivity", "PrivateEndpoint").With("privateEndpoint", Refused), "privateEndpoint");
        yield return Case("peering", Dedicated.With("connectivity", "VpcPeering").With("vpcPeering", Refused), "vpcPeering");
        yield return Case("private endpoint, public endpoint", Starter.With("privateEndpoint", Refused), "privateEndpoint");
        yield return Case("peering, public endpoint", Dedicated.With("vpcPeering", Refused), "vpcPeering");

        // network fields refused
        yield return Case("zone count", Starter.With("network.availabilityZoneCount", "three"), "network.availabilityZoneCount");
        yield return Case("zone count and zones", Starter.With("network.availabilityZoneCount", "three").With("network.availabilityZones", Inputs.Strings("us-west-2a", "us-west-2b")), "network.availabilityZoneCount");
        // the count's stand-in (2) would disagree with three zones
        yield return Case("zone count and three zones", Starter.With("network.availabilityZoneCount", "three").With("network.availabilityZones", Inputs.Strings("us-west-2a", "us-west-2b", "us-west-2c")), "network.availabilityZoneCount");
        yield return Case("public access, private endpoint", Starter.With("connectivity", "PrivateEndpoint").With("privateEndpoint.serviceName", TestValues.ServiceName).With("network.publicAccess", Refused), "network.publicAccess");
        yield return Case("nat gateways, private endpoint", Starter.With("connectivity", "PrivateEndpoint").With("privateEndpoint.serviceName", TestValues.ServiceName).With("network.natGateways", "two"), "network.natGateways");
        yield return Case("nat gateways, public subnet", Dedicated.With("network.publicAccess", "PublicSubnet").With("network.natGateways", "two"), "network.natGateways");
        yield return Case("public access, nat gateways", Dedicated.With("network.publicAccess", Refused).With("network.natGateways", "OnePerAz"), "network.publicAccess");
        yield return Case("connectivity, nat gateways", Dedicated.With("connectivity", Refused).With("network.natGateways", "OnePerAz"), "connectivity");
        yield return Case("connectivity, public access", Dedicated.With("connectivity", Refused).With("network.publicAccess", "PublicSubnet"), "connectivity");
        yield return Case("connectivity, public subnet, nat gateways", Dedicated.With("connectivity", Refused).With("network.publicAccess", "PublicSubnet").With("network.natGateways", "OnePerAz"), "connectivity");
        yield return Case("connectivity, public subnet, serverless", WithTask(Dedicated).With("connectivity", Refused).With("network.publicAccess", "PublicSubnet").With("replication.mode", "Serverless"), "connectivity");

        // an existing VPC: the stand-ins (PublicEndpoint, NatGateway) would refuse route tables and NAT gateways
        yield return Case("connectivity, existing VPC, route tables", Existing(Dedicated).With("connectivity", Refused).With("network.routeTableIds", Inputs.Strings("rtb-0aaaaaaaaaaaaaaa1")), "connectivity");
        yield return Case("connectivity, existing VPC, nat gateways", Existing(Dedicated).With("connectivity", Refused).With("network.natGateways", "OnePerAz"), "connectivity");
        yield return Case("public access, existing VPC, nat gateways", Existing(Dedicated).With("network.publicAccess", Refused).With("network.natGateways", "OnePerAz"), "network.publicAccess");

        // replication.mode refused: its stand-in (Instance) would refuse the serverless settings
        yield return Case("mode, capacity", WithTask(Starter).With("replication.mode", Refused).With("replication.minCapacityUnits", 3).With("replication.maxCapacityUnits", 1), "replication.mode");
        yield return Case("mode, public subnet", WithTask(Dedicated).With("replication.mode", Refused).With("network.publicAccess", "PublicSubnet"), "replication.mode");
        yield return Case("mode, instance settings", WithTask(Starter).With("replication.mode", Refused).With("replication.instanceClass", "dms.t3.large").With("replication.allocatedStorage", 100), "replication.mode");
        yield return Case("mode, instance class", WithTask(Starter).With("replication.mode", Refused).With("replication.instanceClass", "t3.large"), "replication.mode");
        yield return Case("mode, allocated storage", WithTask(Starter).With("replication.mode", Refused).With("replication.allocatedStorage", 4), "replication.mode");
        yield return Case("notifications, serverless", WithTask(Starter).With("replication.mode", "Serverless").With("notifications", Refused), "notifications");
        yield return Case("public access, serverless", WithTask(Dedicated).With("replication.mode", "Serverless").With("network.publicAccess", Refused), "network.publicAccess");

        // the task refused: as if absent, which Serverless would refuse
        yield return Case("task, serverless", Starter.With("replication.mode", "Serverless").With("task", Refused), "task");
        yield return Case("endpoint type, source", WithTask(Starter).With("endpointType", Refused).With("task.migrationType", "cdc"), "endpointType");
        // endpointType's stand-in (source, its first value) would refuse a target endpoint's setting
        yield return Case("endpoint type, target setting", Starter.With("endpointType", Refused).With("cluster.endpointSettings.parallelLoadThreads", 4), "endpointType");
    }

    private static IEnumerable<TestCaseData> WarningCases()
    {
        // the stand-ins (PublicEndpoint, NatGateway) would warn that your own NAT gateways need the allow list by hand
        yield return Case("connectivity, existing VPC", Existing(Dedicated).With("connectivity", Refused), "connectivity");
        yield return Case("public access, existing VPC", Existing(Dedicated).With("network.publicAccess", Refused), "network.publicAccess");

        // the mode's stand-in (Instance) would warn about a pinned engine version upgraded by AWS; so would an engine version's (unknown)
        yield return Case("mode, pinned engine version", Starter.With("replication.mode", Refused).With("replication.engineVersion", "3.5.3").With("replication.autoMinorVersionUpgrade", true), "replication.mode");
        yield return Case("engine version", Starter.With("replication.engineVersion", Refused).With("replication.autoMinorVersionUpgrade", true), "replication.engineVersion");
    }

    [TestCaseSource(nameof(Cases))]
    public void ARefusedInputIsReportedOnce(Inputs inputs, string[] paths)
    {
        var result = InputCheck.Run(inputs.Build());

        Assert.That(result.Errors.Select(e => e.Path), Is.EqualTo(paths), string.Join("\n", result.Errors));
    }

    [TestCaseSource(nameof(WarningCases))]
    public void ARefusedInputSetsOffNoWarning(Inputs inputs, string[] paths)
    {
        var result = InputCheck.Run(inputs.Build());

        Assert.That(result.Errors.Select(e => e.Path), Is.EqualTo(paths), string.Join("\n", result.Errors));
        Assert.That(result.Warnings, Is.Empty);
    }

    private static Inputs WithTask(Inputs inputs) => inputs
        .With("task.otherEndpointArn", TestValues.OtherEndpointArn)
        .With("task.schemas", Inputs.Strings("app"));

    private static Inputs Existing(Inputs inputs) => inputs
        .With("network.vpcId", Vpc)
        .With("network.subnetIds", Inputs.Strings("subnet-0aaaaaaaaaaaaaaa1", "subnet-0bbbbbbbbbbbbbbb2"));

    private static TestCaseData Case(string name, Inputs inputs, params string[] paths) =>
        new TestCaseData(inputs, paths).SetName($"{{m}}({name})");
}
