using TidbDms.Provider.Component;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Component;

/// <summary>replication.autoMinorVersionUpgrade, preferredMaintenanceWindow and applyImmediately: defaults, exact errors and the warning.</summary>
[TestFixture]
internal sealed class UpkeepRulesTests
{
    private const string Window = "replication.preferredMaintenanceWindow";
    private const string WindowFix = "Write the window in UTC as 'ddd:hh24:mi-ddd:hh24:mi', e.g. 'sun:23:00-mon:01:30'";

    private static readonly string[] PinnedVersionPaths = ["replication.engineVersion", "replication.autoMinorVersionUpgrade"];

    private static Inputs Starter => Inputs.Valid();

    private static Inputs Serverless => Starter
        .With("task.otherEndpointArn", TestValues.OtherEndpointArn)
        .With("task.schemas", Inputs.Strings("app"))
        .With("replication.mode", "Serverless");

    private static IEnumerable<TestCaseData> WindowCases()
    {
        yield return Case("no day", "10:30-11:30", new InputError(Window, "10:30-11:30", "must be a weekly window 'ddd:hh24:mi-ddd:hh24:mi' (UTC)", WindowFix));
        yield return Case("single digits", "sun:1:30-sun:3:00", new InputError(Window, "sun:1:30-sun:3:00", "must be a weekly window 'ddd:hh24:mi-ddd:hh24:mi' (UTC)", WindowFix));
        yield return Case("six days long", "sun:10:30-sat:11:00", null);
        yield return Case("unknown day", "sun:10:30-mod:11:00", new InputError(Window, "sun:10:30-mod:11:00", "names the day 'mod': days are mon, tue, wed, thu, fri, sat, sun", WindowFix));
        yield return Case("hour 24", "sun:24:00-mon:01:00", new InputError(Window, "sun:24:00-mon:01:00", "has the hour 24: hours run from 00 to 23", WindowFix));
        // both ends wrong: the start's problem is the one told
        yield return Case("bad start day and end hour", "xyz:10:00-mon:25:00", new InputError(Window, "xyz:10:00-mon:25:00", "names the day 'xyz': days are mon, tue, wed, thu, fri, sat, sun", WindowFix));
        yield return Case("minute 60", "sun:10:60-sun:12:00", new InputError(Window, "sun:10:60-sun:12:00", "has the minute 60: minutes run from 00 to 59", WindowFix));
        yield return Case(
            "a time zone",
            "sun:10:30-sun:11:30 +02:00",
            new InputError(Window, "sun:10:30-sun:11:30 +02:00", "names a time zone, but AWS reads the window in UTC only", "Convert the times to UTC and remove the zone, e.g. 'sun:23:00-mon:01:30'"));
        yield return Case(
            "UTC spelled out",
            "sun:10:30-sun:11:30 UTC",
            new InputError(Window, "sun:10:30-sun:11:30 UTC", "names a time zone, but AWS reads the window in UTC only", "Convert the times to UTC and remove the zone, e.g. 'sun:23:00-mon:01:30'"));
        yield return Case(
            "29 minutes",
            "sun:10:30-sun:10:59",
            new InputError(Window, "sun:10:30-sun:10:59", "is 29 minutes long; DMS needs a window of at least 30 minutes", "Move the end at least 30 minutes after the start, e.g. 'sun:23:00-mon:01:30'"));
        yield return Case(
            "empty",
            "sun:10:30-sun:10:30",
            new InputError(Window, "sun:10:30-sun:10:30", "is 0 minutes long; DMS needs a window of at least 30 minutes", "Move the end at least 30 minutes after the start, e.g. 'sun:23:00-mon:01:30'"));
        yield return Case(
            "wraps by 20 minutes",
            "sun:23:50-mon:00:10",
            new InputError(Window, "sun:23:50-mon:00:10", "is 20 minutes long; DMS needs a window of at least 30 minutes", "Move the end at least 30 minutes after the start, e.g. 'sun:23:00-mon:01:30'"));
        yield return Case("exactly 30 minutes", "sun:10:30-sun:11:00", null);
        yield return Case("wraps across the week", "sun:23:30-mon:00:30", null);
        yield return Case("upper-case days", "Sat:04:00-Sat:06:00", null);
        yield return Case("most of a week", "mon:00:31-mon:00:00", null);

        static TestCaseData Case(string name, string window, InputError? expected) =>
            new TestCaseData(window, expected is null ? Array.Empty<InputError>() : new[] { expected }).SetName($"{{m}}({name})");
    }

