using TidbDms.Provider.Component;
using static TidbDms.Provider.Tests.Planning.PlanText;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>The upkeep inputs reach the replication instance, and only it.</summary>
internal sealed class PlannerUpkeepTests
{
    private const string Instance = "mig-replication-instance";

    [Test]
    public void DefaultsUpgradeMinorVersionsAndWaitForTheMaintenanceWindow()
    {
        var plan = Plan(TestArgs.Create());

        Assert.Multiple(() =>
        {
            Assert.That(Input(plan, Instance, "autoMinorVersionUpgrade"), Is.EqualTo("true"));
            Assert.That(Input(plan, Instance, "applyImmediately"), Is.EqualTo("false"));
            Assert.That(Input(plan, Instance, "preferredMaintenanceWindow"), Is.Null);
        });
    }

    [Test]
    public void APinnedVersionWithoutTheReaderTurnsMinorUpgradesOff()
    {
        var args = TestArgs.Create();
        args = args with { Replication = args.Replication with { EngineVersion = TestArgs.Known("3.5.3") } };

        Assert.That(Input(Plan(args), Instance, "autoMinorVersionUpgrade"), Is.EqualTo("false"));
    }

    [Test]
    public void GivenValuesReachTheInstance()
    {
        var args = TestArgs.Create();
        args = args with
        {
            Replication = args.Replication with
            {
                EngineVersion = TestArgs.Known("3.5.3"),
                AutoMinorVersionUpgrade = TestArgs.Known(true),
                PreferredMaintenanceWindow = TestArgs.Known("sun:23:30-mon:00:30"),
                ApplyImmediately = TestArgs.Known(true),
            },
        };

        var plan = Plan(args);

        Assert.Multiple(() =>
        {
            Assert.That(Input(plan, Instance, "engineVersion"), Is.EqualTo("\"3.5.3\""));
            Assert.That(Input(plan, Instance, "autoMinorVersionUpgrade"), Is.EqualTo("true"));
            Assert.That(Input(plan, Instance, "preferredMaintenanceWindow"), Is.EqualTo("\"sun:23:30-mon:00:30\""));
            Assert.That(Input(plan, Instance, "applyImmediately"), Is.EqualTo("true"));
        });
    }

    [Test]
    public void ServerlessGetsNoneOfThem()
    {
        var plan = Plan(TestArgs.Create(mode: ReplicationMode.Serverless));
        var computeConfig = Input(plan, "mig-replication-config", "computeConfig")!;

        Assert.Multiple(() =>
        {
            Assert.That(HasChild(plan, Instance), Is.False);
            Assert.That(computeConfig, Does.Not.Contain("Maintenance").And.Not.Contain("Upgrade").And.Not.Contain("apply"));
        });
    }
}
