using TidbDms.Provider.Planning;

namespace TidbDms.Provider.Tests.Planning;

[Parallelizable(ParallelScope.All)]
internal sealed class MigrationPlanTests
{
    [Test]
    public void AChildIsFoundByItsExactName()
    {
        var plan = PlanText.Plan(TestArgs.Create());

        Assert.That(plan["mig-vpc"].Type, Is.EqualTo(AwsTypes.Vpc));
    }

    [Test]
    public void AChildThePlanDoesNotHaveIsNamedInTheError()
    {
        var plan = PlanText.Plan(TestArgs.Create());

        var error = Assert.Throws<KeyNotFoundException>(() => _ = plan["mig-VPC"]);
        Assert.That(error!.Message, Is.EqualTo("the plan has no child named 'mig-VPC'"));
    }
}
