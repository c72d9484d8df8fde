using TidbDms.Provider.Preflight;

namespace TidbDms.Provider.Tests.Preflight;

/// <summary>
/// <c>SHOW GRANTS</c> lines as TiDB prints them, after the examples of TiDB's documentation ("SHOW
/// GRANTS": <c>GRANT Select ON test.* TO 'u1'@'%'</c>, privileges in mixed case, the schema unquoted;
/// "Role-Based Access Control": <c>GRANT ALL PRIVILEGES ON app_db.* TO 'dev1'@'localhost'</c>, roles as
/// <c>'app_read'@'%'</c>), and the names that make a tokenizer stumble: <c>_ $ %</c> in bare names,
/// backslash escapes, <c>ON TABLE</c>, and one-character quoted names that look like syntax.
/// </summary>
public sealed class TidbGrantFormatTests
{
    private static readonly object[] Lines =
    [
        // TiDB's own examples
        new object[] { "GRANT USAGE ON *.* TO 'u1'@'%'", "USAGE", "Global", null!, "" },
        new object[] { "GRANT Select ON test.* TO 'u1'@'%'", "SELECT", "Schema", "test", "" },
        new object[] { "GRANT ALL PRIVILEGES ON app_db.* TO 'dev1'@'localhost'", "ALL", "Schema", "app_db", "" },
        new object[] { "GRANT SELECT,INSERT,UPDATE,DELETE ON app_db.* TO 'rw_user1'@'localhost'", "DELETE|INSERT|SELECT|UPDATE", "Schema", "app_db", "" },
        new object[] { "GRANT 'app_developer'@'%' TO 'dev1'@'localhost'", "", "Other", null!, "'app_developer'@'%'" },
        new object[] { "GRANT 'app_read'@'%','app_write'@'%' TO 'rw_user1'@'localhost'", "", "Other", null!, "'app_read'@'%'|'app_write'@'%'" },
        new object[] { "GRANT 'r1'@'%' TO 'u1'@'%' WITH ADMIN OPTION", "", "Other", null!, "'r1'@'%'" },
        new object[] { "GRANT BACKUP_ADMIN,RESTORE_ADMIN ON *.* TO 'root'@'%' WITH GRANT OPTION", "BACKUP_ADMIN|RESTORE_ADMIN", "Global", null!, "" },

        // bare names with the characters a bare name may hold
        new object[] { "GRANT SELECT ON app$prod.* TO 'u'@'%'", "SELECT", "Schema", "app$prod", "" },
        new object[] { "GRANT SELECT ON app%.* TO 'u'@'%'", "SELECT", "Schema", "app%", "" },
        new object[] { "GRANT SELECT ON app\\_db.* TO 'u'@'%'", "SELECT", "Schema", "app\\_db", "" },
        new object[] { "GRANT SELECT ON 2024_sales.* TO 'u'@'%'", "SELECT", "Schema", "2024_sales", "" },
        new object[] { "GRANT SELECT ON données.* TO 'u'@'%'", "SELECT", "Schema", "données", "" },
        new object[] { "grant select on app_db.* to 'u'@'%'", "SELECT", "Schema", "app_db", "" },

        // quoting and escapes: backquotes keep a backslash, string literals drop the one that escapes
        new object[] { "GRANT SELECT ON `app\\_db`.* TO 'u'@'%'", "SELECT", "Schema", "app\\_db", "" },
        new object[] { "GRANT SELECT ON \"app db\".* TO 'u'@'%'", "SELECT", "Schema", "app db", "" },
        new object[] { "GRANT 'o\\'brien'@'%' TO 'u'@'%'", "", "Other", null!, "'o''brien'@'%'" },
        new object[] { "GRANT 'o''brien'@'%' TO 'u'@'%'", "", "Other", null!, "'o''brien'@'%'" },
        new object[] { "GRANT 'back\\\\slash'@'%' TO 'u'@'%'", "", "Other", null!, "'back\\\\slash'@'%'" },
        new object[] { "GRANT \"ansi\"@\"%\" TO 'u'@'%'", "", "Other", null!, "'ansi'@'%'" },

        // one-character quoted names are names, not syntax
        new object[] { "GRANT SELECT ON `*`.* TO 'u'@'%'", "SELECT", "Schema", "*", "" },
        new object[] { "GRANT SELECT ON `*`.`*` TO 'u'@'%'", "SELECT", "Table", "*", "" },
        new object[] { "GRANT SELECT ON `.`.* TO 'u'@'%'", "SELECT", "Schema", ".", "" },
        new object[] { "GRANT SELECT ON `,`.* TO 'u'@'%'", "SELECT", "Schema", ",", "" },

        // table and other scopes
        new object[] { "GRANT SELECT ON TABLE app_db.orders TO 'u'@'%'", "SELECT", "Table", "app_db", "" },
        new object[] { "GRANT SELECT ON TABLE `app_db`.* TO 'u'@'%'", "SELECT", "Schema", "app_db", "" },
        new object[] { "GRANT Select(id),Insert ON app_db.orders TO 'u'@'%'", "INSERT", "Table", "app_db", "" },
        new object[] { "GRANT SELECT ON *.orders TO 'u'@'%'", "SELECT", "Other", null!, "" },
        new object[] { "GRANT SELECT ON app_db TO 'u'@'%'", "SELECT", "Other", null!, "" },
        new object[] { "GRANT SELECT ON ``.* TO 'u'@'%'", "SELECT", "Schema", "", "" },
        new object[] { "GRANT EXECUTE ON FUNCTION app_db.f TO 'u'@'%'", "EXECUTE", "Other", null!, "" },
        new object[] { "GRANT EXECUTE ON PACKAGE app_db.p TO 'u'@'%'", "EXECUTE", "Other", null!, "" },
        new object[] { "GRANT EXECUTE ON PROCEDURE `app_db`.`p` TO 'u'@'%'", "EXECUTE", "Other", null!, "" },
        new object[] { "GRANT SELECT ON function.* TO 'u'@'%'", "SELECT", "Schema", "function", "" },
        new object[] { "GRANT SELECT ON @.* TO 'u'@'%'", "SELECT", "Other", null!, "" },
        new object[] { "GRANT SELECT ON @.orders TO 'u'@'%'", "SELECT", "Other", null!, "" },
        new object[] { "GRANT SELECT ON a\u007Fb.* TO 'u'@'%'", "SELECT", "Other", null!, "" },
        new object[] { "GRANT SELECT ON", "SELECT", "Other", null!, "" },
        new object[] { "GRANT SELECT ON TABLE", "SELECT", "Other", null!, "" },
        new object[] { "GRANT SELECT ON (a).* TO 'u'@'%'", "SELECT", "Other", null!, "" },
        new object[] { "GRANT SELECT ON a.(b) TO 'u'@'%'", "SELECT", "Other", null!, "" },
        new object[] { "GRANT SELECT ON 'unterminated", "SELECT", "Other", null!, "" },
    ];

