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
