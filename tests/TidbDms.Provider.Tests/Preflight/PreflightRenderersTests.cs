using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;

namespace TidbDms.Provider.Tests.Preflight;

public sealed class PreflightRenderersTests
{
    private const string Password = "render-Secret-1";

    private static readonly PreflightTarget Target = new(
        "gateway01.us-west-2.prod.aws.tidbcloud.com", 4000, "3pTAoNNegb47Uc8.dms", Password,
        Tier.Starter, EndpointType.Target, SslMode.VerifyFull, null, ["app", "crm"], PreflightTarget.DefaultTimeout);

    private static readonly PreflightReport Report = new(
        Target,
        [
            PreflightFinding.Pass("dns", "resolved."),
            PreflightFinding.Warn("server", "VERSION() is 'x': not TiDB.", "Point it at TiDB."),
            PreflightFinding.Fail("privileges", "lacks \"DROP\".", "GRANT DROP …;"),
            new PreflightFinding("schemas", PreflightStatus.Skip, "Not checked."),
        ],
        []);

    [Test]
    public void TheTableListsEachCheckWithItsFixAndASummary()
    {
        Assert.That(PreflightTableRenderer.Render(Report), Is.EqualTo("""
            Preflight of gateway01.us-west-2.prod.aws.tidbcloud.com:4000 as a DMS target (Starter, ssl mode verify-full, user 3pTAoNNegb47Uc8.dms)

              CHECK       STATUS  DETAIL
              dns         pass    resolved.
              server      WARN    VERSION() is 'x': not TiDB.
                                  fix: Point it at TiDB.
              privileges  FAIL    lacks "DROP".
                                  fix: GRANT DROP …;
              schemas     skip    Not checked.

            Result: 1 failure, 1 warning, 1 skipped, 1 passed (exit 1)

            """.Replace("\r\n", "\n", StringComparison.Ordinal)));
    }

    [Test]
    public void TheTableOfARunThatCouldNotStartListsTheProblems()
    {
        var report = PreflightReport.CouldNotRun(Target, ["the user name is empty", "the timeout must be positive"]);

        Assert.That(PreflightTableRenderer.Render(report), Is.EqualTo("""
            Preflight of gateway01.us-west-2.prod.aws.tidbcloud.com:4000 as a DMS target (Starter, ssl mode verify-full, user 3pTAoNNegb47Uc8.dms)

            Could not run:
              - the user name is empty
              - the timeout must be positive

            Result: could not run (exit 2)

            """));
    }

    [Test]
    public void TheJSONReportHasTheTargetStatusExitCodeAndFindingsButNoPassword()
    {
        var json = PreflightJsonRenderer.Render(Report);

        Assert.That(json, Is.EqualTo("""
            {
              "target": {
                "host": "gateway01.us-west-2.prod.aws.tidbcloud.com",
                "port": 4000,
                "user": "3pTAoNNegb47Uc8.dms",
                "tier": "Starter",
                "endpointType": "target",
                "sslMode": "verify-full",
                "schemas": [
                  "app",
                  "crm"
                ]
              },
              "status": "fail",
              "exitCode": 1,
              "problems": [],
              "findings": [
                {
                  "check": "dns",
                  "status": "pass",
                  "message": "resolved.",
                  "fix": null
                },
                {
                  "check": "server",
                  "status": "warn",
                  "message": "VERSION() is 'x': not TiDB.",
                  "fix": "Point it at TiDB."
                },
                {
                  "check": "privileges",
                  "status": "fail",
                  "message": "lacks \"DROP\".",
                  "fix": "GRANT DROP …;"
                },
                {
                  "check": "schemas",
                  "status": "skip",
                  "message": "Not checked.",
                  "fix": null
                }
              ]
            }

            """));
        Assert.That(json, Does.Not.Contain(Password));
    }
}
