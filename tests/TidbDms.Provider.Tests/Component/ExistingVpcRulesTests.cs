using TidbDms.Provider.Component;
using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Component;

/// <summary>network.vpcId, subnetIds and routeTableIds: reading, every rule with its exact error, the NAT warning, unknowns.</summary>
[TestFixture]
internal sealed class ExistingVpcRulesTests
{
    private const string Vpc = "vpc-0a1b2c3d4e5f60718";
    private const string SubnetA = "subnet-0aaaaaaaaaaaaaaa1";
    private const string SubnetB = "subnet-0bbbbbbbbbbbbbbb2";
    private const string TableA = "rtb-0aaaaaaaaaaaaaaa1";

    private static Inputs Existing(Inputs inputs) => inputs
        .With("network.vpcId", Vpc)
        .With("network.subnetIds", Inputs.Strings(SubnetA, SubnetB));

    private static Inputs Peering(Inputs inputs) => inputs
        .With("connectivity", "VpcPeering")
        .With("vpcPeering.peeringConnectionId", TestValues.PeeringConnectionId)
        .With("vpcPeering.tidbCidr", TestValues.TidbCidr);

    private static InputCheckResult Read(Inputs inputs) => InputCheck.Run(inputs.Build());

    [Test]
    public void TheExistingVPCIsRead()
    {
        var args = Read(Peering(Existing(Inputs.ValidDedicated())).With("network.routeTableIds", Inputs.Strings(TableA))).Args!;

        Assert.Multiple(() =>
        {
            Assert.That(args.Network.ExistingVpc!.VpcId.Value, Is.EqualTo(Vpc));
            Assert.That(args.Network.ExistingVpc.SubnetIds.Value, Is.EqualTo(new[] { SubnetA, SubnetB }));
            Assert.That(args.Network.ExistingVpc.RouteTableIds!.Value.Select(i => i.Value), Is.EqualTo(new[] { TableA }));
        });
    }

    [Test]
    public void WithoutVpcIdTheComponentBuildsTheVPC()
    {
        Assert.That(Read(Inputs.Valid()).Args!.Network.ExistingVpc, Is.Null);
    }

