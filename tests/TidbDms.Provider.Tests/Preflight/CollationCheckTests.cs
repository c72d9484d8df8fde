using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;
using TidbDms.Provider.Preflight.Checks;

namespace TidbDms.Provider.Tests.Preflight;

/// <summary>
/// The collation check: by release for TiDB (utf8mb4_0900_ai_ci came in v7.4.0), by information_schema
/// for any other server.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class CollationCheckTests
{
    private const string Fix =
        "Convert the source's utf8mb4_0900_* columns to utf8mb4_bin or utf8mb4_general_ci before migrating, or use a server that supports them (TiDB v7.4.0 or later).";

    private const string CountQuery = "SELECT COUNT(*) FROM information_schema.COLLATIONS WHERE COLLATION_NAME = 'utf8mb4_0900_ai_ci'";

    private static readonly PreflightTarget Target = new(
        "tidb.abc123.clusters.tidb-cloud.com", 4000, "dms", "pw-1234",
        Tier.Dedicated, EndpointType.Target, SslMode.None, null, ["app"], PreflightTarget.DefaultTimeout);

    [TestCase("8.0.11-TiDB-v7.4.0", "7.4.0")]
    [TestCase("8.0.11-TiDB-v8.5.3-serverless", "8.5.3")]
    public async Task TiDBFromV740Passes(string version, string tidb)
    {
        var session = new ScriptedSession().Scalar("SELECT VERSION()", version);

        var finding = await RunAsync(session);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Pass("collation", $"TiDB v{tidb} supports utf8mb4_0900_ai_ci (since v7.4.0).")));
        Assert.That(session.Statements, Is.EqualTo(["SELECT VERSION()"]), "TiDB is judged by its release, without a query");
    }

    [TestCase("8.0.11-TiDB-v7.3.0", "7.3.0")]
    [TestCase("5.7.25-TiDB-v6.5.12", "6.5.12")]
    public async Task TiDBBeforeV740Warns(string version, string tidb)
    {
        var finding = await RunAsync(new ScriptedSession().Scalar("SELECT VERSION()", version));

        Assert.That(finding, Is.EqualTo(PreflightFinding.Warn(
            "collation",
            $"TiDB v{tidb} does not support utf8mb4_0900_ai_ci (it came in v7.4.0): tables from MySQL 8 sources that use it fail to create (error 1273).",
            Fix)));
    }

    [Test]
    public async Task AnotherServerThatKnowsTheCollationPasses()
    {
        var finding = await RunAsync(new ScriptedSession().Scalar("SELECT VERSION()", "8.0.36").Scalar(CountQuery, "1"));

        Assert.That(finding, Is.EqualTo(PreflightFinding.Pass("collation", "The server supports utf8mb4_0900_ai_ci.")));
    }

    [Test]
    public async Task AnotherServerThatDoesNotKnowTheCollationWarns()
    {
        var finding = await RunAsync(new ScriptedSession().Scalar("SELECT VERSION()", "10.6.21-MariaDB").Scalar(CountQuery, "0"));

        Assert.That(finding, Is.EqualTo(PreflightFinding.Warn(
            "collation",
            "The server does not support utf8mb4_0900_ai_ci: tables from MySQL 8 sources that use it fail to create (error 1273).",
            Fix)));
    }

    private static async Task<PreflightFinding> RunAsync(ScriptedSession session)
    {
        await using var context = new PreflightContext(Target) { Stage = PreflightStage.SignedIn, Session = session };
        return await new CollationCheck().RunAsync(context, CancellationToken.None);
    }
}
