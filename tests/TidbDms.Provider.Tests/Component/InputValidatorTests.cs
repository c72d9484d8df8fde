using TidbDms.Provider.Component;
using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Component;

/// <summary>One table per rule of the public contract: the exact error (or none) for each case.</summary>
[TestFixture]
internal sealed class InputValidatorTests
{
    private const string DefaultDatabases = "INFORMATION_SCHEMA, PERFORMANCE_SCHEMA, METRICS_SCHEMA, mysql, sys, test, lightning_task_info";

    private static Inputs Starter => Inputs.Valid();

    private static Inputs Dedicated => Inputs.ValidDedicated();

    private static Inputs PrivateLink(Inputs inputs) => inputs
        .With("connectivity", "PrivateEndpoint")
        .With("privateEndpoint.serviceName", TestValues.ServiceName);

    private static Inputs Peering(Inputs inputs) => inputs
        .With("connectivity", "VpcPeering")
        .With("vpcPeering.peeringConnectionId", TestValues.PeeringConnectionId)
        .With("vpcPeering.tidbCidr", TestValues.TidbCidr);

    private static Inputs WithTask(Inputs inputs) => inputs
        .With("task.otherEndpointArn", TestValues.OtherEndpointArn)
        .With("task.schemas", Inputs.Strings("app"));

    private static Inputs Serverless(Inputs inputs) => WithTask(inputs).With("replication.mode", "Serverless");

    private static IEnumerable<TestCaseData> VpcPeeringNeedsDedicatedCases()
    {
        yield return Case(
            "Starter",
            Peering(Starter),
            new InputError(
                "connectivity",
                "VpcPeering",
                "'VpcPeering' is available for tier 'Dedicated' only (tier is 'Starter')",
                "Use 'PublicEndpoint' or 'PrivateEndpoint' with tier 'Starter', or set tier to 'Dedicated' if the cluster is Dedicated"));
        yield return Case(
            "Essential",
            Peering(Starter.With("tier", "Essential")),
            new InputError(
                "connectivity",
                "VpcPeering",
                "'VpcPeering' is available for tier 'Dedicated' only (tier is 'Essential')",
                "Use 'PublicEndpoint' or 'PrivateEndpoint' with tier 'Essential', or set tier to 'Dedicated' if the cluster is Dedicated"));
        yield return Case("Dedicated", Peering(Dedicated));
    }

    private static IEnumerable<TestCaseData> AlibabaCloudHostCases()
    {
        yield return Case(
            "Alibaba Cloud host",
            Starter.With("cluster.host", "gateway01.ap-southeast-1.prod.alicloud.tidbcloud.com"),
            new InputError(
                "cluster.host",
                "gateway01.ap-southeast-1.prod.alicloud.tidbcloud.com",
                "is a cluster on Alibaba Cloud (alicloud.tidbcloud.com): Alibaba Cloud private endpoints cannot serve AWS DMS",
                "Use a TiDB Cloud cluster hosted on AWS"));
        yield return Case("AWS host", Starter.With("cluster.host", "gateway01.ap-southeast-1.prod.aws.tidbcloud.com"));
    }

    private static IEnumerable<TestCaseData> PortCases()
    {
        foreach (var port in new[] { 0, 65536, -1 })
        {
            yield return Case(
                $"{port}",
                Starter.With("cluster.port", port),
                new InputError("cluster.port", $"{port}", "must be between 1 and 65535", "Set cluster.port to the port from the cluster's Connect dialog (usually 4000)"));
        }

        yield return Case("1", Starter.With("cluster.port", 1));
        yield return Case("65535", Starter.With("cluster.port", 65535));
    }

    private static IEnumerable<TestCaseData> UsernameCases()
    {
        foreach (var (tier, username) in new[] { ("Starter", "root"), ("Essential", "root"), ("Starter", ".root"), ("Starter", "2ZgSrL8dEfTjH5X.") })
        {
            yield return Case(
                $"{tier} {username}",
                Starter.With("tier", tier).With("cluster.username", username),
                new InputError(
                    "cluster.username",
                    username,
                    $"must be '<prefix>.<name>' for tier '{tier}': its user names carry the cluster's prefix",
                    "Write the user name as the cluster's Connect dialog shows it, e.g. '2ZgSrL8dEfTjH5X.root'"));
        }

        yield return Case("Starter with prefix", Starter.With("cluster.username", "2ZgSrL8dEfTjH5X.root"));
        yield return Case("Dedicated without prefix", Dedicated.With("cluster.username", "root"));
    }

