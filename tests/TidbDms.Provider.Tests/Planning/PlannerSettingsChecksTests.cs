using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>
/// The plans of the second release's inputs keep every invariant of the others: pulumi-aws 7.48.0
/// types and input names (nested <c>mysqlSettings</c> keys included, the role policy's token),
/// references to outputs that exist, order, names, and no password anywhere when the secret is used.
/// </summary>
internal sealed class PlannerSettingsChecksTests
{
    public static IEnumerable<TestCaseData> Plans()
    {
        foreach (var mode in Enum.GetValues<ReplicationMode>())
        {
            foreach (var connectivity in new[] { Connectivity.PublicEndpoint, Connectivity.PrivateEndpoint, Connectivity.VpcPeering })
            {
                foreach (var roles in Enum.GetValues<DmsIamRoles>())
                {
                    var args = TestArgs.Create(Tier.Dedicated, connectivity, mode: mode, roles: roles).WithSecret(TestArgs.SecretKmsKeyArn)
                        .WithTaskSettings(s => s with { Logging = roles == DmsIamRoles.Create });
                    args = args with
                    {
                        Cluster = args.Cluster with
                        {
                            EndpointSettings = new EndpointSettingsArgs(
                                TestArgs.Known(4), TestArgs.Known(1024), TestArgs.Known(TargetDbType.MultipleDatabases), TestArgs.Known("SET time_zone = '+00:00'"), null, null),
                        },
                    };
                    yield return new TestCaseData(args).SetArgDisplayNames($"{connectivity}-{mode}-{roles}");
                }
            }
        }
    }

    [TestCaseSource(nameof(Plans))]
    public void SecretsAndSettingsPlanWithPulumiAwsNamesAndNoPassword(TidbDmsMigrationArgs args)
    {
        var plan = PlanText.Plan(args);

        Assert.Multiple(() =>
        {
            Assert.That(PlanChecks.SchemaProblems(plan, AwsReference.Instance), Is.Empty);
            Assert.That(PlanChecks.OrderProblems(plan), Is.Empty);
            Assert.That(PlanChecks.NameProblems(plan), Is.Empty);
            Assert.That(PlanJson.Render(plan), Does.Not.Contain(TestValues.Password));
            Assert.That(plan["mig-tidb-endpoint"].SecretInputs, Is.Empty, "the endpoint carries no credential");
        });
    }
}
