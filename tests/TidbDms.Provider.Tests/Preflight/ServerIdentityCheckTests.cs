using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;
using TidbDms.Provider.Preflight.Checks;

namespace TidbDms.Provider.Tests.Preflight;

/// <summary>The server check on TiDB's VERSION() strings; MariaDB's warning is in the MariaDB tests.</summary>
[Parallelizable(ParallelScope.All)]
internal sealed class ServerIdentityCheckTests
{
    private static readonly PreflightTarget Target = new(
        "gateway01.us-west-2.prod.aws.tidbcloud.com", 4000, "3pTAoNNegb47Uc8.dms", "pw-1234",
        Tier.Starter, EndpointType.Target, SslMode.VerifyFull, null, ["app"], PreflightTarget.DefaultTimeout);

    [TestCase("8.0.11-TiDB-v7.5.1", "7.5.1")]
    [TestCase("8.0.11-TiDB-v8.5.3-serverless", "8.5.3")]
    public async Task TiDBPassesWithItsReleaseAndVersionString(string version, string tidb)
    {
        await using var context = new PreflightContext(Target)
        {
            Stage = PreflightStage.SignedIn,
            Session = new ScriptedSession().Scalar("SELECT VERSION()", version),
        };

        var finding = await new ServerIdentityCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Pass("server", $"TiDB v{tidb} (VERSION() is '{version}').")));
    }
}
