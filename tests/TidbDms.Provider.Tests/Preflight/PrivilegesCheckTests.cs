using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;
using TidbDms.Provider.Preflight.Checks;

namespace TidbDms.Provider.Tests.Preflight;

/// <summary>
/// The privilege check against servers that the MariaDB fixture cannot be: TiDB, whose <c>SHOW
/// GRANTS</c> lines (unquoted schema names, roles as <c>'role'@'%'</c>, a role's privileges read
/// with <c>SHOW GRANTS … USING</c>) are modelled on TiDB's documentation ("SHOW GRANTS" and
/// "Role-Based Access Control"). MariaDB has no <c>USING</c>, so that path runs against
/// <see cref="ScriptedSession"/>, the session seam of <see cref="PreflightContext"/>: the statements
/// the check sends are asserted exactly.
/// </summary>
public sealed class PrivilegesCheckTests
{
    private const string TidbVersion = "8.0.11-TiDB-v7.5.1";
    private const string Account = "'3pTAoNNegb47Uc8.dms'@'%'";
    private const string All8 = "ALTER, CREATE, DROP, INDEX, INSERT, UPDATE, DELETE, SELECT";

    private static readonly PreflightTarget Target = new(
        "gateway01.us-west-2.prod.aws.tidbcloud.com", 4000, "3pTAoNNegb47Uc8.dms", "pw-1234",
        Tier.Starter, EndpointType.Target, SslMode.VerifyFull, null, ["app_db"], PreflightTarget.DefaultTimeout);