    private static IEnumerable<TestCaseData> SslModeNeedsCaCases()
    {
        yield return Case(
            "Dedicated, verify-full by default",
            Dedicated.Without("cluster.caCertificatePem"),
            new InputError(
                "cluster.caCertificatePem",
                null,
                "is required for tier 'Dedicated' with cluster.sslMode 'verify-full'",
                "Set cluster.caCertificatePem to the CA certificate (PEM) downloaded from the cluster's Connect dialog in the TiDB Cloud console"));
        yield return Case(
            "Dedicated, verify-ca over PrivateLink",
            PrivateLink(Dedicated).Without("cluster.caCertificatePem").With("cluster.sslMode", "verify-ca"),
            new InputError(
                "cluster.caCertificatePem",
                null,
                "is required for tier 'Dedicated' with cluster.sslMode 'verify-ca'",
                "Set cluster.caCertificatePem to the CA certificate (PEM) downloaded from the cluster's Connect dialog in the TiDB Cloud console"));
        yield return Case("Dedicated with a CA", Dedicated);
        yield return Case("Dedicated over PrivateLink, none by default", PrivateLink(Dedicated).Without("cluster.caCertificatePem"));
        yield return Case("Starter uses ISRG Root X1", Starter.With("cluster.sslMode", "verify-full"));
        yield return Case("Essential uses ISRG Root X1", Starter.With("tier", "Essential").With("cluster.sslMode", "verify-ca"));
    }

    private static IEnumerable<TestCaseData> PublicEndpointTlsCases()
    {
        foreach (var tier in new[] { "Starter", "Essential" })
        {
            yield return Case(
                tier,
                Starter.With("tier", tier).With("cluster.sslMode", "none"),
                new InputError(
                    "cluster.sslMode",
                    "none",
                    $"'none' is refused over the public endpoint of tier '{tier}': it accepts TLS connections only",
                    "Set cluster.sslMode to 'verify-full', or remove it ('verify-full' is the default with PublicEndpoint)"));
        }

        yield return Case("Dedicated is warned, not refused", Dedicated.With("cluster.sslMode", "none"));
        yield return Case("Starter over PrivateLink", PrivateLink(Starter).With("cluster.sslMode", "none"));
    }

    private static IEnumerable<TestCaseData> VpcCidrCases()
    {
        yield return Case(
            "not a CIDR",
            Starter.With("network.vpcCidr", "10.0.0.0"),
            new InputError("network.vpcCidr", "10.0.0.0", "is not an IPv4 CIDR block of the form a.b.c.d/n", "Set network.vpcCidr to a private IPv4 range from /16 to /24, e.g. '10.0.0.0/16'"));
        yield return Case(
            "host bits set",
            Starter.With("network.vpcCidr", "10.1.2.3/16"),
            new InputError("network.vpcCidr", "10.1.2.3/16", "has host bits set (its network is 10.1.0.0/16)", "Write '10.1.0.0/16'"));
        yield return Case(
            "larger than /16",
            Starter.With("network.vpcCidr", "10.16.0.0/12"),
            new InputError(
                "network.vpcCidr",
                "10.16.0.0/12",
                "must have a prefix from /16 to /24 (it is /12): AWS allows VPCs up to /16, and a /24 is the smallest that holds the 16 /28 subnet slots the component carves",
                "Set network.vpcCidr to e.g. '10.16.0.0/16'"));
        yield return Case(
            "smaller than /24",
            Starter.With("network.vpcCidr", "10.1.2.64/26"),
            new InputError(
                "network.vpcCidr",
                "10.1.2.64/26",
                "must have a prefix from /16 to /24 (it is /26): AWS allows VPCs up to /16, and a /24 is the smallest that holds the 16 /28 subnet slots the component carves",
                "Set network.vpcCidr to e.g. '10.1.2.0/24'"));
        yield return Case("/16", Starter.With("network.vpcCidr", "172.16.0.0/16"));
        yield return Case("/24", Starter.With("network.vpcCidr", "192.168.7.0/24"));
    }

    private static IEnumerable<TestCaseData> AvailabilityZoneCountCases()
    {
        foreach (var count in new[] { 1, 9, 0 })
        {
            yield return Case(
                $"{count}",
                Starter.With("network.availabilityZoneCount", count),
                new InputError(
                    "network.availabilityZoneCount",
                    $"{count}",
                    "must be between 2 and 8: DMS needs subnets in at least 2 zones, and the VPC's CIDR layout reserves subnet slots for 8",
                    "Set network.availabilityZoneCount to a value from 2 to 8, e.g. 2"));
        }

        yield return Case("2", Starter.With("network.availabilityZoneCount", 2));
        yield return Case("8", Starter.With("network.availabilityZoneCount", 8));
    }

