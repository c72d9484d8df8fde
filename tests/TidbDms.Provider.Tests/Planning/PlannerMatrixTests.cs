using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Tests.Support;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>
/// Every valid combination of tier × connectivity × public access × NAT gateways × replication
/// mode × endpoint type × task × DMS roles, checked against the invariants every plan must keep.
/// </summary>
internal sealed class PlannerMatrixTests
{
    private static readonly Dictionary<string, string> UserTags = new(StringComparer.Ordinal) { ["team"] = "data" };

    public static IEnumerable<TestCaseData> Cases()
    {
        foreach (var tier in Enum.GetValues<Tier>())
        {
            foreach (var (connectivity, access, nat) in Networks(tier))
            {
                foreach (var mode in Enum.GetValues<ReplicationMode>())
                {
                    if (mode == ReplicationMode.Serverless && access == PublicAccess.PublicSubnet)
                    {
                        continue;
                    }

                    foreach (var task in mode == ReplicationMode.Serverless ? [true] : new[] { true, false })
                    {
                        foreach (var endpointType in Enum.GetValues<EndpointType>())
                        {
                            foreach (var roles in Enum.GetValues<DmsIamRoles>())
                            {
                                var zones = nat == NatGatewayStrategy.OnePerAz ? 3 : 2;
                                var args = TestArgs.Create(tier, connectivity, endpointType, access, nat, mode, task, roles, zones);

                                // DMS event subscriptions wherever DMS offers them (Instance mode).
                                args = mode == ReplicationMode.Instance ? PlannerNotificationTests.WithNotifications(args) : args;
                                yield return new TestCaseData(args).SetArgDisplayNames(
                                    $"{tier}-{connectivity}-{access}-{nat}-{mode}-{endpointType}-{(task ? "task" : "notask")}-{roles}");
                                if (nat == NatGatewayStrategy.Single)
                                {
                                    // The same topology in the user's VPC (NAT gateways are theirs, so one NAT choice covers it).
                                    yield return new TestCaseData(PlannerExistingVpcTests.InExistingVpc(args)).SetArgDisplayNames(
                                        $"{tier}-{connectivity}-{access}-existing-vpc-{mode}-{endpointType}-{(task ? "task" : "notask")}-{roles}");
                                }
                            }
                        }
                    }
                }
            }
        }
    }

    [TestCaseSource(nameof(Cases))]
    public void PlanEveryTopologyChildrenComeAfterWhatTheyNeed(TidbDmsMigrationArgs args) =>
        Assert.That(PlanChecks.OrderProblems(Plan(args)), Is.Empty);

    [TestCaseSource(nameof(Cases))]
    public void PlanEveryTopologyNamesAreUniqueAndDerivedFromTheComponent(TidbDmsMigrationArgs args) =>
        Assert.That(PlanChecks.NameProblems(Plan(args)), Is.Empty);

    [TestCaseSource(nameof(Cases))]
    public void PlanEveryTopologyTypesInputsAndRefsMatchPulumiAws(TidbDmsMigrationArgs args) =>
        Assert.That(PlanChecks.SchemaProblems(Plan(args), AwsReference.Instance), Is.Empty);

    [TestCaseSource(nameof(Cases))]
    public void PlanEveryTopologyEveryTaggableChildHasUserTagsAndName(TidbDmsMigrationArgs args) =>
        Assert.That(PlanChecks.TagProblems(Plan(args), AwsReference.Instance, UserTags), Is.Empty);

    [TestCaseSource(nameof(Cases))]
    public void PlanEveryTopologySecretsAreMarkedAsPulumiAwsDoes(TidbDmsMigrationArgs args) =>
        Assert.That(PlanChecks.SecretProblems(Plan(args), AwsReference.Instance), Is.Empty);

    [TestCaseSource(nameof(Cases))]
    public void PlanEveryTopologyDmsIdentifiersAreValid(TidbDmsMigrationArgs args) =>
        Assert.That(PlanChecks.IdentifierProblems(Plan(args)), Is.Empty);

    [TestCaseSource(nameof(Cases))]
    public void PlanEveryTopologyWithKnownInputsHasNoUnknowns(TidbDmsMigrationArgs args) =>
        Assert.That(PlanChecks.UnknownProblems(Plan(args)), Is.Empty);

    [TestCaseSource(nameof(Cases))]
    public void PlanEveryTopologyOutputsAreContractOutputs(TidbDmsMigrationArgs args) =>
        Assert.That(PlanChecks.OutputProblems(Plan(args)), Is.Empty);

    [TestCaseSource(nameof(Cases))]
    public void PlanEveryTopologyIsDeterministic(TidbDmsMigrationArgs args)
    {
        var first = PlanJson.Render(Plan(args));
        var second = PlanJson.Render(Plan(args));
        Assert.That(second, Is.EqualTo(first));
    }

    private static MigrationPlan Plan(TidbDmsMigrationArgs args) =>
        Planner.Plan("mig", args, OfflinePlanContext.For(TestValues.Region, "shop", "dev"));

    private static IEnumerable<(Connectivity, PublicAccess, NatGatewayStrategy)> Networks(Tier tier)
    {
        yield return (Connectivity.PublicEndpoint, PublicAccess.NatGateway, NatGatewayStrategy.Single);
        yield return (Connectivity.PublicEndpoint, PublicAccess.NatGateway, NatGatewayStrategy.OnePerAz);
        yield return (Connectivity.PublicEndpoint, PublicAccess.PublicSubnet, NatGatewayStrategy.Single);
        yield return (Connectivity.PrivateEndpoint, PublicAccess.NatGateway, NatGatewayStrategy.Single);
        if (tier == Tier.Dedicated)
        {
            yield return (Connectivity.VpcPeering, PublicAccess.NatGateway, NatGatewayStrategy.Single);
        }
    }
}
