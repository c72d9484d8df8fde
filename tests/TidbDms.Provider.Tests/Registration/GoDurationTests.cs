using TidbDms.Provider.Registration;

namespace TidbDms.Provider.Tests.Registration;

public class GoDurationTests
{
    [TestCase("0", 0)]
    [TestCase("90s", 90_000)]
    [TestCase("5m", 300_000)]
    [TestCase("1h30m", 5_400_000)]
    [TestCase("1.5h", 5_400_000)]
    [TestCase("2m30s", 150_000)]
    [TestCase("250ms", 250)]
    [TestCase("+1m", 60_000)]
    public void ParsesGoDurations(string text, long milliseconds)
    {
        Assert.That(GoDuration.TryParse(text, out var duration), Is.True);
        Assert.That(duration, Is.EqualTo(TimeSpan.FromMilliseconds(milliseconds)));
    }

    // Below a millisecond, in ticks (100 ns): Go's units down to the nanosecond, and a sign.
    [TestCase("1500ns", 15)]
    [TestCase("2us", 20)]
    [TestCase("3µs", 30)]
    [TestCase("-1.5s", -15_000_000)]
    [TestCase("-2m", -1_200_000_000)]
    public void ParsesSmallUnitsAndNegativeDurationsExactly(string text, long ticks)
    {
        Assert.That(GoDuration.TryParse(text, out var duration), Is.True);
        Assert.That(duration.Ticks, Is.EqualTo(ticks));
    }

    [TestCase("")]
    [TestCase("5")]
    [TestCase("m")]
    [TestCase("5 minutes")]
    [TestCase("1d")]
    public void RefusesWhatGoRefuses(string text)
    {
        Assert.That(GoDuration.TryParse(text, out _), Is.False);
    }

    [Test]
    public void CustomTimeoutsLongerThanTheDefaultStretchTheChildRegistrationTimeout()
    {
        var timeouts = RegistrationTimeouts.For(dryRun: false, new CustomTimeouts(Create: "2h", Delete: "20m"));

        Assert.That(timeouts.ChildRegistration, Is.EqualTo(TimeSpan.FromMinutes(125)));
        Assert.That(timeouts.EngineCall, Is.EqualTo(RegistrationTimeouts.Update.EngineCall));
    }

    [Test]
    public void ACustomTimeoutWithinTheSlackOfTheDefaultStillStretchesIt()
    {
        // 58 minutes plus the 5 minutes' slack pass the 60-minute default, though 58 minutes alone do not.
        var timeouts = RegistrationTimeouts.For(dryRun: false, new CustomTimeouts(Create: "58m"));

        Assert.That(timeouts, Is.EqualTo(new RegistrationTimeouts(TimeSpan.FromMinutes(63), TimeSpan.FromMinutes(15))));
    }

    [Test]
    public void ShorterCustomTimeoutsKeepTheDefault()
    {
        Assert.That(RegistrationTimeouts.For(dryRun: false, new CustomTimeouts(Create: "30m")), Is.EqualTo(RegistrationTimeouts.Update));
    }

    [Test]
    public void APreviewIgnoresCustomTimeouts()
    {
        Assert.That(RegistrationTimeouts.For(dryRun: true, new CustomTimeouts(Create: "3h")), Is.EqualTo(RegistrationTimeouts.Preview));
    }
}
