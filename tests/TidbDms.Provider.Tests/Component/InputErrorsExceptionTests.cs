using TidbDms.Provider.Component;

namespace TidbDms.Provider.Tests.Component;

[TestFixture]
internal sealed class InputErrorsExceptionTests
{
    [Test]
    public void TheMessageIsASummaryAndOneLinePerError()
    {
        var exception = new InputErrorsException(
        [
            new InputError("tier", null, "is required", "Set tier to 'Starter', 'Essential' or 'Dedicated'"),
            new InputError("cluster.password", "[secret]", "must not be empty", "Set cluster.password to the SQL user's password"),
        ]);

        Assert.That(exception.Message, Is.EqualTo(
            "TidbDmsMigration has 2 invalid inputs:\n"
            + "  - tier: is required. Set tier to 'Starter', 'Essential' or 'Dedicated'\n"
            + "  - cluster.password ('[secret]'): must not be empty. Set cluster.password to the SQL user's password"));
        Assert.That(exception.Errors.Select(e => e.Path), Is.EqualTo(["tier", "cluster.password"]));
    }

    [Test]
    public void OneErrorReadsInTheSingular()
    {
        var exception = new InputErrorsException([new InputError("cluster.port", "0", "must be between 1 and 65535", "Set cluster.port to 4000")]);

        Assert.That(exception.Message, Is.EqualTo(
            "TidbDmsMigration has 1 invalid input:\n  - cluster.port ('0'): must be between 1 and 65535. Set cluster.port to 4000"));
    }
}
