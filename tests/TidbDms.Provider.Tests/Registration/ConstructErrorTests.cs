using System.Collections.Immutable;
using Grpc.Core;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Tests.Rpc;
using TidbDms.Provider.Tests.Support;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Registration;

/// <summary>
/// Rule violations through <c>Construct</c> over gRPC: INVALID_ARGUMENT with one property error per
/// violation, nothing registered beyond what the rule needed, and the server still serving.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class ConstructErrorTests
{
    private static readonly Scenario Base = Scenario.All().First();

    public static IEnumerable<TestCaseData> InputRuleViolations()
    {
        TestCaseData Case(string rule, Inputs inputs) => new TestCaseData(inputs).SetArgDisplayNames(rule);
        var valid = Base.Inputs;
        yield return Case("an unknown tier", valid.With("tier", "Basic"));
        yield return Case("VpcPeering needs Dedicated", valid.With("connectivity", "VpcPeering")
            .With("vpcPeering.peeringConnectionId", TestValues.PeeringConnectionId).With("vpcPeering.tidbCidr", TestValues.TidbCidr));
        yield return Case("PrivateEndpoint needs its service", valid.With("connectivity", "PrivateEndpoint"));
        yield return Case("no Alibaba Cloud private endpoint", valid.With("connectivity", "PrivateEndpoint")
            .With("cluster.host", "gateway01-privatelink.ap-southeast-1.prod.alicloud.tidbcloud.com")
            .With("privateEndpoint.serviceName", TestValues.ServiceName));
        yield return Case("a TiDB source is full-load only", valid.With("endpointType", "source").With("task.migrationType", "cdc"));
        yield return Case("Serverless has no public access", valid.With("replication.mode", "Serverless").With("network.publicAccess", "PublicSubnet"));
        yield return Case("Serverless needs a task", valid.With("replication.mode", "Serverless").Without("task"));
        yield return Case("no require SSL mode", valid.With("cluster.sslMode", "require"));
        yield return Case("verify-ca on Dedicated needs a CA", Inputs.ValidDedicated().With("cluster.sslMode", "verify-ca").Without("cluster.caCertificatePem"));
        yield return Case("no plain text to a Starter public endpoint", valid.With("cluster.sslMode", "none"));
        yield return Case("Starter user names carry the prefix", valid.With("cluster.username", "dms"));
        yield return Case("at least two zones", valid.With("network.availabilityZoneCount", 1));
        yield return Case("storage 5 to 6144 GiB", valid.With("replication.allocatedStorage", 2));
        yield return Case("capacity units from the list", valid.With("replication.mode", "Serverless").With("replication.minCapacityUnits", 3));
        yield return Case("a valid VPC CIDR", valid.With("network.vpcCidr", "10.0.0.1/16"));
        yield return Case("the TiDB CIDR must not overlap the VPC", Inputs.ValidDedicated().With("connectivity", "VpcPeering")
            .With("vpcPeering.peeringConnectionId", TestValues.PeeringConnectionId).With("vpcPeering.tidbCidr", "10.0.128.0/20"));
        yield return Case("schemas or table mappings", valid.With("task.tableMappings", "{\"rules\":[]}"));
        yield return Case("no TiDB system schema", valid.With("task.schemas", Inputs.Strings("mysql")));
        yield return Case("NAT settings with PublicEndpoint only", valid.With("connectivity", "PrivateEndpoint")
            .With("privateEndpoint.serviceName", TestValues.ServiceName).With("network.natGateways", "OnePerAz"));
        yield return Case("a password", valid.Without("cluster.password"));
        yield return Case("several at once", valid.With("tier", "Basic").With("cluster.port", 70000).With("replication.allocatedStorage", 1));
    }

    [TestCaseSource(nameof(InputRuleViolations))]
    public async Task AnInputRuleViolationIsAnInvalidArgumentNamingEachPathAndRegistersNothing(Inputs inputs)
    {
        var expected = InputCheck.Run(inputs.Build()).Errors;
        Assert.That(expected, Is.Not.Empty, "the case must break a rule");
        await using var test = await ComponentTest.StartAsync(Base.Mocks(), Scenario.Options(preview: false));

        var ex = Assert.ThrowsAsync<RpcException>(() => test.ConstructAsync("mig", inputs.Build()));

        var errors = StatusDetails.PropertyErrors(StatusDetails.Read(ex!));
        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(errors, Is.EqualTo(expected.Select(e => (e.Path, e.Reason))));
            Assert.That(ex.ToString(), Does.Not.Contain(TestValues.Password));
            Assert.That(test.Engine.Registrations, Is.Empty);
            Assert.That(test.Engine.Invokes, Is.Empty);
        });

        // The server keeps serving: the same process builds a valid component next.
        var result = await test.ConstructAsync("mig", Base.Inputs.Build());
        Assert.That(result.Urn, Is.EqualTo("urn:pulumi:dev::shop::tidb-dms:index:TidbDmsMigration::mig"));
    }

    public static IEnumerable<TestCaseData> ContextRuleViolations()
    {
        var both = new[] { DmsRoleNames.Vpc, DmsRoleNames.CloudWatchLogs };
        yield return new TestCaseData(Base.Inputs, Array.Empty<string>(), Array.Empty<string>())
            .SetArgDisplayNames("Existing DMS roles that are missing");
        yield return new TestCaseData(Base.Inputs.With("dmsIamRoles", "Create"), new[] { DmsRoleNames.Vpc }, Array.Empty<string>())
            .SetArgDisplayNames("Create while another stack's role exists");
        yield return new TestCaseData(
            Base.Inputs.With("connectivity", "PrivateEndpoint")
                .With("cluster.host", "gateway01-privatelink.eu-central-1.prod.aws.tidbcloud.com")
                .With("privateEndpoint.serviceName", "com.amazonaws.vpce.eu-central-1.vpce-svc-0123456789abcdef0"),
            both,
            Array.Empty<string>()).SetArgDisplayNames("PrivateLink across regions");
        yield return new TestCaseData(Base.Inputs.With("network.availabilityZones", Inputs.Strings("us-west-2a", "us-west-2z")), both, Array.Empty<string>())
            .SetArgDisplayNames("a pinned zone the region lacks");
    }

    [TestCaseSource(nameof(ContextRuleViolations))]
    public async Task ARuleOnTheAccountIsCheckedBeforeAnyChildIsCreated(Inputs inputs, string[] existingRoles, string[] ownRoles)
    {
        var mocks = new DefaultAwsMocks(Scenario.Region, availabilityZones: Scenario.Zones, existingRoles: existingRoles.ToDictionary(
            r => r,
            r => (IReadOnlyDictionary<string, string>)new Dictionary<string, string>
            {
                [DmsRoleNames.OwnerTagKey] = ownRoles.Contains(r) ? "shop/dev/mig" : "other/prod/mig",
            }));
        await using var test = await ComponentTest.StartAsync(mocks, Scenario.Options(preview: false));

        var ex = Assert.ThrowsAsync<RpcException>(() => test.ConstructAsync("mig", inputs.Build()));

        var args = InputCheck.Run(inputs.Build()).Args!;
        var roles = DmsRoleNames.NeededFor(args).ToImmutableSortedDictionary(
            n => n,
            n => ownRoles.Contains(n) ? DmsRoleState.OwnedByThisComponent : existingRoles.Contains(n) ? DmsRoleState.Exists : DmsRoleState.Missing,
            StringComparer.Ordinal);
        var expected = ContextValidator.Validate(args, new PlanContext(Scenario.Region, "aws", mocks.AvailabilityZones, mocks.AccountId, Scenario.Project, Scenario.Stack, roles)).Errors;
        Assert.Multiple(() =>
        {
            Assert.That(expected, Is.Not.Empty, "the case must break a rule");
            Assert.That(ex!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(StatusDetails.PropertyErrors(StatusDetails.Read(ex)), Is.EqualTo(expected.Select(e => (e.Path, e.Reason))));
            Assert.That(test.Engine.Resources.Select(r => r.Type), Is.EqualTo(new[] { Tokens.TidbDmsMigration }), "only the component itself");
            Assert.That(test.Engine.RegisteredOutputs, Is.Empty);
        });
    }
}
