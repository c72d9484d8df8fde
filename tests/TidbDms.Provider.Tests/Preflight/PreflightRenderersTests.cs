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

    [Test]
    public void TheTableWidensShortCheckIdsToTheHeaderAndCountsEachStatusInThePlural()
    {
        var report = new PreflightReport(
            Target with { Tier = Tier.Dedicated, SslMode = SslMode.None, User = "dms" },
            [
                PreflightFinding.Fail("dns", "d1.", "f1."),
                PreflightFinding.Fail("tcp", "t1.", "f2."),
                PreflightFinding.Warn("tls", "w1.", "f3."),
                PreflightFinding.Warn("cdc", "w2.", "f4."),
                new PreflightFinding("dns", PreflightStatus.Skip, "s1."),
                new PreflightFinding("tcp", PreflightStatus.Skip, "s2."),
                PreflightFinding.Pass("tls", "p1."),
                PreflightFinding.Pass("cdc", "p2."),
            ],
            []);

        Assert.That(PreflightTableRenderer.Render(report), Is.EqualTo(
            "Preflight of gateway01.us-west-2.prod.aws.tidbcloud.com:4000 as a DMS target (Dedicated, ssl mode none, user dms)\n"
            + "\n"
            + "  CHECK  STATUS  DETAIL\n"
            + "  dns    FAIL    d1.\n"
            + "                 fix: f1.\n"
            + "  tcp    FAIL    t1.\n"
            + "                 fix: f2.\n"
            + "  tls    WARN    w1.\n"
            + "                 fix: f3.\n"
            + "  cdc    WARN    w2.\n"
            + "                 fix: f4.\n"
            + "  dns    skip    s1.\n"
            + "  tcp    skip    s2.\n"
            + "  tls    pass    p1.\n"
            + "  cdc    pass    p2.\n"
            + "\n"
            + "Result: 2 failures, 2 warnings, 2 skipped, 2 passed (exit 1)\n"));
    }

    [Test]
    public void TheJSONReportOfARunThatCouldNotStartHasTheTargetAndTheProblemsButNoFindings()
    {
        var report = PreflightReport.CouldNotRun(Target, ["the user name is empty", "the schema '%' is a wildcard"]);

        Assert.That(PreflightJsonRenderer.Render(report), Is.EqualTo("""
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
              "exitCode": 2,
              "problems": [
                "the user name is empty",
                "the schema '%' is a wildcard"
              ],
              "findings": []
            }

            """));
    }

    [Test]
    public void TheJSONDocumentOfAPreflightThatCouldNotRunHasNoTargetTheStatusErrorAndTheProblemsAsWritten()
    {
        var json = PreflightJsonRenderer.RenderCouldNotRun(["--host is required: the cluster's host name", "download it from the Connect dialog (\"CA cert\") & pass it"]);

        Assert.That(json, Is.EqualTo("""
            {
              "target": null,
              "status": "error",
              "exitCode": 2,
              "problems": [
                "--host is required: the cluster's host name",
                "download it from the Connect dialog (\"CA cert\") & pass it"
              ],
              "findings": []
            }

            """));
    }
}