    private static IEnumerable<TestCaseData> AvailabilityZonesCases()
    {
        const string Path = "network.availabilityZones";
        var atLeastTwo = new InputError(
            Path,
            null,
            "must name at least 2 distinct zones: a DMS subnet group spans at least 2",
            "Add another zone of the region, or remove network.availabilityZones to use the region's first 2 zones");
        yield return Case("one zone", Starter.With(Path, Inputs.Strings("us-west-2a")), atLeastTwo with { Value = "[us-west-2a]" });
        yield return Case("no zone", Starter.With(Path, Inputs.Strings()), atLeastTwo with { Value = "[]" });
        yield return Case(
            "a zone twice",
            Starter.With(Path, Inputs.Strings("us-west-2a", "us-west-2A")),
            new InputError($"{Path}[1]", "us-west-2A", $"names the same zone as {Path}[0]", "Remove the duplicate: each zone gets its own subnets"),
            atLeastTwo with { Value = "[us-west-2a, us-west-2A]" });
        yield return Case(
            "an empty name",
            Starter.With(Path, Inputs.Strings("us-west-2a", "us-west-2b", "")),
            new InputError($"{Path}[2]", "", "must not be empty", "Write the zone's name (e.g. 'us-west-2a'), or remove it"));
        yield return Case(
            "nine zones",
            Starter.With(Path, Inputs.Strings([.. "abcdefghi".Select(c => $"us-east-1{c}")])),
            new InputError(
                Path,
                "[us-east-1a, us-east-1b, us-east-1c, us-east-1d, us-east-1e, us-east-1f, us-east-1g, us-east-1h, us-east-1i]",
                "must name at most 8 zones: the VPC's CIDR layout reserves subnet slots for 8",
                "Keep at most 8 zones"));
        yield return Case(
            "count given and different",
            Starter.With(Path, Inputs.Strings("us-west-2a", "us-west-2b")).With("network.availabilityZoneCount", 3),
            new InputError("network.availabilityZoneCount", "3", "is 3, but network.availabilityZones names 2 zones", "Remove network.availabilityZoneCount: network.availabilityZones fixes the count"));
        yield return Case("two zones", Starter.With(Path, Inputs.Strings("us-west-2a", "us-west-2b")));
        yield return Case("count given and equal", Starter.With(Path, Inputs.Strings("us-west-2a", "us-west-2b", "us-west-2c")).With("network.availabilityZoneCount", 3));
    }

    private static IEnumerable<TestCaseData> PublicEndpointOnlyCases()
    {
        yield return Case(
            "publicAccess with PrivateEndpoint",
            PrivateLink(Starter).With("network.publicAccess", "PublicSubnet"),
            new InputError(
                "network.publicAccess",
                "PublicSubnet",
                "applies to connectivity 'PublicEndpoint' only (connectivity is 'PrivateEndpoint')",
                "Remove network.publicAccess, or set connectivity to 'PublicEndpoint'"));
        yield return Case(
            "natGateways with VpcPeering",
            Peering(Dedicated).With("network.natGateways", "OnePerAz"),
            new InputError(
                "network.natGateways",
                "OnePerAz",
                "applies to connectivity 'PublicEndpoint' only (connectivity is 'VpcPeering')",
                "Remove network.natGateways, or set connectivity to 'PublicEndpoint'"));
        yield return Case("defaults written out with PrivateEndpoint", PrivateLink(Starter).With("network.publicAccess", "NatGateway").With("network.natGateways", "Single"));
        yield return Case("PublicSubnet with PublicEndpoint", Starter.With("network.publicAccess", "PublicSubnet"));
    }

    private static IEnumerable<TestCaseData> NatGatewaysNeedNatCases()
    {
        yield return Case(
            "OnePerAz with PublicSubnet",
            Starter.With("network.publicAccess", "PublicSubnet").With("network.natGateways", "OnePerAz"),
            new InputError(
                "network.natGateways",
                "OnePerAz",
                "applies to network.publicAccess 'NatGateway' only: with 'PublicSubnet' no NAT gateway is built",
                "Remove network.natGateways, or set network.publicAccess to 'NatGateway'"));
        yield return Case("OnePerAz with NatGateway", Starter.With("network.natGateways", "OnePerAz"));
    }

    private static IEnumerable<TestCaseData> ServerlessNoPublicAccessCases()
    {
        yield return Case(
            "PublicSubnet",
            Serverless(Starter).With("network.publicAccess", "PublicSubnet"),
            new InputError(
                "network.publicAccess",
                "PublicSubnet",
                "'PublicSubnet' is not possible with replication.mode 'Serverless': DMS Serverless has no public access",
                "Set network.publicAccess to 'NatGateway', or remove it"));
        yield return Case("NatGateway", Serverless(Starter).With("network.publicAccess", "NatGateway"));
        yield return Case("Instance with PublicSubnet", WithTask(Starter).With("network.publicAccess", "PublicSubnet"));
    }