    private static IEnumerable<TestCaseData> Violations()
    {
        yield return Case(
            "subnets without a VPC",
            Inputs.Valid().With("network.subnetIds", Inputs.Strings(SubnetA, SubnetB)),
            new InputError("network.subnetIds", $"[{SubnetA}, {SubnetB}]", "applies with network.vpcId only: without it the component builds the VPC, its subnets and route tables itself", "Add network.vpcId (the VPC these belong to), or remove network.subnetIds"));
        yield return Case(
            "route tables without a VPC",
            Peering(Inputs.ValidDedicated()).With("network.routeTableIds", Inputs.Strings(TableA)),
            new InputError("network.routeTableIds", $"[{TableA}]", "applies with network.vpcId only: without it the component builds the VPC, its subnets and route tables itself", "Add network.vpcId (the VPC these belong to), or remove network.routeTableIds"));
        yield return Case(
            "a VPC without subnets",
            Inputs.Valid().With("network.vpcId", Vpc),
            new InputError("network.subnetIds", null, "is required with network.vpcId: the component builds no subnets in an existing VPC", "Set network.subnetIds to at least 2 subnets of the VPC in different availability zones (the DMS subnet group)"));
        yield return Case(
            "a malformed VPC ID",
            Existing(Inputs.Valid()).With("network.vpcId", "my-vpc"),
            new InputError("network.vpcId", "my-vpc", "must look like 'vpc-<hex>'", "Copy the VPC's ID from the AWS VPC console, e.g. 'vpc-0123456789abcdef0'"));
        yield return Case(
            "one subnet",
            Existing(Inputs.Valid()).With("network.subnetIds", Inputs.Strings(SubnetA)),
            new InputError("network.subnetIds", $"[{SubnetA}]", "must name at least 2 subnets: a DMS subnet group spans at least 2 availability zones", "Add a subnet of the VPC in another availability zone"));
        yield return Case(
            "a malformed and a repeated subnet",
            Existing(Inputs.Valid()).With("network.subnetIds", Inputs.Strings(SubnetA, "subnet-xyz", SubnetA)),
            new InputError("network.subnetIds[1]", "subnet-xyz", "must look like 'subnet-<hex>'", "Copy the subnet's ID from the AWS VPC console, e.g. 'subnet-0123456789abcdef0'"),
            new InputError("network.subnetIds[2]", SubnetA, "names the same subnet as network.subnetIds[0]", "Remove the duplicate"));
        yield return Case(
            "peering without route tables",
            Peering(Existing(Inputs.ValidDedicated())),
            new InputError("network.routeTableIds", null, "is required with network.vpcId and connectivity 'VpcPeering': the route to the TiDB project CIDR goes into your route tables", "Set network.routeTableIds to the route tables of the subnets in network.subnetIds"));
        yield return Case(
            "route tables without peering",
            Existing(Inputs.Valid()).With("network.routeTableIds", Inputs.Strings(TableA)),
            new InputError("network.routeTableIds", $"[{TableA}]", "applies to connectivity 'VpcPeering' only (connectivity is 'PublicEndpoint'): no other connectivity adds routes", "Remove network.routeTableIds, or set connectivity to 'VpcPeering'"));
        yield return Case(
            "no route table",
            Peering(Existing(Inputs.ValidDedicated())).With("network.routeTableIds", Inputs.Strings()),
            new InputError("network.routeTableIds", "[]", "must name at least 1 route table", "Set network.routeTableIds to the route tables of the subnets in network.subnetIds"));
        yield return Case(
            "a malformed and a repeated route table",
            Peering(Existing(Inputs.ValidDedicated())).With("network.routeTableIds", Inputs.Strings(TableA, "main", TableA)),
            new InputError("network.routeTableIds[1]", "main", "must look like 'rtb-<hex>'", "Copy the route table's ID from the AWS VPC console, e.g. 'rtb-0123456789abcdef0'"),
            new InputError("network.routeTableIds[2]", TableA, "names the same route table as network.routeTableIds[0]", "Remove the duplicate: a table takes one route to a CIDR"));
        yield return Case(
            "route tables given as one string",
            Peering(Existing(Inputs.ValidDedicated())).With("network.routeTableIds", TableA),
            new InputError("network.routeTableIds", TableA, "must be a list of strings, got a string", "Set network.routeTableIds to a list of strings"));
        yield return Case(
            "a route table that is not a string fails the list: no rule judges the others",
            Peering(Existing(Inputs.ValidDedicated())).With("network.routeTableIds", PropertyValue.Array(PropertyValue.String(TableA), PropertyValue.Number(7), PropertyValue.String(TableA))),
            new InputError("network.routeTableIds[1]", "7", "must be a string, got a number", "Write network.routeTableIds[1] as a string"));
        yield return Case(
            "a route table that is not a string, in a secret list",
            Peering(Existing(Inputs.ValidDedicated())).With("network.routeTableIds", PropertyValue.Array(PropertyValue.String(TableA), PropertyValue.Number(7)).WithSecret()),
            new InputError("network.routeTableIds[1]", "[secret]", "must be a string, got a number", "Write network.routeTableIds[1] as a string"));
        yield return Case(
            "route tables as a whole unknown",
            Peering(Existing(Inputs.ValidDedicated())).With("network.routeTableIds", PropertyValue.Computed),
            new InputError("network.routeTableIds", "[unknown]", "is unknown during the preview, but its length decides how many routes the component creates", "Give network.routeTableIds as a list; its elements may come from other resources' outputs"));

        foreach (var (path, value, shown) in new[]
                 {
                     ("network.vpcCidr", PropertyValue.String("10.1.0.0/16"), "10.1.0.0/16"),
                     ("network.availabilityZoneCount", PropertyValue.Number(3), "3"),
                 })
        {
            yield return Case(
                $"{path} with a VPC",
                Existing(Inputs.Valid()).With(path, value),
                new InputError(path, shown, $"describes the VPC the component builds, but network.vpcId ('{Vpc}') names an existing one", $"Remove {path}: the existing VPC's own CIDR and the zones of network.subnetIds apply"));
        }

        yield return Case(
            "zones with a VPC",
            Existing(Inputs.Valid()).With("network.availabilityZones", Inputs.Strings("us-west-2a", "us-west-2b")),
            new InputError("network.availabilityZones", "[us-west-2a, us-west-2b]", $"describes the VPC the component builds, but network.vpcId ('{Vpc}') names an existing one", "Remove network.availabilityZones: the existing VPC's own CIDR and the zones of network.subnetIds apply"));
        yield return Case(
            "NAT gateways with a VPC",
            Existing(Inputs.Valid()).With("network.natGateways", "OnePerAz"),
            new InputError("network.natGateways", "OnePerAz", $"describes the NAT gateways the component builds, but network.vpcId ('{Vpc}') names an existing VPC, whose own NAT gateways are used", "Remove network.natGateways"));
        yield return Case(
            "NAT gateways with a VPC and PrivateLink are refused once",
            Existing(Inputs.Valid()).With("connectivity", "PrivateEndpoint").With("cluster.host", "gateway01-privatelink.us-west-2.prod.aws.tidbcloud.com")
                .With("privateEndpoint.serviceName", TestValues.ServiceName).With("network.natGateways", "OnePerAz"),
            new InputError("network.natGateways", "OnePerAz", "applies to connectivity 'PublicEndpoint' only (connectivity is 'PrivateEndpoint')", "Remove network.natGateways, or set connectivity to 'PublicEndpoint'"));
        yield return Case(
            "the TiDB CIDR is not checked against the default vpcCidr",
            Peering(Existing(Inputs.ValidDedicated())).With("network.routeTableIds", Inputs.Strings(TableA)).With("vpcPeering.tidbCidr", "10.0.0.0/21"));
        yield return Case("public subnets", Existing(Inputs.Valid()).With("network.publicAccess", "PublicSubnet"));
        yield return Case(
            "Serverless has no public subnets in an existing VPC either",
            Existing(Inputs.Valid()).With("network.publicAccess", "PublicSubnet").With("replication.mode", "Serverless")
                .With("task.otherEndpointArn", TestValues.OtherEndpointArn).With("task.schemas", Inputs.Strings("app")),
            new InputError("network.publicAccess", "PublicSubnet", "'PublicSubnet' is not possible with replication.mode 'Serverless': DMS Serverless has no public access", "Set network.publicAccess to 'NatGateway', or remove it"));

        static TestCaseData Case(string name, Inputs inputs, params InputError[] expected) =>
            new TestCaseData(inputs, expected).SetName($"{{m}}({name})");
    }

