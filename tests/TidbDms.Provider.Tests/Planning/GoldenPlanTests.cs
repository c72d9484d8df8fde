using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>
/// The whole plan of each main scenario, as PlanJson, against Golden/plans/&lt;scenario&gt;.json:
/// a broad review of every child, input, dependency and output. Regenerate with <c>ACCEPT=1</c>.
/// </summary>
internal sealed class GoldenPlanTests
{
    public static IEnumerable<TestCaseData> Scenarios()
    {
        yield return Scenario("starter-public-nat", TestArgs.Create(Tier.Starter));
        yield return Scenario(
            "essential-public-nat-per-az",
            TestArgs.Create(Tier.Essential, natGateways: NatGatewayStrategy.OnePerAz, task: false, roles: DmsIamRoles.Create, zoneCount: 3));
        yield return Scenario("dedicated-public-nat", TestArgs.Create(Tier.Dedicated, endpointType: EndpointType.Source));
        yield return Scenario(
            "dedicated-existing-vpc-peering",
            PlannerExistingVpcTests.InExistingVpc(TestArgs.Create(Tier.Dedicated, Connectivity.VpcPeering)));
        yield return Scenario(
            "starter-existing-vpc-serverless-nat",
            PlannerExistingVpcTests.InExistingVpc(TestArgs.Create(Tier.Starter, mode: ReplicationMode.Serverless)));
        var upkept = PlannerNotificationTests.WithNotifications(TestArgs.Create(Tier.Essential));
        yield return Scenario(
            "essential-notifications-upkeep",
            upkept with
            {
                Replication = upkept.Replication with
                {
                    EngineVersion = TestArgs.Known("3.5.3"),
                    PreferredMaintenanceWindow = TestArgs.Known("sun:23:30-mon:00:30"),
                    ApplyImmediately = TestArgs.Known(true),
                },
            });
        yield return Scenario("dedicated-public-subnet", TestArgs.Create(Tier.Dedicated, publicAccess: PublicAccess.PublicSubnet));
        yield return Scenario("starter-private-endpoint", TestArgs.Create(Tier.Starter, Connectivity.PrivateEndpoint));
        yield return Scenario(
            "dedicated-vpc-peering",
            TestArgs.Create(Tier.Dedicated, Connectivity.VpcPeering, roles: DmsIamRoles.Create)
                .WithSslMode(TestArgs.Known(SslMode.VerifyCa), TestArgs.Known(TestValues.CaPem)));
        yield return Scenario("starter-serverless-nat", TestArgs.Create(Tier.Starter, mode: ReplicationMode.Serverless, roles: DmsIamRoles.Create));
        yield return Scenario(
            "dedicated-serverless-private-endpoint",
            TestArgs.Create(Tier.Dedicated, Connectivity.PrivateEndpoint, EndpointType.Source, mode: ReplicationMode.Serverless));

        var preview = TestArgs.Create(Tier.Starter) with { Tags = Input<ImmutableSortedDictionary<string, string>>.Unknown() };
        preview = preview.WithNetwork(n => n with { VpcCidr = Input<string>.Unknown() }).WithSslMode(Input<SslMode>.Unknown());
        preview = preview with { Cluster = preview.Cluster with { Port = Input<int>.Unknown() } };
        yield return Scenario("starter-preview-unknowns", preview.WithTask(t => t with { Schemas = Input<ImmutableArray<string>>.Unknown() }));

        // The second release: the settings document with a settingsJson merge, endpoint settings,
        // logging off, and credentials from Secrets Manager on an instance and on Serverless.
        yield return Scenario(
            "starter-settings-json-merged",
            TestArgs.Create(Tier.Starter)
                .WithTask(t => t with { MigrationType = TestArgs.Known(MigrationType.FullLoadAndCdc) })
                .WithTaskSettings(
                    s => s with { BatchApply = TestArgs.Known(true), Validation = TestArgs.Known(true), LobMaxSizeKb = TestArgs.Known(1024) },
                    "{\"ChangeProcessingTuning\":{\"BatchApplyMemoryLimit\":1000},\"TargetMetadata\":{\"ParallelLoadThreads\":4},\"ErrorBehavior\":{\"DataErrorPolicy\":\"STOP_TASK\"}}"));
        var withEndpointSettings = TestArgs.Create(Tier.Dedicated, endpointType: EndpointType.Source, roles: DmsIamRoles.Create)
            .WithTaskSettings(s => s with { Logging = false, LobMode = TestArgs.Known(LobMode.Full) });
        yield return Scenario(
            "dedicated-source-endpoint-settings-no-logging",
            withEndpointSettings with
            {
                Cluster = withEndpointSettings.Cluster with
                {
                    EndpointSettings = new EndpointSettingsArgs(null, null, null, TestArgs.Known("SET SESSION tidb_isolation_read_engines = 'tikv'"), TestArgs.Known(300), TestArgs.Known("UTC")),
                },
            });
        yield return Scenario("starter-secrets-manager", TestArgs.Create(Tier.Starter, roles: DmsIamRoles.Create).WithSecret(TestArgs.SecretKmsKeyArn));
        yield return Scenario(
            "essential-serverless-private-endpoint-secrets-manager",
            TestArgs.Create(Tier.Essential, Connectivity.PrivateEndpoint, mode: ReplicationMode.Serverless).WithSecret()
                .WithTask(t => t with { StartReplicationTask = TestArgs.Known(true) }));

        static TestCaseData Scenario(string name, TidbDmsMigrationArgs args) => new TestCaseData(name, args).SetArgDisplayNames(name);
    }

    [TestCaseSource(nameof(Scenarios))]
    public void PlanMainScenarioMatchesItsGoldenFile(string scenario, TidbDmsMigrationArgs args) =>
        GoldenFile.Check("plans", $"{scenario}.json", PlanJson.Render(Planner.Plan("mig", args, PlanText.Context())));
}
