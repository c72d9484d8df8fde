using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;
using TidbDms.Provider.Preflight.Checks;

namespace TidbDms.Provider.Tests.Preflight;

/// <summary>
/// The schemas check's wording for none, one and several schemas, and for source and target; one
/// missing schema against a real server is in the MariaDB tests.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class SchemasCheckTests
{
    private const string TwoSchemas = "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN (@s0, @s1)";
    private const string ThreeSchemas = "SELECT SCHEMA_NAME FROM information_schema.SCHEMATA WHERE SCHEMA_NAME IN (@s0, @s1, @s2)";

    private static readonly PreflightTarget Target = new(
        "tidb.abc123.clusters.tidb-cloud.com", 4000, "dms", "pw-1234",
        Tier.Dedicated, EndpointType.Target, SslMode.None, null, ["app", "sales"], PreflightTarget.DefaultTimeout);

    [TestCase(EndpointType.Target)]
    [TestCase(EndpointType.Source)]
    public async Task NoSchemasNamedWarnsWithoutAQuery(EndpointType type)
    {
        var session = new ScriptedSession();

        var finding = await RunAsync(Target with { EndpointType = type, Schemas = [] }, session);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Warn(
            "schemas",
            "No schemas named, so no schema was checked.",
            "Name each schema DMS migrates (--schema, or task.schemas in the program).")));
        Assert.That(session.Statements, Is.Empty);
    }

    [Test]
    public async Task SeveralSchemasThatExistPassInTheOrderNamed()
    {
        // the server answers in its own order and case; the message keeps the names as given
        var session = new ScriptedSession().Lines(TwoSchemas, "SALES", "app");

        var finding = await RunAsync(Target, session);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Pass("schemas", "`app`, `sales` exist.")));
        Assert.That(session.Statements, Is.EqualTo([TwoSchemas]));
    }

    [Test]
    public async Task SeveralMissingSourceSchemasFailAndAreNamedTogether()
    {
        var session = new ScriptedSession().Lines(ThreeSchemas, "app");

        var finding = await RunAsync(Target with { EndpointType = EndpointType.Source, Schemas = ["app", "sales", "hr"] }, session);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "schemas",
            "`sales`, `hr` do not exist, or this user has no privilege on them (a user sees only the schemas it may use): DMS would find nothing to migrate there.",
            "Check the schema names, and grant SELECT on each schema to the DMS user.")));
    }

    [Test]
    public async Task SeveralMissingTargetSchemasWarn()
    {
        var session = new ScriptedSession().Lines(TwoSchemas);

        var finding = await RunAsync(Target, session);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Warn(
            "schemas",
            "`app`, `sales` do not exist, or this user has no privilege on them (a user sees only the schemas it may use): DMS creates a missing target schema, but only with tables and primary keys.",
            "Create the schema and its tables in TiDB first (with secondary indexes and foreign keys), and keep task.settings.targetTablePrepMode at 'DoNothing' (its default when TiDB is the target).")));
    }

    private static async Task<PreflightFinding> RunAsync(PreflightTarget target, ScriptedSession session)
    {
        await using var context = new PreflightContext(target) { Stage = PreflightStage.SignedIn, Session = session };
        return await new SchemasCheck().RunAsync(context, CancellationToken.None);
    }
}
