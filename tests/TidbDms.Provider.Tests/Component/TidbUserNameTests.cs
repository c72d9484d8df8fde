using TidbDms.Provider.Component;

namespace TidbDms.Provider.Tests.Component;

internal sealed class TidbUserNameTests
{
    [TestCase("3pTAoNNegb47Uc8.root", "3pTAoNNegb47Uc8")]
    [TestCase("abc.dms.user", "abc")]
    public void APrefixedNameYieldsThePartBeforeTheFirstDot(string username, string expected)
    {
        Assert.That(TidbUserName.TryGetPrefix(username, out var prefix), Is.True);
        Assert.That(prefix, Is.EqualTo(expected));
    }

    [TestCase("root")]
    [TestCase(".root")]
    [TestCase("prefix.")]
    [TestCase("")]
    public void ANameWithoutTextOnBothSidesOfADotHasNoPrefix(string username)
    {
        Assert.That(TidbUserName.TryGetPrefix(username, out var prefix), Is.False);
        Assert.That(prefix, Is.Empty);
    }
}
