using TidbDms.Provider.Component;
using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Component;

/// <summary>
/// The edges of the input rules: the largest zone list, a TiDB CIDR that leaves no suggestion, the
/// capacity units in Instance mode and the instance settings in Serverless mode, the redacted value
/// of a secret, the plural of the tag count.
/// </summary>
[TestFixture]
internal sealed class InputRuleEdgeTests
{
    private static readonly string[] EightZones = ["us-west-2a", "us-west-2b", "us-west-2c", "us-west-2d", "us-west-2e", "us-west-2f", "us-west-2g", "us-west-2h"];

    private static Inputs Starter => Inputs.Valid();

    private static Inputs Peering(string tidbCidr) => Inputs.ValidDedicated()
        .With("connectivity", "VpcPeering")
        .With("vpcPeering.peeringConnectionId", TestValues.PeeringConnectionId)
        .With("vpcPeering.tidbCidr", tidbCidr);

    [Test]
    public void ExactlyEightZonesAreAcceptedNamedOrCounted()
    {
        AssertErrors(Starter.With("network.availabilityZones", Inputs.Strings(EightZones)));
        AssertErrors(Starter.With("network.availabilityZones", Inputs.Strings(EightZones)).With("network.availabilityZoneCount", 8));
        AssertErrors(Starter.With("network.availabilityZoneCount", 8));
    }

    [Test]
    public void NineZonesAreOneTooManyAndTheCountThenSaysNothingMore()
    {
        AssertErrors(
            Starter.With("network.availabilityZones", Inputs.Strings([.. EightZones, "us-west-2i"])).With("network.availabilityZoneCount", 9),
            new InputError(
                "network.availabilityZoneCount",
                "9",
                "must be between 2 and 8: DMS needs subnets in at least 2 zones, and the VPC's CIDR layout reserves subnet slots for 8",
                "Set network.availabilityZoneCount to a value from 2 to 8, e.g. 2"),
            new InputError(
                "network.availabilityZones",
                "[us-west-2a, us-west-2b, us-west-2c, us-west-2d, us-west-2e, us-west-2f, us-west-2g, us-west-2h, us-west-2i]",
                "must name at most 8 zones: the VPC's CIDR layout reserves subnet slots for 8",
                "Keep at most 8 zones"));
    }

    [Test]
    public void EightDistinctZonesWithADuplicateAreEight()
    {
        AssertErrors(
            Starter.With("network.availabilityZones", Inputs.Strings([.. EightZones, "US-WEST-2A"])),
            new InputError("network.availabilityZones[8]", "US-WEST-2A", "names the same zone as network.availabilityZones[0]", "Remove the duplicate: each zone gets its own subnets"));
    }

    [Test]
    public void ATiDBCIDRThatEverySuggestedVPCCIDROverlapsGetsNoSuggestion()
    {
        AssertErrors(
            Peering("0.0.0.0/0"),
            new InputError(
                "vpcPeering.tidbCidr",
                "0.0.0.0/0",
                "overlaps network.vpcCidr (10.0.0.0/16)",
                "Set network.vpcCidr to a range that does not overlap 0.0.0.0/0"));
    }

    [TestCase("10.0.0.0/8", "10.0.0.0/16", "172.31.0.0/16")]
    [TestCase("0.0.0.0/1", "10.0.0.0/16", "172.31.0.0/16")]
    [TestCase("172.16.0.0/12", "172.31.0.0/16", "10.0.0.0/16")]
    [TestCase("128.0.0.0/1", "192.168.0.0/16", "10.0.0.0/16")]
    public void TheFirstSuggestedVPCCIDRThatFitsIsSuggested(string tidbCidr, string vpcCidr, string suggestion)
    {
        AssertErrors(
            Peering(tidbCidr).With("network.vpcCidr", vpcCidr),
            new InputError(
                "vpcPeering.tidbCidr",
                tidbCidr,
                $"overlaps network.vpcCidr ({vpcCidr})",
                $"Set network.vpcCidr to a range that does not overlap {tidbCidr}, e.g. '{suggestion}'"));
    }