    private static IEnumerable<TestCaseData> PrivateEndpointCases()
    {
        yield return Case(
            "missing",
            Starter.With("connectivity", "PrivateEndpoint"),
            new InputError(
                "privateEndpoint",
                null,
                "is required with connectivity 'PrivateEndpoint'",
                "Add privateEndpoint.serviceName: the endpoint service name from the cluster's Connect dialog ('com.amazonaws.vpce.<region>.vpce-svc-…')"));
        yield return Case(
            "given without PrivateEndpoint",
            Starter.With("privateEndpoint.serviceName", TestValues.ServiceName),
            new InputError(
                "privateEndpoint",
                $"{{serviceName: {TestValues.ServiceName}}}",
                "applies to connectivity 'PrivateEndpoint' only (connectivity is 'PublicEndpoint')",
                "Remove privateEndpoint, or set connectivity to 'PrivateEndpoint'"));
        foreach (var name in new[] { "vpce-svc-0123456789abcdef0", "com.amazonaws.vpce.us-west-2.vpce-svc-XYZ", "com.amazonaws.us-west-2.vpce-svc-01" })
        {
            yield return Case(
                $"service name {name}",
                PrivateLink(Starter).With("privateEndpoint.serviceName", name),
                new InputError(
                    "privateEndpoint.serviceName",
                    name,
                    "must look like 'com.amazonaws.vpce.<region>.vpce-svc-<hex>'",
                    "Copy the endpoint service name from the cluster's Connect dialog in the TiDB Cloud console, e.g. 'com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0'"));
        }

        yield return Case("PrivateEndpoint", PrivateLink(Starter));
        yield return Case("null with PublicEndpoint", Starter.With("privateEndpoint", PropertyValue.Null));
    }

    private static IEnumerable<TestCaseData> VpcPeeringCases()
    {
        yield return Case(
            "missing",
            Dedicated.With("connectivity", "VpcPeering"),
            new InputError(
                "vpcPeering",
                null,
                "is required with connectivity 'VpcPeering'",
                "Add vpcPeering.peeringConnectionId (the 'pcx-…' connection TiDB Cloud requested) and vpcPeering.tidbCidr (the TiDB Cloud project CIDR)"));
        yield return Case(
            "given without VpcPeering",
            Dedicated.With("vpcPeering.peeringConnectionId", TestValues.PeeringConnectionId).With("vpcPeering.tidbCidr", TestValues.TidbCidr),
            new InputError(
                "vpcPeering",
                $"{{peeringConnectionId: {TestValues.PeeringConnectionId}, tidbCidr: {TestValues.TidbCidr}}}",
                "applies to connectivity 'VpcPeering' only (connectivity is 'PublicEndpoint')",
                "Remove vpcPeering, or set connectivity to 'VpcPeering'"));
        foreach (var id in new[] { "vpc-0123abcd", "pcx-XYZ", "pcx-" })
        {
            yield return Case(
                $"peering id {id}",
                Peering(Dedicated).With("vpcPeering.peeringConnectionId", id),
                new InputError(
                    "vpcPeering.peeringConnectionId",
                    id,
                    "must look like 'pcx-<hex>'",
                    "Copy the ID of the peering connection TiDB Cloud requested from the AWS VPC console, e.g. 'pcx-0123456789abcdef0'"));
        }

        yield return Case(
            "TiDB CIDR not a CIDR",
            Peering(Dedicated).With("vpcPeering.tidbCidr", "172.16.0.0"),
            new InputError(
                "vpcPeering.tidbCidr",
                "172.16.0.0",
                "is not an IPv4 CIDR block of the form a.b.c.d/n",
                "Copy the project CIDR from the Networking page of the TiDB Cloud console, e.g. '172.16.0.0/21'"));
        yield return Case(
            "TiDB CIDR with host bits",
            Peering(Dedicated).With("vpcPeering.tidbCidr", "172.16.0.1/21"),
            new InputError("vpcPeering.tidbCidr", "172.16.0.1/21", "has host bits set (its network is 172.16.0.0/21)", "Write '172.16.0.0/21'"));
        yield return Case(
            "TiDB CIDR overlaps the default VPC CIDR",
            Peering(Dedicated).With("vpcPeering.tidbCidr", "10.0.128.0/20"),
            new InputError(
                "vpcPeering.tidbCidr",
                "10.0.128.0/20",
                "overlaps network.vpcCidr (10.0.0.0/16)",
                "Set network.vpcCidr to a range that does not overlap 10.0.128.0/20, e.g. '172.31.0.0/16'"));
        yield return Case(
            "TiDB CIDR overlaps a given VPC CIDR",
            Peering(Dedicated).With("network.vpcCidr", "10.250.4.0/24"),
            new InputError(
                "vpcPeering.tidbCidr",
                TestValues.TidbCidr,
                "overlaps network.vpcCidr (10.250.4.0/24)",
                $"Set network.vpcCidr to a range that does not overlap {TestValues.TidbCidr}, e.g. '10.0.0.0/16'"));
        yield return Case("VpcPeering", Peering(Dedicated));
        yield return Case("adjacent CIDRs", Peering(Dedicated).With("network.vpcCidr", "10.251.0.0/24"));
    }