    [Test]
    public async Task OnTiDBThePrivilegesOfRolesAreReadWithSHOWGRANTSUSING()
    {
        var session = Tidb(
                "GRANT USAGE ON *.* TO '3pTAoNNegb47Uc8.dms'@'%'",
                "GRANT 'dms_writer'@'%','dms_control'@'%' TO '3pTAoNNegb47Uc8.dms'@'%'")
            .Lines(
                "SHOW GRANTS FOR CURRENT_USER() USING 'dms_writer'@'%', 'dms_control'@'%'",
                "GRANT USAGE ON *.* TO '3pTAoNNegb47Uc8.dms'@'%'",
                "GRANT Select,Insert,Update,Delete,Create,Drop,Index,Alter ON app_db.* TO '3pTAoNNegb47Uc8.dms'@'%'",
                "GRANT ALL PRIVILEGES ON awsdms_control.* TO '3pTAoNNegb47Uc8.dms'@'%'",
                "GRANT 'dms_writer'@'%','dms_control'@'%' TO '3pTAoNNegb47Uc8.dms'@'%'");

        var finding = await RunAsync(Target, session);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Pass("privileges", $"{Account} has {All8} on `app_db`.* and ALL PRIVILEGES on `awsdms_control`.*.")));
        Assert.That(session.Statements, Is.EqualTo([
            "SELECT CURRENT_USER()",
            "SHOW GRANTS FOR CURRENT_USER()",
            "SELECT VERSION()",
            "SHOW GRANTS FOR CURRENT_USER() USING 'dms_writer'@'%', 'dms_control'@'%'",]));
    }

    [Test]
    public async Task OnTiDBRolesWhoseGrantsCannotBeReadAreNamedAndNotCounted()
    {
        var session = Tidb(
                "GRANT USAGE ON *.* TO '3pTAoNNegb47Uc8.dms'@'%'",
                "GRANT 'dms_writer'@'%' TO '3pTAoNNegb47Uc8.dms'@'%'")
            .Fails("SHOW GRANTS FOR CURRENT_USER() USING 'dms_writer'@'%'", "Error 3530 (HY000): `dms_writer`@`%` is not granted to 3pTAoNNegb47Uc8.dms@%");

        var finding = await RunAsync(Target, session);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "privileges",
            $"{Account} lacks {All8} on `app_db`.*; ALL PRIVILEGES on `awsdms_control`.* (the privileges of its roles 'dms_writer'@'%' could not be read, so they are not counted).",
            $"As an administrator, run: GRANT {All8} ON `app_db`.* TO {Account}; GRANT ALL PRIVILEGES ON `awsdms_control`.* TO {Account};")));
        Assert.That(session.Statements, Has.Count.EqualTo(4));
    }

    [Test]
    public async Task OnTiDBEveryRoleOfAFailedSHOWGRANTSUSINGIsNamed()
    {
        var session = Tidb(
                "GRANT USAGE ON *.* TO '3pTAoNNegb47Uc8.dms'@'%'",
                "GRANT 'dms_writer'@'%','dms_control'@'%' TO '3pTAoNNegb47Uc8.dms'@'%'")
            .Fails("SHOW GRANTS FOR CURRENT_USER() USING 'dms_writer'@'%', 'dms_control'@'%'", "Error 3530 (HY000): `dms_control`@`%` is not granted to 3pTAoNNegb47Uc8.dms@%");

        var finding = await RunAsync(Target, session);

        Assert.That(finding.Message, Is.EqualTo(
            $"{Account} lacks {All8} on `app_db`.*; ALL PRIVILEGES on `awsdms_control`.* (the privileges of its roles 'dms_writer'@'%', 'dms_control'@'%' could not be read, so they are not counted)."));
    }

    [Test]
    public async Task OnMariaDBEachRoleIsReadOnItsOwnAndAnUnreadableOneIsNamed()
    {
        var session = new ScriptedSession()
            .Scalar("SELECT CURRENT_USER()", "dms@%")
            .Scalar("SELECT VERSION()", "10.11.19-MariaDB-0+deb12u1")
            .Lines("SHOW GRANTS FOR CURRENT_USER()", "GRANT `dms_writer` TO `dms`@`%`", "GRANT `dms_control` TO `dms`@`%`")
            .Lines("SHOW GRANTS FOR 'dms_writer'", $"GRANT {All8} ON `app_db`.* TO `dms_writer`")
            .Fails("SHOW GRANTS FOR 'dms_control'", "Access denied for user 'dms'@'%' to database 'mysql'");

        var finding = await RunAsync(Target, session);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "privileges",
            "'dms'@'%' lacks ALL PRIVILEGES on `awsdms_control`.* (the privileges of its roles 'dms_control' could not be read, so they are not counted).",
            "As an administrator, run: GRANT ALL PRIVILEGES ON `awsdms_control`.* TO 'dms'@'%';")));
        Assert.That(session.Statements, Is.EqualTo([
            "SELECT CURRENT_USER()",
            "SHOW GRANTS FOR CURRENT_USER()",
            "SELECT VERSION()",
            "SHOW GRANTS FOR 'dms_writer'",
            "SHOW GRANTS FOR 'dms_control'",]));
    }

    [Test]
    public async Task ATargetUserWithoutALLOnAwsdmsControlFails()
    {
        // every privilege DMS needs on the control schema, one by one, is still not ALL
        var session = Tidb(
            $"GRANT {All8} ON app_db.* TO '3pTAoNNegb47Uc8.dms'@'%'",
            $"GRANT {All8} ON awsdms_control.* TO '3pTAoNNegb47Uc8.dms'@'%'");

        var finding = await RunAsync(Target, session);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "privileges",
            $"{Account} lacks ALL PRIVILEGES on `awsdms_control`.*.",
            $"As an administrator, run: GRANT ALL PRIVILEGES ON `awsdms_control`.* TO {Account};")));
        Assert.That(session.Statements, Is.EqualTo(["SELECT CURRENT_USER()", "SHOW GRANTS FOR CURRENT_USER()"]), "no roles: no role statement");
    }

    [Test]
    public async Task ATargetWithNoSchemasNamedIsCheckedForTheControlSchemaOnly()
    {
        var session = Tidb("GRANT ALL PRIVILEGES ON awsdms_control.* TO '3pTAoNNegb47Uc8.dms'@'%'");

        var finding = await RunAsync(Target with { Schemas = [] }, session);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Pass(
            "privileges",
            $"{Account} has ALL PRIVILEGES on `awsdms_control`.* (no schemas named, so none of them checked).")));
    }

    [Test]
    public async Task ATargetWithNoSchemasAndNoControlPrivilegesFailsWithOneGRANT()
    {
        var session = Tidb("GRANT USAGE ON *.* TO '3pTAoNNegb47Uc8.dms'@'%'");

        var finding = await RunAsync(Target with { Schemas = [] }, session);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "privileges",
            $"{Account} lacks ALL PRIVILEGES on `awsdms_control`.*.",
            $"As an administrator, run: GRANT ALL PRIVILEGES ON `awsdms_control`.* TO {Account};")));
    }

    [Test]
    public async Task EveryMissingGrantIsListedWithTheGRANTThatFixesIt()
    {
        var session = Tidb(
            "GRANT Select,Insert,Update,Delete,Create,Index,Alter ON app_db.* TO '3pTAoNNegb47Uc8.dms'@'%'",
            "GRANT Select ON sales.* TO '3pTAoNNegb47Uc8.dms'@'%'",
            "GRANT ALL PRIVILEGES ON awsdms_control.* TO '3pTAoNNegb47Uc8.dms'@'%'");

        var finding = await RunAsync(Target with { Schemas = ["app_db", "sales"] }, session);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "privileges",
            $"{Account} lacks DROP on `app_db`.*; ALTER, CREATE, DROP, INDEX, INSERT, UPDATE, DELETE on `sales`.*.",
            $"As an administrator, run: GRANT DROP ON `app_db`.* TO {Account}; GRANT ALTER, CREATE, DROP, INDEX, INSERT, UPDATE, DELETE ON `sales`.* TO {Account};")));
    }

    [Test]
    public async Task ASourceNeedsSELECTOnEachSchemaAndNothingOnTheControlSchema()
    {
        var source = Target with { EndpointType = EndpointType.Source, Schemas = ["app_db", "sales"] };

        var pass = await RunAsync(source, Tidb("GRANT SELECT ON *.* TO '3pTAoNNegb47Uc8.dms'@'%'"));
        var fail = await RunAsync(source, Tidb("GRANT Select ON app_db.* TO '3pTAoNNegb47Uc8.dms'@'%'"));

        Assert.That(pass, Is.EqualTo(PreflightFinding.Pass("privileges", $"{Account} has SELECT on `app_db`.*, `sales`.*.")));
        Assert.That(fail, Is.EqualTo(PreflightFinding.Fail(
            "privileges",
            $"{Account} lacks SELECT on `sales`.*.",
            $"As an administrator, run: GRANT SELECT ON `sales`.* TO {Account};")));
    }

    [Test]
    public async Task WithoutACURRENTUSERTheTargetUserIsNamed()
    {
        var session = new ScriptedSession()
            .Null("SELECT CURRENT_USER()")
            .Lines("SHOW GRANTS FOR CURRENT_USER()", "GRANT USAGE ON *.* TO '3pTAoNNegb47Uc8.dms'@'%'");

        var finding = await RunAsync(Target with { Schemas = [] }, session);

        Assert.That(finding.Message, Is.EqualTo("'3pTAoNNegb47Uc8.dms' lacks ALL PRIVILEGES on `awsdms_control`.*."));
    }

    [Test]
    public void TheCheckAppliesToEveryTargetAndToSourcesThatNameSchemas()
    {
        var check = new PrivilegesCheck();

        Assert.That(check.AppliesTo(Target with { Schemas = [] }), Is.True);
        Assert.That(check.AppliesTo(Target with { EndpointType = EndpointType.Source }), Is.True);
        Assert.That(check.AppliesTo(Target with { EndpointType = EndpointType.Source, Schemas = [] }), Is.False);
        Assert.That(check.Needs, Is.EqualTo(PreflightStage.SignedIn));
    }

    private static ScriptedSession Tidb(params string[] grants) => new ScriptedSession()
        .Scalar("SELECT CURRENT_USER()", "3pTAoNNegb47Uc8.dms@%")
        .Scalar("SELECT VERSION()", TidbVersion)
        .Lines("SHOW GRANTS FOR CURRENT_USER()", grants);

    private static async Task<PreflightFinding> RunAsync(PreflightTarget target, ScriptedSession session)
    {
        await using var context = new PreflightContext(target) { Stage = PreflightStage.SignedIn, Session = session };
        return await new PrivilegesCheck().RunAsync(context, CancellationToken.None);
    }
}