    [TestCase(3)]
    [TestCase(2)]
    public void CapacityUnitsInInstanceModeAreRefusedAsServerlessSettingsOnly(int max)
    {
        // max < min (and 3 is no allowed DCU), but in Instance mode the units do not apply at all: one error each
        AssertErrors(
            Starter.With("replication.minCapacityUnits", 16).With("replication.maxCapacityUnits", max),
            new InputError("replication.minCapacityUnits", "16", "applies to replication.mode 'Serverless' only (mode is 'Instance')", "Remove replication.minCapacityUnits, or set replication.mode to 'Serverless'"),
            new InputError("replication.maxCapacityUnits", $"{max}", "applies to replication.mode 'Serverless' only (mode is 'Instance')", "Remove replication.maxCapacityUnits, or set replication.mode to 'Serverless'"));
    }

    [Test]
    public void InstanceSettingsInServerlessModeAreRefusedAsInstanceSettingsOnly()
    {
        // 't3.large' is no instance class and 4 GiB is below the minimum (5), but with Serverless they do not apply at all
        AssertErrors(
            Starter.With("replication.mode", "Serverless").With("task.otherEndpointArn", TestValues.OtherEndpointArn).With("task.schemas", Inputs.Strings("app"))
                .With("replication.instanceClass", "t3.large").With("replication.allocatedStorage", 4),
            new InputError("replication.instanceClass", "t3.large", "applies to replication.mode 'Instance' only (mode is 'Serverless')", "Remove replication.instanceClass, or set replication.mode to 'Instance'"),
            new InputError("replication.allocatedStorage", "4", "applies to replication.mode 'Instance' only (mode is 'Serverless')", "Remove replication.allocatedStorage, or set replication.mode to 'Instance'"));
    }

    [Test]
    public void ASecretValueIsShownAsTheSecretPlaceholder()
    {
        AssertErrors(
            Starter
                .With("task.otherEndpointArn", TestValues.OtherEndpointArn)
                .With("task.schemas", Inputs.Strings("app", "mysql", "").WithSecret())
                .With("tags", PropertyValue.Object(("aws:owner", PropertyValue.String("me")), (" ", PropertyValue.String("x"))).WithSecret())
                .With("cluster.port", PropertyValue.Number(0).WithSecret()),
            new InputError("cluster.port", "[secret]", "must be between 1 and 65535", "Set cluster.port to the port from the cluster's Connect dialog (usually 4000)"),
            new InputError("task.schemas[1]", "[secret]", "is one of TiDB's default databases (INFORMATION_SCHEMA, PERFORMANCE_SCHEMA, METRICS_SCHEMA, mysql, sys, test, lightning_task_info), which are never migrated", "Remove it from task.schemas"),
            new InputError("task.schemas[2]", "[secret]", "must not be empty", "Write the schema's name, or remove it"),
            new InputError("tags[\" \"]", "[secret]", "has an empty key", "Give the tag a name, or remove it"),
            new InputError("tags[\"aws:owner\"]", "[secret]", "has a key starting with 'aws:', which AWS reserves", "Rename the tag without the 'aws:' prefix"));
    }

    [TestCase(50, "Remove at least 1 tag")]
    [TestCase(51, "Remove at least 2 tags")]
    [TestCase(60, "Remove at least 11 tags")]
    public void TheTagCountFixSaysTagOrTags(int count, string fix)
    {
        var tags = PropertyValue.Object(Enumerable.Range(1, count).Select(i => ($"tag{i:D2}", PropertyValue.String("v"))).ToArray());

        AssertErrors(
            Starter.With("tags", tags),
            new InputError("tags", null, $"has {count} tags, but at most 49 are allowed: AWS allows 50 per resource and the component adds a Name tag", fix));
    }

    private static void AssertErrors(Inputs inputs, params InputError[] expected)
    {
        var result = InputCheck.Run(inputs.Build());

        Assert.That(result.Errors, Is.EqualTo(expected));
        Assert.That(result.Args is null, Is.EqualTo(expected.Length > 0));
    }
}
