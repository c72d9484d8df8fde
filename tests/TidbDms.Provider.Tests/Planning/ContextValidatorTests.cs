using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>One test per context rule: region, zones, DMS roles.</summary>
internal sealed class ContextValidatorTests
{
    private static readonly PlanContext UsWest2 = OfflinePlanContext.For("us-west-2", "shop", "dev");

    [Test]
    public void ValidateValidArgsInTheClusterRegionHasNoErrorOrWarning()
    {
        var (errors, warnings) = ContextValidator.Validate(TestArgs.Create(), UsWest2);

        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty);
            Assert.That(warnings, Is.Empty);
        });
    }

    [Test]
    public void ValidatePrivateEndpointToAnotherRegionIsAnError()
    {
        var args = WithHost(TestArgs.Create(Tier.Starter, Connectivity.PrivateEndpoint), "gateway01-privatelink.eu-central-1.prod.aws.tidbcloud.com");

        var (errors, warnings) = ContextValidator.Validate(args, UsWest2);

        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.EqualTo(new[]
            {
                new InputError(
                    "cluster.host",
                    "gateway01-privatelink.eu-central-1.prod.aws.tidbcloud.com",
                    "the cluster is in AWS region 'eu-central-1' but the AWS provider deploys to 'us-west-2', and PrivateLink connects within one region only",
                    "Deploy this stack to 'eu-central-1' (set aws:region), or use a cluster in 'us-west-2'."),
            }));
            Assert.That(warnings, Is.Empty);
        });
    }

    [Test]
    public void ValidatePublicEndpointInAnotherRegionIsAWarning()
    {
        var args = WithHost(TestArgs.Create(Tier.Essential, Connectivity.PublicEndpoint), "gateway01.eu-central-1.prod.aws.tidbcloud.com");

        var (errors, warnings) = ContextValidator.Validate(args, UsWest2);

        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty);
            Assert.That(warnings, Is.EqualTo(new[]
            {
                new InputWarning(
                    "cluster.host",
                    "the cluster is in AWS region 'eu-central-1' but DMS will run in 'us-west-2'; TiDB Cloud recommends running DMS in the cluster's region (lower latency, no cross-region transfer charges)"),
            }));
        });
    }

    [TestCase("tidb.c1a2b3.clusters.tidb-cloud.com")]
    [TestCase("gateway01.ap-southeast-1.prod.alicloud.tidbcloud.com")]
    public void ValidateHostWithoutAnAwsRegionIsNotJudged(string host)
    {
        var (errors, warnings) = ContextValidator.Validate(WithHost(TestArgs.Create(Tier.Dedicated), host), UsWest2);

        Assert.That(errors.Length + warnings.Length, Is.Zero);
    }

    [Test]
    public void ValidateUnknownHostIsNotJudged()
    {
        var args = TestArgs.Create(Tier.Starter, Connectivity.PrivateEndpoint);
        args = args with { Cluster = args.Cluster with { Host = Input<string>.Unknown() } };

        Assert.That(ContextValidator.Validate(args, UsWest2).Errors, Is.Empty);
    }

    [Test]
    public void ValidateEndpointServiceInAnotherRegionIsAnError()
    {
        const string service = "com.amazonaws.vpce.us-east-1.vpce-svc-0123456789abcdef0";
        var args = TestArgs.Create(Tier.Dedicated, Connectivity.PrivateEndpoint);
        args = args with { PrivateEndpoint = args.PrivateEndpoint! with { ServiceName = TestArgs.Known(service) } };

        Assert.That(ContextValidator.Validate(args, UsWest2).Errors, Is.EqualTo(new[]
        {
            new InputError(
                "privateEndpoint.serviceName",
                service,
                "the endpoint service is in AWS region 'us-east-1' but the AWS provider deploys to 'us-west-2', and PrivateLink connects within one region only",
                "Deploy this stack to 'us-east-1' (set aws:region), or use the endpoint service of a cluster in 'us-west-2'."),
        }));
    }

    [Test]
    public void ValidatePinnedZoneNotInTheRegionIsAnErrorListingTheAvailableOnes()
    {
        var args = TestArgs.Create().WithNetwork(n => n with { AvailabilityZones = ["us-west-2a", "us-east-1b"] });
        var context = UsWest2 with { AvailabilityZones = ["us-west-2a", "us-west-2b", "us-west-2c"] };

        Assert.That(ContextValidator.Validate(args, context).Errors, Is.EqualTo(new[]
        {
            new InputError(
                "network.availabilityZones",
                "us-east-1b",
                "'us-east-1b' is not an available zone of region 'us-west-2' (available: us-west-2a, us-west-2b, us-west-2c)",
                "Pin zones from the available list, or leave network.availabilityZones unset to use the region's first ones."),
        }));
    }

    [Test]
    public void ValidateMoreZonesThanTheRegionHasIsAnError()
    {
        var context = UsWest2 with { AvailabilityZones = ["us-west-2a", "us-west-2b", "us-west-2c"] };

        Assert.That(ContextValidator.Validate(TestArgs.Create(zoneCount: 4), context).Errors, Is.EqualTo(new[]
        {
            new InputError(
                "network.availabilityZoneCount",
                "4",
                "region 'us-west-2' has 3 available zones (us-west-2a, us-west-2b, us-west-2c)",
                "Set network.availabilityZoneCount to at most 3."),
        }));
    }

    [Test]
    public void ValidateAsManyZonesAsTheRegionHasIsFine()
    {
        var context = UsWest2 with { AvailabilityZones = ["us-west-2a", "us-west-2b", "us-west-2c"] };

        Assert.That(ContextValidator.Validate(TestArgs.Create(zoneCount: 3), context).Errors, Is.Empty);
    }

    [Test]
    public void ValidateExistingRolesButOneIsMissingIsAnErrorPerMissingRole()
    {
        var context = WithRoles((DmsRoleNames.Vpc, DmsRoleState.Missing), (DmsRoleNames.CloudWatchLogs, DmsRoleState.Exists));

        Assert.That(ContextValidator.Validate(TestArgs.Create(roles: DmsIamRoles.Existing), context).Errors, Is.EqualTo(new[]
        {
            new InputError(
                "dmsIamRoles",
                "Existing",
                "the IAM role 'dms-vpc-role' that DMS needs does not exist in account 123456789012",
                "Set dmsIamRoles to 'Create' so this component creates it, or create the role 'dms-vpc-role' yourself (trusting dms.amazonaws.com, with the AWS managed policy AmazonDMSVPCManagementRole)."),
        }));
    }

    [Test]
    public void ValidateExistingRolesServerlessWithoutServiceLinkedRoleIsAnError()
    {
        var context = WithRoles(
            (DmsRoleNames.Vpc, DmsRoleState.Exists), (DmsRoleNames.CloudWatchLogs, DmsRoleState.Exists), (DmsRoleNames.Serverless, DmsRoleState.Missing));

        Assert.That(ContextValidator.Validate(TestArgs.Create(mode: ReplicationMode.Serverless), context).Errors, Is.EqualTo(new[]
        {
            new InputError(
                "dmsIamRoles",
                "Existing",
                "the IAM role 'AWSServiceRoleForDMSServerless' that DMS needs does not exist in account 123456789012",
                "Set dmsIamRoles to 'Create' so this component creates it, or create the service-linked role yourself (aws iam create-service-linked-role --aws-service-name dms.amazonaws.com)."),
        }));
    }

    [Test]
    public void ValidateInstanceModeDoesNotNeedTheServerlessRole()
    {
        var context = WithRoles((DmsRoleNames.Serverless, DmsRoleState.Missing));

        Assert.That(ContextValidator.Validate(TestArgs.Create(mode: ReplicationMode.Instance), context).Errors, Is.Empty);
    }

    [Test]
    public void ValidateCreateRolesButOneExistsAlreadyIsAnError()
    {
        var context = WithRoles((DmsRoleNames.Vpc, DmsRoleState.OwnedByThisComponent), (DmsRoleNames.CloudWatchLogs, DmsRoleState.Exists));

        Assert.That(ContextValidator.Validate(TestArgs.Create(roles: DmsIamRoles.Create), context).Errors, Is.EqualTo(new[]
        {
            new InputError(
                "dmsIamRoles",
                "Create",
                "the IAM role 'dms-cloudwatch-logs-role' already exists in account 123456789012 and was not created by this component (roles are account-wide, so only one stack can create them)",
                "Set dmsIamRoles to 'Existing' to use the existing role."),
        }));
    }

    [TestCase(DmsIamRoles.Existing, DmsRoleState.Unknown)]
    [TestCase(DmsIamRoles.Existing, DmsRoleState.Exists)]
    [TestCase(DmsIamRoles.Existing, DmsRoleState.OwnedByThisComponent)]
    [TestCase(DmsIamRoles.Create, DmsRoleState.Unknown)]
    [TestCase(DmsIamRoles.Create, DmsRoleState.Missing)]
    [TestCase(DmsIamRoles.Create, DmsRoleState.OwnedByThisComponent)]
    public void ValidateRoleStatesThatFitTheSettingAreFine(DmsIamRoles setting, DmsRoleState state)
    {
        var context = WithRoles((DmsRoleNames.Vpc, state), (DmsRoleNames.CloudWatchLogs, state), (DmsRoleNames.Serverless, state));

        Assert.That(ContextValidator.Validate(TestArgs.Create(mode: ReplicationMode.Serverless, roles: setting), context).Errors, Is.Empty);
    }

    [Test]
    public void ValidateSeveralProblemsAreAllReported()
    {
        var args = WithHost(TestArgs.Create(Tier.Starter, Connectivity.PrivateEndpoint), "gateway01-privatelink.eu-central-1.prod.aws.tidbcloud.com")
            .WithNetwork(n => n with { AvailabilityZones = ["eu-central-1a", "us-west-2a"] });
        var context = WithRoles((DmsRoleNames.Vpc, DmsRoleState.Missing), (DmsRoleNames.CloudWatchLogs, DmsRoleState.Missing));

        Assert.That(ContextValidator.Validate(args, context).Errors.Select(e => $"{e.Path} {e.Value}"), Is.EqualTo([
            "cluster.host gateway01-privatelink.eu-central-1.prod.aws.tidbcloud.com",
            "network.availabilityZones eu-central-1a",
            "dmsIamRoles Existing",
            "dmsIamRoles Existing",]));
    }

    private static TidbDmsMigrationArgs WithHost(TidbDmsMigrationArgs args, string host) =>
        args with { Cluster = args.Cluster with { Host = TestArgs.Known(host) } };

    private static PlanContext WithRoles(params (string Role, DmsRoleState State)[] roles) =>
        UsWest2 with { DmsRoles = roles.ToImmutableSortedDictionary(r => r.Role, r => r.State, StringComparer.Ordinal) };
}