    [TestCaseSource(nameof(WindowCases))]
    public void MaintenanceWindowIsValidatedLocally(string window, InputError[] expected)
    {
        var result = InputCheck.Run(Starter.With(Window, window).Build());

        Assert.That(result.Errors, Is.EqualTo(expected));
    }

    [Test]
    public void AutoMinorVersionUpgradeIsOnUnlessTheVersionIsPinned()
    {
        var unpinned = InputCheck.Run(Starter.Build()).Args!.Replication;
        var pinned = InputCheck.Run(Starter.With("replication.engineVersion", "3.5.3").Build()).Args!.Replication;

        Assert.Multiple(() =>
        {
            Assert.That((unpinned.AutoMinorVersionUpgrade!.IsKnown, unpinned.AutoMinorVersionUpgrade.Value), Is.EqualTo((true, true)));
            Assert.That((pinned.AutoMinorVersionUpgrade!.IsKnown, pinned.AutoMinorVersionUpgrade.Value), Is.EqualTo((true, false)));
            Assert.That((unpinned.ApplyImmediately!.IsKnown, unpinned.ApplyImmediately.Value), Is.EqualTo((true, false)));
            Assert.That(unpinned.PreferredMaintenanceWindow, Is.Null);
        });
    }

    [Test]
    public void AutoMinorVersionUpgradeWithAPinnedVersionIsAWarning()
    {
        var result = InputCheck.Run(Starter.With("replication.engineVersion", "3.5.3").With("replication.autoMinorVersionUpgrade", true).Build());

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Warnings, Is.EqualTo(new[]
        {
            new InputWarning(
                "replication.autoMinorVersionUpgrade",
                "is true while replication.engineVersion pins the instance to '3.5.3': AWS upgrades its minor version in the maintenance window, "
                + "and the next update then tries to downgrade it back to the pinned version. Remove replication.autoMinorVersionUpgrade "
                + "(it is false with a pinned version), or remove replication.engineVersion to follow AWS's upgrades"),
        }));
    }

    [Test]
    public void AutoMinorVersionUpgradeOffWithAPinnedVersionOrOnWithoutOneIsQuiet()
    {
        var pinnedOff = InputCheck.Run(Starter.With("replication.engineVersion", "3.5.3").With("replication.autoMinorVersionUpgrade", false).Build());
        var unpinnedOn = InputCheck.Run(Starter.With("replication.autoMinorVersionUpgrade", true).Build());

        Assert.That(pinnedOff.Warnings.Concat(unpinnedOn.Warnings), Is.Empty);
    }

    [Test]
    public void UpkeepSettingsAreRefusedWithServerless()
    {
        var result = InputCheck.Run(Serverless
            .With("replication.autoMinorVersionUpgrade", true)
            .With(Window, "sun:10:30-sun:11:30")
            .With("replication.applyImmediately", true)
            .Build());

        Assert.That(result.Errors, Is.EqualTo(new[]
        {
            new InputError("replication.autoMinorVersionUpgrade", "true", "applies to replication.mode 'Instance' only (mode is 'Serverless')", "Remove replication.autoMinorVersionUpgrade, or set replication.mode to 'Instance'"),
            new InputError(Window, "sun:10:30-sun:11:30", "applies to replication.mode 'Instance' only (mode is 'Serverless')", $"Remove {Window}, or set replication.mode to 'Instance'"),
            new InputError("replication.applyImmediately", "true", "applies to replication.mode 'Instance' only (mode is 'Serverless')", "Remove replication.applyImmediately, or set replication.mode to 'Instance'"),
        }));
    }

    [Test]
    public void APinnedVersionWithServerlessIsRefusedAndNotAlsoWarnedAbout()
    {
        var result = InputCheck.Run(Serverless
            .With("replication.engineVersion", "3.5.3")
            .With("replication.autoMinorVersionUpgrade", true)
            .Build());

        Assert.That(result.Errors.Select(e => e.Path), Is.EqualTo(PinnedVersionPaths));
        Assert.That(result.Warnings, Is.Empty);
    }

    [Test]
    public void ApplyImmediatelyFalseAsTheSDKsSendItIsAcceptedWithServerless()
    {
        // The SDKs fill in the schema default (false) when the program leaves it out.
        Assert.That(InputCheck.Run(Serverless.With("replication.applyImmediately", false).Build()).Errors, Is.Empty);
    }
}