    private static IEnumerable<TestCaseData> InstanceSettingsCases()
    {
        foreach (var instanceClass in new[] { "t3.large", "dms.t3", "dms.t3.huge", "db.t3.large" })
        {
            yield return Case(
                $"class {instanceClass}",
                Starter.With("replication.instanceClass", instanceClass),
                new InputError(
                    "replication.instanceClass",
                    instanceClass,
                    "must be a DMS replication instance class: 'dms.<family>.<size>'",
                    "Set replication.instanceClass to e.g. 'dms.t3.large' (TiDB Cloud advises dms.t3.large or larger)"));
        }

        foreach (var storage in new[] { 4, 6145 })
        {
            yield return Case(
                $"storage {storage}",
                Starter.With("replication.allocatedStorage", storage),
                new InputError("replication.allocatedStorage", $"{storage}", "must be between 5 and 6144 GiB", "Set replication.allocatedStorage to a value in that range, e.g. 50"));
        }

        foreach (var instanceClass in new[] { "dms.t3.micro", "dms.c5.2xlarge", "dms.r5.xlarge", "dms.c6i.24xlarge" })
        {
            yield return Case($"class {instanceClass}", Starter.With("replication.instanceClass", instanceClass));
        }

        yield return Case("storage 5", Starter.With("replication.allocatedStorage", 5));
        yield return Case("storage 6144", Starter.With("replication.allocatedStorage", 6144));
    }

    private static IEnumerable<TestCaseData> ModeSettingsCases()
    {
        static InputError OnlyInstance(string path, string value) => new(
            path,
            value,
            "applies to replication.mode 'Instance' only (mode is 'Serverless')",
            $"Remove {path}, or set replication.mode to 'Instance'");
        static InputError OnlyServerless(string path, string value) => new(
            path,
            value,
            "applies to replication.mode 'Serverless' only (mode is 'Instance')",
            $"Remove {path}, or set replication.mode to 'Serverless'");

        yield return Case("instanceClass with Serverless", Serverless(Starter).With("replication.instanceClass", "dms.c5.xlarge"), OnlyInstance("replication.instanceClass", "dms.c5.xlarge"));
        yield return Case("allocatedStorage with Serverless", Serverless(Starter).With("replication.allocatedStorage", 100), OnlyInstance("replication.allocatedStorage", "100"));
        yield return Case("engineVersion with Serverless", Serverless(Starter).With("replication.engineVersion", "3.5.3"), OnlyInstance("replication.engineVersion", "3.5.3"));
        yield return Case("minCapacityUnits with Instance", Starter.With("replication.minCapacityUnits", 2), OnlyServerless("replication.minCapacityUnits", "2"));
        yield return Case("maxCapacityUnits with Instance", Starter.With("replication.maxCapacityUnits", 3), OnlyServerless("replication.maxCapacityUnits", "3"));
        yield return Case(
            "defaults written out",
            Serverless(Starter).With("replication.instanceClass", "dms.t3.large").With("replication.allocatedStorage", 50));
        yield return Case("capacity defaults with Instance", Starter.With("replication.minCapacityUnits", 1).With("replication.maxCapacityUnits", 4));
        yield return Case("multiAz and kmsKeyArn apply to both", Serverless(Starter).With("replication.multiAz", true));
    }

    private static IEnumerable<TestCaseData> CapacityUnitsCases()
    {
        const string Units = "must be one of 1, 2, 4, 8, 16, 32, 64, 128, 192, 256 or 384 DCU";
        yield return Case(
            "min 3",
            Serverless(Starter).With("replication.minCapacityUnits", 3),
            new InputError("replication.minCapacityUnits", "3", Units, "Set replication.minCapacityUnits to one of those values, e.g. 4"));
        yield return Case(
            "max 500",
            Serverless(Starter).With("replication.maxCapacityUnits", 500),
            new InputError("replication.maxCapacityUnits", "500", Units, "Set replication.maxCapacityUnits to one of those values, e.g. 384"));
        yield return Case(
            "min above max",
            Serverless(Starter).With("replication.minCapacityUnits", 16).With("replication.maxCapacityUnits", 8),
            new InputError(
                "replication.maxCapacityUnits",
                "8",
                "must be at least replication.minCapacityUnits (16)",
                "Raise replication.maxCapacityUnits to 16 or more, or lower replication.minCapacityUnits"));
        yield return Case(
            "min above the default max",
            Serverless(Starter).With("replication.minCapacityUnits", 8),
            new InputError(
                "replication.maxCapacityUnits",
                null,
                "must be at least replication.minCapacityUnits (8)",
                "Raise replication.maxCapacityUnits to 8 or more, or lower replication.minCapacityUnits"));
        yield return Case("min equals max", Serverless(Starter).With("replication.minCapacityUnits", 192).With("replication.maxCapacityUnits", 192));
        yield return Case("1 to 384", Serverless(Starter).With("replication.minCapacityUnits", 1).With("replication.maxCapacityUnits", 384));
    }

