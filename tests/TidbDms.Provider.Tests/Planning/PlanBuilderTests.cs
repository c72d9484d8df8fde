using TidbDms.Provider.Planning;

namespace TidbDms.Provider.Tests.Planning;

internal sealed class PlanBuilderTests
{
    [Test]
    public void AddChildReferringToALaterChildIsRefused()
    {
        var plan = new PlanBuilder("mig");

        var error = Assert.Throws<InvalidOperationException>(() =>
            plan.Add(AwsTypes.Subnet, "mig-private-a", new InputMap { { "vpcId", new PlanValue.Ref("mig-vpc", "id") } }));
        Assert.That(error.Message, Is.EqualTo("child 'mig-private-a' needs mig-vpc, which the plan has not added before it"));
    }

    [Test]
    public void AddChildMissingTwoPrerequisitesNamesBothInOrder()
    {
        var plan = new PlanBuilder("mig");

        var error = Assert.Throws<InvalidOperationException>(() => plan.Add(
            AwsTypes.Subnet,
            "mig-private-a",
            new InputMap { { "vpcId", new PlanValue.Ref("mig-vpc", "id") } },
            dependsOn: ["mig-igw"]));
        Assert.That(error.Message, Is.EqualTo("child 'mig-private-a' needs mig-vpc, mig-igw, which the plan has not added before it"));
    }

    [Test]
    public void AddDependingOnItselfIsRefused()
    {
        var plan = new PlanBuilder("mig");

        Assert.Throws<InvalidOperationException>(() => plan.Add(AwsTypes.Vpc, "mig-vpc", [], dependsOn: ["mig-vpc"]));
    }

    [Test]
    public void AddSecondChildOfTheSameNameIsRefused()
    {
        var plan = new PlanBuilder("mig");
        plan.Add(AwsTypes.Vpc, "mig-vpc", []);

        var error = Assert.Throws<InvalidOperationException>(() => plan.Add(AwsTypes.Vpc, "mig-vpc", []));
        Assert.That(error.Message, Is.EqualTo("the plan already has a child named 'mig-vpc'"));
    }

    [Test]
    public void BuildOutputReferringToNoChildIsRefused()
    {
        var plan = new PlanBuilder("mig");
        plan.Output("vpcId", new PlanValue.Ref("mig-vpc", "id"));

        var error = Assert.Throws<InvalidOperationException>(() => plan.Build());
        Assert.That(error.Message, Is.EqualTo("outputs refer to children the plan does not have: vpcId -> mig-vpc"));
    }

    [Test]
    public void BuildOutputsReferringToNoChildAreAllNamed()
    {
        var plan = new PlanBuilder("mig");
        plan.Output("vpcId", new PlanValue.Ref("mig-vpc", "id"));
        plan.Output("taskArn", new PlanValue.Ref("mig-task", "replicationTaskArn"));

        var error = Assert.Throws<InvalidOperationException>(() => plan.Build());
        Assert.That(error.Message, Is.EqualTo("outputs refer to children the plan does not have: taskArn -> mig-task, vpcId -> mig-vpc"));
    }

    [Test]
    public void AddNullInputIsLeftOut()
    {
        var plan = new PlanBuilder("mig");
        plan.Add(AwsTypes.Vpc, "mig-vpc", new InputMap { { "cidrBlock", PlanValue.Of("10.0.0.0/16") }, { "tags", null } }, dependsOn: []);

        Assert.That(plan.Build().Resources[0].Inputs.Keys, Is.EqualTo(["cidrBlock"]));
    }
}
