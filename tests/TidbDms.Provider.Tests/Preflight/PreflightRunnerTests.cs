using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;

namespace TidbDms.Provider.Tests.Preflight;

public sealed class PreflightRunnerTests
{
    private const string Password = "runner-Secret-9";

    private static readonly PreflightTarget Target = new(
        "db.example", 4000, "dms", Password, Tier.Dedicated, EndpointType.Target, SslMode.None, null, ["app"], PreflightTarget.DefaultTimeout);

    [Test]
    public async Task ChecksRunInOrderUntilAStageIsMissedThenAreReportedAsSkipped()
    {
        var checks = new[]
        {
            new StubCheck("one", PreflightStage.Start, PreflightStatus.Pass, reaches: PreflightStage.Resolved),
            new StubCheck("two", PreflightStage.Resolved, PreflightStatus.Warn, reaches: PreflightStage.Reachable),
            new StubCheck("three", PreflightStage.Reachable, PreflightStatus.Fail),
            new StubCheck("four", PreflightStage.Secured, PreflightStatus.Pass),
            new StubCheck("five", PreflightStage.Start, PreflightStatus.Pass),
            new StubCheck("six", PreflightStage.SignedIn, PreflightStatus.Pass),
        };

        var report = await PreflightRunner.RunAsync(Target, checks, CancellationToken.None);

        Assert.That(report.Findings, Is.EqualTo(new[]
        {
            new PreflightFinding("one", PreflightStatus.Pass, "one ran"),
            new PreflightFinding("two", PreflightStatus.Warn, "two ran", "fix two"),
            new PreflightFinding("three", PreflightStatus.Fail, "three ran", "fix three"),
            new PreflightFinding("four", PreflightStatus.Skip, "Not checked: the connection could not be secured as the ssl mode requires."),
            new PreflightFinding("five", PreflightStatus.Pass, "five ran"),
            new PreflightFinding("six", PreflightStatus.Skip, "Not checked: the connection could not be secured as the ssl mode requires."),
        }));
        Assert.That(checks.Select(c => c.Ran), Is.EqualTo([true, true, true, false, true, false]));
        Assert.That(report.ExitCode, Is.EqualTo(1));
        Assert.That(report.Status, Is.EqualTo(PreflightStatus.Fail));
    }

    [Test]
    public async Task ChecksThatDoNotApplyAreLeftOutAndWarningsExit0()
    {
        var checks = new[]
        {
            new StubCheck("applies", PreflightStage.Start, PreflightStatus.Warn),
            new StubCheck("source-only", PreflightStage.Start, PreflightStatus.Fail, applies: false),
        };

        var report = await PreflightRunner.RunAsync(Target, checks, CancellationToken.None);

        Assert.That(report.Findings.Select(f => f.Check), Is.EqualTo(["applies"]));
        Assert.That(report.ExitCode, Is.EqualTo(0));
        Assert.That(report.Status, Is.EqualTo(PreflightStatus.Warn));
    }

    [Test]
    public async Task APasswordEchoedByAnyMessageIsRedacted()
    {
        var checks = new[] { new StubCheck("echo", PreflightStage.Start, PreflightStatus.Fail, text: $"server said {Password}") };

        var report = await PreflightRunner.RunAsync(Target, checks, CancellationToken.None);

        Assert.That(report.Findings, Is.EqualTo(new[] { new PreflightFinding("echo", PreflightStatus.Fail, "server said [secret]", "fix server said [secret]") }));
    }

    [Test]
    public async Task ATargetWithProblemsIsNotRunAndExits2()
    {
        var check = new StubCheck("one", PreflightStage.Start, PreflightStatus.Pass);

        var report = await PreflightRunner.RunAsync(Target with { User = "" }, [check], CancellationToken.None);

        Assert.That(report.Findings, Is.Empty);
        Assert.That(report.Problems, Is.EqualTo(["the user name is empty: give the SQL user DMS will sign in as"]));
        Assert.That(report.ExitCode, Is.EqualTo(2));
        Assert.That(check.Ran, Is.False);
    }

    [Test]
    public async Task AConnectionThatBreaksDuringACheckIsAFailedFindingNotACrash()
    {
        var report = await PreflightRunner.RunAsync(Target, [new ThrowingCheck()], CancellationToken.None);

        Assert.That(report.Findings, Is.EqualTo(new[]
        {
            PreflightFinding.Fail(
                "throws",
                "The check could not finish: the connection failed (IOException).",
                "Run the preflight again; if it persists, the server or the network drops connections."),
        }));
    }

    [Test]
    public async Task ACheckThatNeedsAResolvedHostIsSkippedWhenNoCheckResolvedIt()
    {
        var report = await PreflightRunner.RunAsync(Target, [new StubCheck("tcp", PreflightStage.Resolved, PreflightStatus.Pass)], CancellationToken.None);

        Assert.That(report.Findings, Is.EqualTo(new[] { new PreflightFinding("tcp", PreflightStatus.Skip, "Not checked: the host name did not resolve.") }));
    }

    [Test]
    public void CancellingThePreflightStopsItRatherThanReportingAFinding()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.ThrowsAsync<OperationCanceledException>(
            () => PreflightRunner.RunAsync(Target, [new ThrowingCheck(new OperationCanceledException(cancellation.Token))], cancellation.Token));
    }

    [Test]
    public void AnErrorThatIsNotAConnectionFailureIsNotDisguisedAsAFinding()
    {
        var error = Assert.ThrowsAsync<NotSupportedException>(
            () => PreflightRunner.RunAsync(Target, [new ThrowingCheck(new NotSupportedException("a defect in a check"))], CancellationToken.None));

        Assert.That(error!.Message, Is.EqualTo("a defect in a check"));
    }

    [Test]
    public void TheDefaultChecksAreInDMSOrder() =>
        Assert.That(PreflightRunner.Checks.Select(c => c.Id), Is.EqualTo([
            "dns", "tcp", "tls", "user-prefix", "authentication", "server", "privileges", "local-infile", "schemas", "primary-keys", "cdc", "collation",]));

    private sealed class StubCheck(string id, PreflightStage needs, PreflightStatus status, PreflightStage? reaches = null, bool applies = true, string? text = null)
        : IPreflightCheck
    {
        public bool Ran { get; private set; }

        public string Id => id;

        public PreflightStage Needs => needs;

        public bool AppliesTo(PreflightTarget target) => applies;

        public Task<PreflightFinding> RunAsync(PreflightContext context, CancellationToken cancellationToken)
        {
            Ran = true;
            if (reaches is { } stage)
            {
                context.Stage = stage;
            }

            var message = text ?? $"{id} ran";
            return Task.FromResult(status == PreflightStatus.Pass
                ? PreflightFinding.Pass(id, message)
                : new PreflightFinding(id, status, message, text is null ? $"fix {id}" : $"fix {text}"));
        }
    }

    private sealed class ThrowingCheck(Exception? error = null) : IPreflightCheck
    {
        public string Id => "throws";

        public PreflightStage Needs => PreflightStage.Start;

        public bool AppliesTo(PreflightTarget target) => true;

        public Task<PreflightFinding> RunAsync(PreflightContext context, CancellationToken cancellationToken) =>
            throw error ?? new IOException("connection reset by peer");
    }
}