    [TestCaseSource(nameof(Violations))]
    public void EachRuleHasItsExactError(Inputs inputs, InputError[] expected)
    {
        var result = Read(inputs);

        // As text, so a difference reads as the one error that differs.
        Assert.That(result.Errors.Select(e => e.ToString()), Is.EqualTo(expected.Select(e => e.ToString())));
    }

    [Test]
    public void EveryRouteTableIsSecretIfOneIsAndCarriesTheListsDependencies()
    {
        const string TableB = "rtb-0bbbbbbbbbbbbbbb2";
        var tables = PropertyValue.Array(
            PropertyValue.String(TableA),
            PropertyValue.String(TableB).WithSecret().WithDependencies(["urn:table-b"]),
            PropertyValue.Computed.WithSecret()).WithDependencies(["urn:tables"]);

        var ids = Read(Peering(Existing(Inputs.ValidDedicated())).With("network.routeTableIds", tables)).Args!.Network.ExistingVpc!.RouteTableIds!.Value;

        // What each element's input holds: value, known, secret, dependencies. The reader takes a value
        // that holds a secret as secret as a whole, so every element of this list is; and the list's
        // dependencies include its elements'.
        Assert.That(ids.Select(Describe), Is.EqualTo(new[]
        {
            $"{TableA}, known, secret, urn:table-b urn:tables",
            $"{TableB}, known, secret, urn:table-b urn:tables",
            ", unknown, secret, urn:table-b urn:tables",
        }));

        var secretList = Read(Peering(Existing(Inputs.ValidDedicated())).With("network.routeTableIds", PropertyValue.Array(PropertyValue.String(TableA), PropertyValue.Computed).WithSecret()))
            .Args!.Network.ExistingVpc!.RouteTableIds!.Value;
        Assert.That(secretList.Select(i => i.IsSecret), Is.EqualTo([true, true]), "a secret list makes every element secret");

        var plainList = Read(Peering(Existing(Inputs.ValidDedicated())).With("network.routeTableIds", Inputs.Strings(TableA)))
            .Args!.Network.ExistingVpc!.RouteTableIds!.Value;
        Assert.That(plainList.Select(Describe), Is.EqualTo(new[] { $"{TableA}, known, plain, " }));
    }