    [TestCaseSource(nameof(Lines))]
    public void ReadsTiDBGrantLines(string line, string privileges, string scope, string? schema, string roles)
    {
        var grant = GrantParser.Parse(line)!;

        Assert.That(grant, Is.Not.Null, line);
        Assert.That(string.Join("|", grant.Privileges), Is.EqualTo(privileges));
        Assert.That(grant.Scope.ToString(), Is.EqualTo(scope));
        Assert.That(grant.Schema, Is.EqualTo(schema));
        Assert.That(string.Join("|", grant.Roles.IsDefault ? [] : grant.Roles), Is.EqualTo(roles));
        Assert.That(grant.IsRoleGrant, Is.EqualTo(roles.Length > 0));
    }

    [TestCase("GRANT ON app_db.* TO 'u'@'%'")]
    [TestCase("GRANT SELECT")]
    [TestCase("REVOKE SELECT ON app_db.* FROM 'u'@'%'")]
    [TestCase("GRANT (SELECT ON a.* TO 'u'@'%')")]
    [TestCase("GRANT 'r\\")]
    [TestCase("GRANT `r")]
    [TestCase("GRANT 'r'")]
    public void LinesWithoutATopLevelONOrTOOrPrivilegesGrantNothing(string line)
    {
        var grant = GrantParser.Parse(line);

        Assert.That(grant is null || (grant.Privileges.IsEmpty && grant.Roles.IsEmpty), Is.True, $"{line} → {grant}");
    }

