using TidbDms.Provider.Component;
using static TidbDms.Provider.Tests.Planning.PlanText;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>notifications: DMS event subscriptions for the instance and the task, named per stack, each waiting for its source.</summary>
internal sealed class PlannerNotificationTests
{
    private const string TopicArn = "arn:aws:sns:us-west-2:123456789012:dms-events";

    public static Provider.Component.TidbDmsMigrationArgs WithNotifications(Provider.Component.TidbDmsMigrationArgs args) =>
        args with { Notifications = new NotificationsArgs(TestArgs.Known(TopicArn)) };

    [Test]
    public void InstanceAndTaskEachGetASubscription()
    {
        var plan = Plan(WithNotifications(TestArgs.Create()));

        Assert.Multiple(() =>
        {
            Assert.That(Children(plan)[^2..], Is.EqualTo([
                "aws:dms/eventSubscription:EventSubscription mig-instance-events",
                "aws:dms/eventSubscription:EventSubscription mig-task-events",]));
            Assert.That(Input(plan, "mig-instance-events", "name"), Is.EqualTo("\"mig-instance-events-47fdf32c\""));
            Assert.That(Input(plan, "mig-instance-events", "snsTopicArn"), Is.EqualTo($"\"{TopicArn}\""));
            Assert.That(Input(plan, "mig-instance-events", "sourceType"), Is.EqualTo("\"replication-instance\""));
            Assert.That(Input(plan, "mig-instance-events", "sourceIds"), Is.EqualTo("""["ref(mig-replication-instance).replicationInstanceId"]"""));
            Assert.That(Input(plan, "mig-instance-events", "eventCategories"), Is.EqualTo("""["failure","failover","low storage"]"""));
            Assert.That(Input(plan, "mig-instance-events", "enabled"), Is.EqualTo("true"));
            Assert.That(Input(plan, "mig-task-events", "name"), Is.EqualTo("\"mig-task-events-47fdf32c\""));
            Assert.That(Input(plan, "mig-task-events", "sourceType"), Is.EqualTo("\"replication-task\""));
            Assert.That(Input(plan, "mig-task-events", "sourceIds"), Is.EqualTo("""["ref(mig-task).replicationTaskId"]"""));
            Assert.That(Input(plan, "mig-task-events", "eventCategories"), Is.EqualTo("""["failure","state change"]"""));
            Assert.That(Input(plan, "mig-task-events", "tags"), Is.EqualTo("""{"Name":"mig-task-events","team":"data"}"""));
            Assert.That(plan["mig-instance-events"].DependsOn, Is.Empty, "the reference to the instance is its only edge");
            Assert.That(plan["mig-task-events"].Prerequisites, Is.EqualTo(["mig-task"]));
            Assert.That(plan["mig-instance-events"].DeleteBeforeReplace, Is.True, "it names itself in DMS");
        });
    }

    [Test]
    public void WithoutATaskOnlyTheInstanceIsWatched()
    {
        var plan = Plan(WithNotifications(TestArgs.Create(task: false)));

        Assert.That(plan.Resources.Where(r => r.Type == "aws:dms/eventSubscription:EventSubscription").Select(r => r.Name), Is.EqualTo(["mig-instance-events"]));
    }

    [Test]
    public void WithoutNotificationsThereIsNoSubscription()
    {
        Assert.That(Plan(TestArgs.Create()).Resources.Any(r => r.Type == "aws:dms/eventSubscription:EventSubscription"), Is.False);
    }

    [Test]
    public void AnUnknownTopicStaysUnknown()
    {
        var args = TestArgs.Create() with { Notifications = new NotificationsArgs(Input<string>.Unknown()) };

        Assert.That(Input(Plan(args), "mig-task-events", "snsTopicArn"), Is.EqualTo("\"[unknown]\""));
    }

    [TestCase(Connectivity.PublicEndpoint, PublicAccess.NatGateway)]
    [TestCase(Connectivity.PublicEndpoint, PublicAccess.PublicSubnet)]
    [TestCase(Connectivity.PrivateEndpoint, PublicAccess.NatGateway)]
    [TestCase(Connectivity.VpcPeering, PublicAccess.NatGateway)]
    public void EveryConnectivityPassesThePulumiAwsChecks(Connectivity connectivity, PublicAccess access)
    {
        var plan = Plan(WithNotifications(TestArgs.Create(Tier.Dedicated, connectivity, publicAccess: access)));

        Assert.That(PlanChecks.SchemaProblems(plan, AwsReference.Instance), Is.Empty);
    }
}
