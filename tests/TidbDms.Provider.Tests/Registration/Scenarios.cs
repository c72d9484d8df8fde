using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Values;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Registration;

/// <summary>One topology of the contract, as a program would declare it, and the account it deploys into.</summary>
internal sealed record Scenario(string Name, Inputs Inputs, bool RolesExist)
{
    public const string Project = "shop";
    public const string Stack = "dev";
    public const string Region = "us-west-2";

    public static readonly ImmutableArray<string> Zones = ["us-west-2a", "us-west-2b", "us-west-2c", "us-west-2d"];

    public override string ToString() => Name;

    /// <summary>The mocks of an account in <see cref="Region"/>, holding the DMS roles or not.</summary>
    public DefaultAwsMocks Mocks() => new(
        Region,
        availabilityZones: Zones,
        existingRoles: RolesExist
            ? DmsRoleNames.NeededFor(ReplicationMode.Serverless).ToDictionary(n => n, IReadOnlyDictionary<string, string> (_) => new Dictionary<string, string>())
            : null);

    public static MockEngineOptions Options(bool preview) => new() { Project = Project, Stack = Stack, IsPreview = preview };

    /// <summary>What the planner makes of these inputs in that account: the expectation every registration is checked against.</summary>
    public MigrationPlan Plan(string componentName)
    {
        var args = InputCheck.Run(Inputs.Build()).Args!;
        var roles = DmsRoleNames.NeededFor(args)
            .ToImmutableSortedDictionary(n => n, _ => RolesExist ? DmsRoleState.Exists : DmsRoleState.Missing, StringComparer.Ordinal);
        return Planner.Plan(componentName, args, new PlanContext(Region, "aws", Zones, "123456789012", Project, Stack, roles));
    }

    private static readonly PropertyValue Tags = PropertyValue.Object(("team", PropertyValue.String("data")));

    private static Inputs WithTask(Inputs inputs, string migrationType = "full-load") => inputs
        .With("task.otherEndpointArn", TestValues.OtherEndpointArn)
        .With("task.migrationType", migrationType)
        .With("task.schemas", Support.Inputs.Strings("shop"))
        .With("tags", Tags);

    /// <summary>Every tier × connectivity × compute combination the contract describes.</summary>
    public static IEnumerable<Scenario> All()
    {
        yield return new("starter-public-nat", WithTask(Support.Inputs.Valid()), RolesExist: true);
        yield return new(
            "essential-public-nat-per-az",
            Support.Inputs.Valid().With("tier", "Essential").With("network.natGateways", "OnePerAz").With("network.availabilityZoneCount", 3)
                .With("dmsIamRoles", "Create").With("tags", Tags),
            RolesExist: false);
        yield return new("dedicated-public-nat-source", WithTask(Support.Inputs.ValidDedicated().With("endpointType", "source")), RolesExist: true);
        yield return new("dedicated-public-subnet", WithTask(Support.Inputs.ValidDedicated().With("network.publicAccess", "PublicSubnet")), RolesExist: true);
        yield return new(
            "starter-private-endpoint",
            WithTask(Support.Inputs.Valid()
                .With("connectivity", "PrivateEndpoint")
                .With("cluster.host", "gateway01-privatelink.us-west-2.prod.aws.tidbcloud.com")
                .With("privateEndpoint.serviceName", TestValues.ServiceName)),
            RolesExist: true);
        yield return new(
            "dedicated-vpc-peering",
            WithTask(Support.Inputs.ValidDedicated()
                .With("connectivity", "VpcPeering")
                .With("cluster.sslMode", "verify-ca")
                .With("vpcPeering.peeringConnectionId", TestValues.PeeringConnectionId)
                .With("vpcPeering.tidbCidr", TestValues.TidbCidr)
                .With("dmsIamRoles", "Create")),
            RolesExist: false);
        yield return new(
            "starter-serverless-nat",
            WithTask(Support.Inputs.Valid().With("replication.mode", "Serverless").With("dmsIamRoles", "Create"), "full-load-and-cdc"),
            RolesExist: false);
        yield return new(
            "dedicated-serverless-private-endpoint-source",
            WithTask(Support.Inputs.ValidDedicated()
                .With("connectivity", "PrivateEndpoint")
                .With("endpointType", "source")
                .With("replication.mode", "Serverless")
                .With("privateEndpoint.serviceName", TestValues.ServiceName)),
            RolesExist: true);

        // The account's existing VPC (ExistingNetwork.Sample, which the mocks hold).
        yield return new(
            "starter-existing-vpc-nat-notified",
            WithTask(ExistingVpc(Support.Inputs.Valid()))
                .With("replication.preferredMaintenanceWindow", "sun:23:30-mon:00:30")
                .With("notifications.snsTopicArn", "arn:aws:sns:us-west-2:123456789012:dms-events"),
            RolesExist: true);
        yield return new(
            "dedicated-existing-vpc-peering",
            WithTask(ExistingVpc(Support.Inputs.ValidDedicated())
                .With("connectivity", "VpcPeering")
                .With("cluster.sslMode", "verify-ca")
                .With("vpcPeering.peeringConnectionId", Support.TestValues.PeeringConnectionId)
                .With("vpcPeering.tidbCidr", Support.TestValues.TidbCidr)
                .With("network.routeTableIds", Support.Inputs.Strings(ExistingNetwork.RouteTableA, ExistingNetwork.RouteTableB))),
            RolesExist: true);
        yield return new(
            "essential-existing-vpc-serverless-private-endpoint",
            WithTask(ExistingVpc(Support.Inputs.Valid())
                .With("tier", "Essential")
                .With("connectivity", "PrivateEndpoint")
                .With("cluster.host", "gateway01-privatelink.us-west-2.prod.aws.tidbcloud.com")
                .With("privateEndpoint.serviceName", Support.TestValues.ServiceName)
                .With("replication.mode", "Serverless")),
            RolesExist: true);
    }

    private static Inputs ExistingVpc(Inputs inputs) => inputs
        .With("network.vpcId", ExistingNetwork.VpcId)
        .With("network.subnetIds", Support.Inputs.Strings(ExistingNetwork.SubnetA, ExistingNetwork.SubnetB));
}