    private static string Describe(Input<string> id) =>
        $"{id.Value}, {(id.IsKnown ? "known" : "unknown")}, {(id.IsSecret ? "secret" : "plain")}, {string.Join(' ', id.Dependencies)}";

    [Test]
    public void UnknownIdsInAPreviewStillPlan()
    {
        var inputs = Peering(Inputs.ValidDedicated())
            .With("network.vpcId", PropertyValue.Computed)
            .With("network.subnetIds", PropertyValue.Computed)
            .With("network.routeTableIds", PropertyValue.Array(PropertyValue.Computed, PropertyValue.String(TableA)));

        var result = Read(inputs);

        Assert.Multiple(() =>
        {
            Assert.That(result.Errors, Is.Empty);
            var existing = result.Args!.Network.ExistingVpc!;
            Assert.That(existing.VpcId.IsKnown, Is.False);
            Assert.That(existing.SubnetIds.IsKnown, Is.False);
            Assert.That(existing.RouteTableIds!.Value.Select(i => i.IsKnown), Is.EqualTo([false, true]));
        });
    }

    [TestCase("Dedicated", "IP access list")]
    [TestCase("Starter", "firewall rules (if they do not allow every address)")]
    public void YourOwnNATGatewaysAreAWarningAboutTheAllowList(string tier, string list)
    {
        var inputs = Existing(tier == "Dedicated" ? Inputs.ValidDedicated() : Inputs.Valid());

        var result = Read(inputs);

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Warnings, Is.EqualTo(new[]
        {
            new InputWarning(
                "network.vpcId",
                "DMS reaches the cluster's public endpoint through the NAT gateways of your VPC, whose public addresses this component does not know, "
                + $"so ipAccessListCidrs is not set: add those NAT gateways' Elastic IPs to the cluster's {list}"),
        }));
    }

    [Test]
    public void PublicSubnetsGiveNoWarning()
    {
        Assert.That(Read(Existing(Inputs.ValidDedicated()).With("network.publicAccess", "PublicSubnet")).Warnings, Is.Empty);
    }

    [Test]
    public void TheDefaultsTheSDKsSendAreNotAConflict()
    {
        // A TypeScript, Python, Go or .NET program that leaves them out still sends the schema's defaults.
        var inputs = Existing(Inputs.Valid())
            .With("network.vpcCidr", "10.0.0.0/16")
            .With("network.availabilityZoneCount", 2)
            .With("network.natGateways", "Single")
            .With("network.publicAccess", "NatGateway");

        Assert.That(Read(inputs).Errors, Is.Empty);
    }
}
