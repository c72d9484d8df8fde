using TidbDms.Provider.Preflight;

namespace TidbDms.Provider.Tests.Preflight;

public sealed class GrantSetTests
{
    [TestCase("app", "app", true)]
    [TestCase("app", "APP", true)]
    [TestCase("app", "app2", false)]
    [TestCase("app", "myapp", false)]
    [TestCase("app%", "app_2024", true)]
    [TestCase("app_x", "appYx", true)]
    [TestCase("app\\_x", "appYx", false)]
    [TestCase("app\\_x", "app_x", true)]
    [TestCase("a.b", "aXb", false)]
    [TestCase("%", "anything", true)]
    public void SchemaGrantsMatchAsLIKEPatterns(string pattern, string schema, bool matches) =>
        Assert.That(GrantSet.Matches(pattern, schema), Is.EqualTo(matches));

    [Test]
    public void PrivilegesAddUpOverGlobalAndSchemaGrants()
    {
        var grants = GrantSet.Parse(
        [
            "GRANT USAGE ON *.* TO `dms`@`%` IDENTIFIED BY PASSWORD '*00'",
            "GRANT SELECT ON *.* TO `dms`@`%`",
            "GRANT INSERT ON `app`.* TO `dms`@`%`",
            "GRANT UPDATE ON `app`.`orders` TO `dms`@`%`",
            "GRANT ALL PRIVILEGES ON `awsdms\\_control`.* TO `dms`@`%`",
        ]);

        Assert.Multiple(() =>
        {
            Assert.That(grants.Has("other", "SELECT"), Is.True, "SELECT on *.*");
            Assert.That(grants.Has("app", "INSERT"), Is.True, "INSERT on app.*");
            Assert.That(grants.Has("other", "INSERT"), Is.False, "INSERT only on app");
            Assert.That(grants.Has("app", "UPDATE"), Is.False, "a table grant is not a schema grant");
            Assert.That(grants.Has("awsdms_control", "DROP"), Is.True, "ALL includes DROP");
            Assert.That(grants.HasAll("awsdms_control"), Is.True);
            Assert.That(grants.HasAll("app"), Is.False);
            Assert.That(grants.Roles, Is.Empty);
        });
    }

    [Test]
    public void RoleGrantsAreListedAndTheirPrivilegesAddedWithWith()
    {
        var user = GrantSet.Parse(["GRANT `dms_target_role` TO `dms_role`@`%`", "GRANT USAGE ON *.* TO `dms_role`@`%`"]);
        var role = GrantSet.Parse(["GRANT DROP ON `app`.* TO `dms_target_role`"]);

        Assert.That(user.Roles, Is.EqualTo(["'dms_target_role'"]));
        Assert.That(user.Has("app", "DROP"), Is.False);
        Assert.That(user.With(role).Has("app", "DROP"), Is.True);
    }
}
