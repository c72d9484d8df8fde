using TidbDms.Provider.Preflight;

namespace TidbDms.Provider.Tests.Preflight;

[Parallelizable(ParallelScope.All)]
internal sealed class AccountsTests
{
    [TestCase("dms@%", "'dms'@'%'")]
    [TestCase("@localhost", "''@'localhost'")]
    [TestCase("a@b@10.0.0.1", "'a@b'@'10.0.0.1'")]
    [TestCase("dms_target_role", "'dms_target_role'")]
    [TestCase("o'brien@%", "'o''brien'@'%'")]
    public void AnAccountIsQuotedAsUserAtHost(string account, string quoted) =>
        Assert.That(Accounts.Quote(account), Is.EqualTo(quoted));

    [TestCase("app", "`app`")]
    [TestCase("we`ird", "`we``ird`")]
    public void AnIdentifierIsBackquotedWithItsBackquotesDoubled(string name, string identifier) =>
        Assert.That(Accounts.Identifier(name), Is.EqualTo(identifier));
}