    private static IEnumerable<TestCaseData> KmsKeyArnCases()
    {
        foreach (var arn in new[] { "1234abcd-12ab-34cd-56ef-1234567890ab", "alias/dms", "arn:aws:kms:us-west-2:1234:key/abc", "arn:aws:s3:::bucket" })
        {
            yield return Case(
                arn,
                Starter.With("replication.kmsKeyArn", arn),
                new InputError(
                    "replication.kmsKeyArn",
                    arn,
                    "must be a KMS key ARN ('arn:<partition>:kms:<region>:<account>:key/<id>') or alias ARN ('…:alias/<name>')",
                    "Copy the key's ARN from the AWS KMS console, e.g. 'arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab'"));
        }

        yield return Case("key", Starter.With("replication.kmsKeyArn", "arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"));
        yield return Case("alias in China", Starter.With("replication.kmsKeyArn", "arn:aws-cn:kms:cn-north-1:123456789012:alias/dms-key"));
    }

    private static IEnumerable<TestCaseData> TaskCases()
    {
        yield return Case(
            "Serverless without task",
            Starter.With("replication.mode", "Serverless"),
            new InputError(
                "task",
                null,
                "is required with replication.mode 'Serverless': a Serverless replication is defined with both endpoints",
                "Add task with otherEndpointArn and schemas (or tableMappings), or set replication.mode to 'Instance'"));
        foreach (var arn in new[] { "arn:aws:dms:us-west-2:123456789012:rep:ABC", "ABCDEFGHIJKLMNOP", "arn:aws:dms:us-west-2:1234:endpoint:ABC" })
        {
            yield return Case(
                $"other endpoint {arn}",
                WithTask(Starter).With("task.otherEndpointArn", arn),
                new InputError(
                    "task.otherEndpointArn",
                    arn,
                    "must be a DMS endpoint ARN: 'arn:<partition>:dms:<region>:<account>:endpoint:<id>'",
                    "Copy the ARN of the other DMS endpoint from the AWS DMS console, or pass the arn output of the aws:dms/endpoint:Endpoint resource"));
        }

        foreach (var type in new[] { "cdc", "full-load-and-cdc" })
        {
            yield return Case(
                $"source with {type}",
                WithTask(Starter).With("endpointType", "source").With("task.migrationType", type),
                new InputError(
                    "task.migrationType",
                    type,
                    "must be 'full-load' with endpointType 'source': TiDB has no MySQL binlog for DMS to read changes from",
                    "Set task.migrationType to 'full-load', or remove it"));
        }

        yield return Case(
            "neither schemas nor tableMappings",
            WithTask(Starter).Without("task.schemas"),
            new InputError(
                "task",
                $"{{otherEndpointArn: {TestValues.OtherEndpointArn}}}",
                "needs task.schemas or task.tableMappings to select what to migrate",
                "Add task.schemas with the schemas to migrate, or task.tableMappings with DMS table-mapping JSON"));
        yield return Case(
            "both schemas and tableMappings",
            WithTask(Starter).With("task.tableMappings", "{\"rules\": [{\"rule-type\": \"selection\"}]}"),
            new InputError(
                "task.tableMappings",
                "{\"rules\": [{\"rule-type\": \"selection\"}]}",
                "cannot be combined with task.schemas",
                "Keep either task.schemas or task.tableMappings"));
        yield return Case("Serverless with task", Serverless(Starter));
        yield return Case("source with full-load", WithTask(Starter).With("endpointType", "source").With("task.migrationType", "full-load"));
        yield return Case("target with cdc", WithTask(Starter).With("task.migrationType", "cdc"));
        yield return Case("other endpoint in GovCloud", WithTask(Starter).With("task.otherEndpointArn", "arn:aws-us-gov:dms:us-gov-west-1:123456789012:endpoint:ABC-123"));
    }

    private static IEnumerable<TestCaseData> SchemasCases()
    {
        var wildcard = $"contains a wildcard, which would also select TiDB's default databases ({DefaultDatabases})";
        const string WildcardFix = "List each schema by name, or give task.tableMappings with explicit rules instead of task.schemas";
        var isDefault = $"is one of TiDB's default databases ({DefaultDatabases}), which are never migrated";

        yield return Case(
            "empty list",
            WithTask(Starter).With("task.schemas", Inputs.Strings()),
            new InputError("task.schemas", "[]", "must name at least one schema", "List the schemas to migrate, or remove task.schemas and give task.tableMappings"));
        yield return Case(
            "default databases, any case",
            WithTask(Starter).With("task.schemas", Inputs.Strings("app", "mysql", "information_schema", "Lightning_Task_Info")),
            new InputError("task.schemas[1]", "mysql", isDefault, "Remove it from task.schemas"),
            new InputError("task.schemas[2]", "information_schema", isDefault, "Remove it from task.schemas"),
            new InputError("task.schemas[3]", "Lightning_Task_Info", isDefault, "Remove it from task.schemas"));
        yield return Case(
            "wildcards",
            WithTask(Starter).With("task.schemas", Inputs.Strings("%", "app_%", "app*", "[ab]pp")),
            new InputError("task.schemas[0]", "%", wildcard, WildcardFix),
            new InputError("task.schemas[1]", "app_%", wildcard, WildcardFix),
            new InputError("task.schemas[2]", "app*", wildcard, WildcardFix),
            new InputError("task.schemas[3]", "[ab]pp", wildcard, WildcardFix));
        yield return Case(
            "duplicate and empty",
            WithTask(Starter).With("task.schemas", Inputs.Strings("app", "", "App")),
            new InputError("task.schemas[1]", "", "must not be empty", "Write the schema's name, or remove it"),
            new InputError("task.schemas[2]", "App", "names the same schema as task.schemas[0]", "Remove the duplicate"));
        yield return Case("names with underscores", WithTask(Starter).With("task.schemas", Inputs.Strings("app", "my_db", "testing")));
    }

