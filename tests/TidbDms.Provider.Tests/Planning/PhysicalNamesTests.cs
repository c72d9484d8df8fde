using TidbDms.Provider.Component;

namespace TidbDms.Provider.Tests.Planning;

internal sealed class PhysicalNamesTests
{
    [Test]
    public void ExactlyTheChildrenThatNameThemselvesInAwsAreReplacedDeleteFirst()
    {
        var instance = PlanText.Plan(TestArgs.Create(Tier.Dedicated, roles: DmsIamRoles.Create));
        var serverless = PlanText.Plan(TestArgs.Create(mode: ReplicationMode.Serverless, roles: DmsIamRoles.Create));

        Assert.Multiple(() =>
        {
            Assert.That(instance.Resources.Where(r => r.DeleteBeforeReplace).Select(r => r.Name), Is.EqualTo([
                "mig-dms-vpc-role", "mig-dms-logs-role", "mig-subnet-group", "mig-replication-instance", "mig-ca", "mig-tidb-endpoint", "mig-task",]));
            Assert.That(serverless.Resources.Where(r => r.DeleteBeforeReplace).Select(r => r.Name), Is.EqualTo([
                "mig-dms-vpc-role", "mig-dms-logs-role", "mig-dms-serverless-role", "mig-subnet-group", "mig-ca", "mig-tidb-endpoint", "mig-replication-config",]));
        });
    }
}
