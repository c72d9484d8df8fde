using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;
using TidbDms.Provider.Preflight.Checks;

namespace TidbDms.Provider.Tests.Preflight;

/// <summary>
/// The CDC check: TiDB as a source has no binlog at all; another server's log_bin is read as it prints
/// it (1/0, ON/OFF, True/False). A server without log_bin is in the MariaDB tests.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class ChangeDataCaptureCheckTests
{
    private const string Fix = "Use task.migrationType 'full-load'; for ongoing changes out of TiDB, use a TiCDC changefeed.";

    private static readonly PreflightTarget Source = new(
        "tidb.abc123.clusters.tidb-cloud.com", 4000, "dms", "pw-1234",
        Tier.Dedicated, EndpointType.Source, SslMode.None, null, ["app"], PreflightTarget.DefaultTimeout);

    [Test]
    public async Task TiDBAsASourceWarnsThatOnlyFullLoadWorksWithoutReadingLogBin()
    {
        var session = new ScriptedSession().Scalar("SELECT VERSION()", "8.0.11-TiDB-v7.5.1");

        var finding = await RunAsync(session);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Warn(
            "cdc", "TiDB has no MySQL binlog, so DMS can only full-load from it: 'cdc' and 'full-load-and-cdc' tasks fail.", Fix)));
        Assert.That(session.Statements, Is.EqualTo(["SELECT VERSION()"]));
    }

    [TestCase("1")]
    [TestCase("ON")]
    [TestCase("True")]
    public async Task ANonTiDBServerWithBinaryLoggingOnPasses(string value)
    {
        var finding = await RunAsync(MySql().Scalar("SELECT @@GLOBAL.log_bin", value));

        Assert.That(finding, Is.EqualTo(PreflightFinding.Pass(
            "cdc", "Binary logging is on (log_bin), which DMS CDC reads; this server is not TiDB, whose sources allow full load only.")));
    }

    [TestCase("0")]
    [TestCase("OFF")]
    [TestCase("on")]
    [TestCase(null)]
    public async Task ANonTiDBServerWithBinaryLoggingOffOrUnreadableWarns(string? value)
    {
        var session = value is null ? MySql().Null("SELECT @@GLOBAL.log_bin") : MySql().Scalar("SELECT @@GLOBAL.log_bin", value);

        var finding = await RunAsync(session);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Warn(
            "cdc", "Binary logging is off (log_bin), so DMS can only full-load from this server: 'cdc' and 'full-load-and-cdc' tasks fail.", Fix)));
    }

    private static ScriptedSession MySql() => new ScriptedSession().Scalar("SELECT VERSION()", "8.0.36");

    private static async Task<PreflightFinding> RunAsync(ScriptedSession session)
    {
        await using var context = new PreflightContext(Source) { Stage = PreflightStage.SignedIn, Session = session };
        return await new ChangeDataCaptureCheck().RunAsync(context, CancellationToken.None);
    }
}