    private static IEnumerable<TestCaseData> TableMappingsCases()
    {
        const string Fix = "Give DMS table-mapping JSON such as {\"rules\": [{\"rule-type\": \"selection\", …}]}, or use task.schemas";
        const string NoRules = "must be a JSON object with a non-empty \"rules\" array";
        static Inputs Mappings(string json) => WithTask(Starter).Without("task.schemas").With("task.tableMappings", json);

        yield return Case("not JSON", Mappings("rules: []"), new InputError("task.tableMappings", "rules: []", "is not valid JSON (line 1, byte 1)", Fix));
        yield return Case("truncated", Mappings("{\n  \"rules\": ["), new InputError("task.tableMappings", "{\n  \"rules\": [", "is not valid JSON (line 2, byte 13)", Fix));
        yield return Case("no rules", Mappings("{\"rules\": []}"), new InputError("task.tableMappings", "{\"rules\": []}", NoRules, Fix));
        yield return Case("an array", Mappings("[{\"rule-type\": \"selection\"}]"), new InputError("task.tableMappings", "[{\"rule-type\": \"selection\"}]", NoRules, Fix));
        yield return Case("rules not an array", Mappings("{\"rules\": {}}"), new InputError("task.tableMappings", "{\"rules\": {}}", NoRules, Fix));
        yield return Case("a selection rule", Mappings("{\"rules\": [{\"rule-type\": \"selection\", \"rule-id\": \"1\"}]}"));
    }

    private static IEnumerable<TestCaseData> TagsCases()
    {
        yield return Case(
            "reserved prefix",
            Starter.With("tags", PropertyValue.Object(("AWS:team", PropertyValue.String("data")), ("team", PropertyValue.String("data")))),
            new InputError("tags[\"AWS:team\"]", "data", "has a key starting with 'aws:', which AWS reserves", "Rename the tag without the 'aws:' prefix"));
        yield return Case(
            "empty key",
            Starter.With("tags", PropertyValue.Object(("", PropertyValue.String("x")))),
            new InputError("tags[\"\"]", "x", "has an empty key", "Give the tag a name, or remove it"));
        yield return Case(
            "50 tags",
            Starter.With("tags", Tags(50)),
            new InputError(
                "tags",
                null,
                "has 50 tags, but at most 49 are allowed: AWS allows 50 per resource and the component adds a Name tag",
                "Remove at least 1 tag"));
        yield return Case("49 tags", Starter.With("tags", Tags(49)));
        yield return Case("no tags", Starter.With("tags", PropertyValue.Object()));
    }

