using TidbDms.Provider.Registration;

namespace TidbDms.Provider.Tests.Registration;

/// <summary>A component's <c>customTimeouts</c>: any one operation set makes them count.</summary>
[Parallelizable(ParallelScope.All)]
internal sealed class CustomTimeoutsTests
{
    [Test]
    public void NoOperationSetIsEmpty()
    {
        Assert.That(new CustomTimeouts().IsEmpty, Is.True);
    }

    [TestCase("30m", "", "", "")]
    [TestCase("", "30m", "", "")]
    [TestCase("", "", "30m", "")]
    [TestCase("", "", "", "30m")]
    public void AnyOneOperationSetIsNotEmpty(string create, string update, string delete, string read)
    {
        Assert.That(new CustomTimeouts(create, update, delete, read).IsEmpty, Is.False);
    }

    [Test]
    public void TheLongestIsTheLongestThatParsesAndNullWhenNoneDoes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(new CustomTimeouts(Create: "20m", Update: "1h", Delete: "1 day", Read: "90s").Longest, Is.EqualTo(TimeSpan.FromHours(1)));
            Assert.That(new CustomTimeouts(Delete: "soon").Longest, Is.Null);
        });
    }
}
