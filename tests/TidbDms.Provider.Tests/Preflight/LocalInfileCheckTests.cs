using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;
using TidbDms.Provider.Preflight.Checks;

namespace TidbDms.Provider.Tests.Preflight;

/// <summary>
/// How the local_infile check reads the variable as servers print it: MySQL and MariaDB as 1/0 (or
/// ON/OFF through some clients), TiDB as ON/OFF, a boolean-typed column as True/False. A server without the
/// variable is in the MariaDB tests (its error must be a real server's).
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class LocalInfileCheckTests
{
    private const string Query = "SELECT @@GLOBAL.local_infile";
    private const string Fix = "As an administrator, run: SET GLOBAL local_infile = ON;";

    private static readonly PreflightTarget Target = new(
        "tidb.abc123.clusters.tidb-cloud.com", 4000, "dms", "pw-1234",
        Tier.Dedicated, EndpointType.Target, SslMode.None, null, ["app"], PreflightTarget.DefaultTimeout);

    [TestCase("1")]
    [TestCase("ON")]
    [TestCase("on")]
    [TestCase("True")]
    public async Task EveryWayOfSayingOnPasses(string value)
    {
        var finding = await RunAsync(new ScriptedSession().Scalar(Query, value));

        Assert.That(finding, Is.EqualTo(PreflightFinding.Pass(
            "local-infile", "local_infile is ON: the server accepts LOAD DATA LOCAL INFILE, which DMS's full load uses.")));
    }

    [TestCase("0", "OFF")]
    [TestCase("False", "OFF")]
    [TestCase("OFF", "OFF")]
    [TestCase("off", "off")]
    [TestCase("2", "2")]
    public async Task AnyOtherValueFailsAndIsShownAsOFFOrAsTheServerPrintedIt(string value, string shown)
    {
        var finding = await RunAsync(new ScriptedSession().Scalar(Query, value));

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "local-infile", $"local_infile is {shown}: the server refuses LOAD DATA LOCAL INFILE, which DMS's full load uses.", Fix)));
    }

    [Test]
    public async Task ANULLValueFailsWithAnEmptyValueShown()
    {
        var finding = await RunAsync(new ScriptedSession().Null(Query));

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "local-infile", "local_infile is : the server refuses LOAD DATA LOCAL INFILE, which DMS's full load uses.", Fix)));
    }

    [Test]
    public async Task AnErrorOtherThanAnUnknownVariableIsNotTurnedIntoAFinding()
    {
        var session = new ScriptedSession().Fails(Query, "Access denied; you need (at least one of) the SUPER privilege(s) for this operation");

        Assert.That(
            async () => await RunAsync(session),
            Throws.InstanceOf<System.Data.Common.DbException>().With.Message.EqualTo("Access denied; you need (at least one of) the SUPER privilege(s) for this operation"));
    }

    private static async Task<PreflightFinding> RunAsync(ScriptedSession session)
    {
        await using var context = new PreflightContext(Target) { Stage = PreflightStage.SignedIn, Session = session };
        return await new LocalInfileCheck().RunAsync(context, CancellationToken.None);
    }
}
