using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;

namespace TidbDms.Provider.Tests.Preflight;

[Parallelizable(ParallelScope.All)]
internal sealed class PreflightReportTests
{
    private static readonly PreflightTarget Target = new(
        "db.example", 4000, "dms", "report-Secret-3", Tier.Dedicated, EndpointType.Target, SslMode.None, null, ["app"], PreflightTarget.DefaultTimeout);

    [Test]
    public void AReportWhoseChecksAllPassedOrWereSkippedPassesWithExit0()
    {
        var report = new PreflightReport(
            Target,
            [PreflightFinding.Pass("dns", "resolved."), new PreflightFinding("cdc", PreflightStatus.Skip, "Not checked.")],
            []);

        Assert.That(report.Status, Is.EqualTo(PreflightStatus.Pass));
        Assert.That(report.ExitCode, Is.EqualTo(PreflightExitCode.Passed));
    }

    [Test]
    public void FindingACheckThatDidNotRunGivesNull()
    {
        var report = new PreflightReport(Target, [PreflightFinding.Pass("dns", "resolved.")], []);

        Assert.That(report.Find("dns"), Is.EqualTo(PreflightFinding.Pass("dns", "resolved.")));
        Assert.That(report.Find("tls"), Is.Null);
    }
}