    [Test]
    public void ARoleGrantOfThreeTokensIsRead()
    {
        var grant = GrantParser.Parse("GRANT `r1` TO")!;

        Assert.That(grant.Roles, Is.EqualTo(["'r1'"]));
    }

    [TestCase("app\\", "app\\", true)]
    [TestCase("app\\", "app", false)]
    [TestCase("%", "a\nb", true)]
    [TestCase("a_b", "a\nb", true)]
    public void PatternsEndInABackslashAndWildcardsMatchLineBreaks(string pattern, string schema, bool matches) =>
        Assert.That(GrantSet.Matches(pattern, schema), Is.EqualTo(matches));

    [Test]
    public void TiDBGrantsCountForTheSchemasTheyNameAndNoOther()
    {
        var grants = GrantSet.Parse(
        [
            "GRANT USAGE ON *.* TO '3pTAoNNegb47Uc8.dms'@'%'",
            "GRANT Select,Insert ON app_db.* TO '3pTAoNNegb47Uc8.dms'@'%'",
            "GRANT DROP ON `*`.* TO '3pTAoNNegb47Uc8.dms'@'%'",
            "GRANT UPDATE ON TABLE app_db.orders TO '3pTAoNNegb47Uc8.dms'@'%'",
            "GRANT ALL PRIVILEGES ON awsdms_control.* TO '3pTAoNNegb47Uc8.dms'@'%'",
            "GRANT DELETE ON sales\\_2024.* TO '3pTAoNNegb47Uc8.dms'@'%'",
        ]);

        Assert.Multiple(() =>
        {
            Assert.That(grants.Has("app_db", "SELECT"), Is.True);
            Assert.That(grants.Has("APP_DB", "INSERT"), Is.True, "schema names compare case-insensitively");
            Assert.That(grants.Has("app_db", "DROP"), Is.False, "a schema named * is not every schema");
            Assert.That(grants.Has("*", "DROP"), Is.True);
            Assert.That(grants.Has("app_db", "UPDATE"), Is.False, "a table grant is not a schema grant");
            Assert.That(grants.Has("app_db", "USAGE"), Is.True, "USAGE on *.*");
            Assert.That(grants.HasAll("awsdms_control"), Is.True);
            Assert.That(grants.HasAll("app_db"), Is.False);
            Assert.That(grants.Has("awsdms_control", "ALTER"), Is.True, "ALL holds every privilege");
            Assert.That(grants.Has("sales_2024", "DELETE"), Is.True);
            Assert.That(grants.Has("salesX2024", "DELETE"), Is.False, "an escaped _ is no wildcard");
            Assert.That(grants.Has("appXdb", "SELECT"), Is.True, "a bare _ is a wildcard, as in MySQL and TiDB");
        });
    }

    [Test]
    public void TheRolesOfSeveralLinesAreListedOnceEachInOrder()
    {
        var grants = GrantSet.Parse(
        [
            "GRANT 'app_read'@'%','app_write'@'%' TO 'rw_user1'@'localhost'",
            "GRANT 'app_write'@'%' TO 'rw_user1'@'localhost'",
            "GRANT `dms_role` TO `rw_user1`@`localhost`",
        ]);

        Assert.That(grants.Roles, Is.EqualTo(["'app_read'@'%'", "'app_write'@'%'", "'dms_role'"]));
    }
}