    [TestCaseSource(nameof(VpcPeeringNeedsDedicatedCases))]
    public void VpcPeeringNeedsDedicated(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(AlibabaCloudHostCases))]
    public void AlibabaCloudHostsAreRefused(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(PortCases))]
    public void PortIsInRange(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(UsernameCases))]
    public void StarterAndEssentialUsernamesHaveAPrefix(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(SslModeNeedsCaCases))]
    public void VerifyingSslModesNeedACAOnDedicated(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(PublicEndpointTlsCases))]
    public void NoTLSOverAPublicEndpointIsRefusedForStarterAndEssential(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(VpcCidrCases))]
    public void VpcCIDRIsValidAlignedAndSized(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(AvailabilityZoneCountCases))]
    public void AvailabilityZoneCountIsInRange(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(AvailabilityZonesCases))]
    public void AvailabilityZonesAreDistinctAndFixTheCount(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(PublicEndpointOnlyCases))]
    public void PublicAccessAndNATSettingsNeedPublicEndpoint(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(NatGatewaysNeedNatCases))]
    public void NatGatewaysNeedNatGatewayAccess(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(ServerlessNoPublicAccessCases))]
    public void ServerlessHasNoPublicAccess(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(PrivateEndpointCases))]
    public void PrivateEndpointGoesWithPrivateEndpoint(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(VpcPeeringCases))]
    public void VpcPeeringGoesWithVpcPeering(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(InstanceSettingsCases))]
    public void InstanceClassAndStorageAreValid(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(ModeSettingsCases))]
    public void SettingsMatchTheReplicationMode(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(CapacityUnitsCases))]
    public void CapacityUnitsAreAllowedAndOrdered(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(KmsKeyArnCases))]
    public void KmsKeyARNIsWellFormed(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(TaskCases))]
    public void TaskRules(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(SchemasCases))]
    public void SchemasAreNamedAndMigratable(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(TableMappingsCases))]
    public void TableMappingsAreJSONWithRules(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [TestCaseSource(nameof(TagsCases))]
    public void TagsAreAcceptedByAWS(Inputs inputs, InputError[] expected) => AssertErrors(inputs, expected);

    [Test]
    public void NoTLSOverADedicatedPublicEndpointIsAWarning()
    {
        var result = InputCheck.Run(Dedicated.With("cluster.sslMode", "none").Build());

        Assert.That(result.Warnings, Is.EqualTo(new[]
        {
            new InputWarning(
                "cluster.sslMode",
                "'none' sends the password and the data unencrypted over the internet to the cluster's public endpoint; set cluster.sslMode to 'verify-full' with cluster.caCertificatePem"),
        }));
        Assert.That(result.Args, Is.Not.Null);
    }

    [Test]
    public void WarningsComeWithErrorsToo()
    {
        var result = InputCheck.Run(Dedicated.With("cluster.sslMode", "none").With("cluster.port", 0).Build());

        Assert.That(result.Warnings.Select(w => w.Path), Is.EqualTo(["cluster.sslMode"]));
        Assert.That(result.Errors.Select(e => e.Path), Is.EqualTo(["cluster.port"]));
    }

    [Test]
    public void EveryViolationIsReportedAtOnceInContractOrder()
    {
        var inputs = Starter
            .With("tags", PropertyValue.Object(("aws:owner", PropertyValue.String("me"))))
            .With("task.otherEndpointArn", "endpoint-1")
            .With("task.migrationType", "cdc")
            .With("task.schemas", Inputs.Strings("mysql"))
            .With("endpointType", "source")
            .With("replication.mode", "Serverless")
            .With("replication.instanceClass", "dms.c5.xlarge")
            .With("replication.minCapacityUnits", 3)
            .With("network.publicAccess", "PublicSubnet")
            .With("network.vpcCidr", "10.0.0.0/8")
            .With("network.availabilityZoneCount", 1)
            .With("cluster.sslMode", "require")
            .With("cluster.username", "root")
            .With("cluster.port", 70000)
            .With("cluster.host", "gateway01.cn-hangzhou.prod.alicloud.tidbcloud.com")
            .With("cluster.hots", "typo")
            .With("tier", "starter");

        var result = InputCheck.Run(inputs.Build());

        Assert.That(result.Errors.Select(e => e.Path), Is.EqualTo([
            "tier",
            "cluster.hots",
            "cluster.host",
            "cluster.port",
            "cluster.sslMode",
            "network.vpcCidr",
            "network.availabilityZoneCount",
            "network.publicAccess",
            "replication.instanceClass",
            "replication.minCapacityUnits",
            "task.otherEndpointArn",
            "task.migrationType",
            "task.schemas[0]",
            "tags[\"aws:owner\"]",]));
        Assert.That(result.Args, Is.Null);
    }

    [Test]
    public void AFailedFieldCausesNoFurtherErrors()
    {
        // The tier is refused, so the username rule (which depends on it) stays silent; the port is
        // refused as a non-number, so its range rule stays silent; the zones are refused, so neither
        // the "at least 2" rule nor the count rule fires.
        var inputs = Starter
            .With("tier", "Basic")
            .With("cluster.username", "root")
            .With("cluster.port", "big")
            .With("network.availabilityZoneCount", 3)
            .With("network.availabilityZones", PropertyValue.Array(PropertyValue.Bool(true)));

        var result = InputCheck.Run(inputs.Build());

        Assert.That(result.Errors.Select(e => e.Path), Is.EqualTo(["tier", "cluster.port", "network.availabilityZones[0]"]));
    }

    private static void AssertErrors(Inputs inputs, InputError[] expected)
    {
        var result = InputCheck.Run(inputs.Build());

        Assert.That(result.Errors, Is.EqualTo(expected));
        if (expected.Length == 0)
        {
            Assert.That(result.Args, Is.Not.Null);
        }
        else
        {
            Assert.That(result.Args, Is.Null);
        }
    }

    private static PropertyValue Tags(int count) =>
        PropertyValue.Object(Enumerable.Range(1, count).Select(i => ($"tag{i:D2}", PropertyValue.String("v"))).ToArray());

    private static TestCaseData Case(string name, Inputs inputs, params InputError[] expected) =>
        new TestCaseData(inputs, expected).SetName($"{{m}}({name})");
}
