using TidbDms.Provider.Preflight;

namespace TidbDms.Provider.Tests.Preflight;

public sealed class GrantParserTests
{
    private static readonly object[] Lines =
    [
        // MariaDB
        new object[] { "GRANT USAGE ON *.* TO `dms`@`%` IDENTIFIED BY PASSWORD '*B69027D44F6E5EDC07F1AEAD1477967B16F28227'", "USAGE", "Global", null!, "" },
        new object[] { "GRANT ALL PRIVILEGES ON `awsdms_control`.* TO `dms`@`%`", "ALL", "Schema", "awsdms_control", "" },
        new object[] { "GRANT SELECT, INSERT, UPDATE, DELETE, CREATE, DROP, INDEX, ALTER ON `app`.* TO `dms`@`%`", "ALTER|CREATE|DELETE|DROP|INDEX|INSERT|SELECT|UPDATE", "Schema", "app", "" },
        new object[] { "GRANT SELECT, INSERT ON `app\\_x`.* TO `u1`@`%`", "INSERT|SELECT", "Schema", "app\\_x", "" },
        new object[] { "GRANT `dms_target_role` TO `dms_role`@`%`", "", "Other", null!, "'dms_target_role'" },
        new object[] { "GRANT SELECT ON `app`.`orders` TO `dms`@`%`", "SELECT", "Table", "app", "" },
        new object[] { "GRANT SELECT (`id`, `note`), INSERT ON `app`.`orders` TO `dms`@`%`", "INSERT", "Table", "app", "" },
        new object[] { "GRANT EXECUTE ON PROCEDURE `app`.`p` TO `dms`@`%`", "EXECUTE", "Other", null!, "" },
        new object[] { "GRANT PROXY ON ''@'%' TO 'root'@'localhost' WITH GRANT OPTION", "PROXY", "Other", null!, "" },

        // MySQL 8 and TiDB
        new object[] { "GRANT ALL PRIVILEGES ON *.* TO 'root'@'%' WITH GRANT OPTION", "ALL", "Global", null!, "" },
        new object[] { "GRANT Select,Insert,Create Temporary Tables ON test.* TO '3pTAoNNegb47Uc8.dms'@'%'", "CREATE TEMPORARY TABLES|INSERT|SELECT", "Schema", "test", "" },
        new object[] { "GRANT SELECT ON `we``ird`.* TO 'u'@'%'", "SELECT", "Schema", "we`ird", "" },
        new object[] { "GRANT 'role_readwrite'@'%','app_reader'@'%' TO '3pTAoNNegb47Uc8.dms'@'%'", "", "Other", null!, "'role_readwrite'@'%'|'app_reader'@'%'" },
        new object[] { "GRANT ALL ON `on`.* TO `to`@`%`", "ALL", "Schema", "on", "" },

        // a line cut off after the schema's dot names no whole object
        new object[] { "GRANT SELECT ON `app`.", "SELECT", "Other", null!, "" },
    ];

    [TestCaseSource(nameof(Lines))]
    public void ReadsEachGrantLine(string line, string privileges, string scope, string? schema, string roles)
    {
        var grant = GrantParser.Parse(line)!;

        Assert.That(string.Join("|", grant.Privileges), Is.EqualTo(privileges));
        Assert.That(grant.Scope.ToString(), Is.EqualTo(scope));
        Assert.That(grant.Schema, Is.EqualTo(schema));
        Assert.That(string.Join("|", grant.Roles.IsDefault ? [] : grant.Roles), Is.EqualTo(roles));
    }

    [TestCase("SET DEFAULT ROLE `r1` FOR `u1`@`%`")]
    [TestCase("")]
    [TestCase("GRANT")]
    [TestCase("GRANT SELECT, INSERT")]
    public void LinesThatGrantNothingAreSkipped(string line) =>
        Assert.That(GrantParser.Parse(line), Is.Null);
}
