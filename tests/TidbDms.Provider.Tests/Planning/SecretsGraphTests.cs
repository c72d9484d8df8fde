using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>
/// The graph with credentials from Secrets Manager, against Golden/graphs/secrets.*.txt: what waits
/// for the access role's policy and the Secrets Manager endpoint, and why (a reference or an
/// explicit ordering edge). Regenerate with <c>ACCEPT=1</c>.
/// </summary>
internal sealed class SecretsGraphTests
{
    public static IEnumerable<TestCaseData> Topologies()
    {
        yield return Case(
            "secrets.public-nat-single.instance-task.roles-create",
            "PublicEndpoint through one NAT gateway (2 zones); a replication instance with a task; credentials from Secrets Manager with a KMS key; dmsIamRoles Create",
            TestArgs.Create(Tier.Dedicated, roles: DmsIamRoles.Create).WithSecret(TestArgs.SecretKmsKeyArn));
        yield return Case(
            "secrets.private-endpoint.serverless-started.roles-existing",
            "PrivateEndpoint over PrivateLink (2 zones); DMS Serverless, started on creation; credentials from Secrets Manager; dmsIamRoles Existing",
            TestArgs.Create(Tier.Dedicated, Connectivity.PrivateEndpoint, mode: ReplicationMode.Serverless).WithSecret()
                .WithTask(t => t with { StartReplicationTask = TestArgs.Known(true) }));
        yield return Case(
            "secrets.private-endpoint.serverless.roles-existing",
            "PrivateEndpoint over PrivateLink (2 zones); DMS Serverless, not started on creation; credentials from Secrets Manager; dmsIamRoles Existing",
            TestArgs.Create(Tier.Dedicated, Connectivity.PrivateEndpoint, mode: ReplicationMode.Serverless).WithSecret());

        static TestCaseData Case(string name, string description, TidbDmsMigrationArgs args) =>
            new TestCaseData(name, description, args).SetArgDisplayNames(name);
    }

    [TestCaseSource(nameof(Topologies))]
    public void GraphWithSecretsManagerMatchesItsGoldenFile(string name, string description, TidbDmsMigrationArgs args) =>
        GoldenFile.Check("graphs", $"{name}.txt", PlanGraph.Render(Planner.Plan(PlanText.Component, args, PlanText.Context()), description));

    [TestCaseSource(nameof(Topologies))]
    public void EndpointWaitsOnlyForItsCertificateAndTheRoleItNames(string name, string description, TidbDmsMigrationArgs args)
    {
        var plan = Planner.Plan(PlanText.Component, args, PlanText.Context());
        var certificate = plan.Resources.Where(r => r.Type == AwsTypes.Certificate).Select(r => r.Name);

        Assert.Multiple(() =>
        {
            Assert.That(plan["mig-tidb-endpoint"].Prerequisites, Is.EquivalentTo(certificate.Append("mig-secrets-access-role")), "creating an endpoint stores settings and connects nowhere");
            Assert.That(plan["mig-secrets-access-policy"].Prerequisites, Is.EqualTo(["mig-secrets-access-role"]));
        });
    }
}
