using TidbDms.Provider.Preflight;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Preflight.Integration;

/// <summary>How the runner reports a server error that a check's query meets on a real connection.</summary>
[Category(TestCategories.MariaDb)]
[Parallelizable(ParallelScope.All)]
internal sealed class PreflightRunnerAgainstMariaDbTests
{
    [Test]
    public async Task AQueryTheServerRefusesIsAFailedFindingWithTheServersError()
    {
        var report = await PreflightRunner.RunAsync(PreflightContextAgainstMariaDbTests.Target(), [new QueryCheck("SELECT * FROM app.no_such_table")], CancellationToken.None);

        Assert.That(report.Findings, Has.Length.EqualTo(1));
        Assert.That(report.Findings[0], Is.EqualTo(PreflightFinding.Fail(
            "query",
            "The check's query failed (error 1146: Table 'app.no_such_table' doesn't exist).",
            "Resolve the server's error above, then run the preflight again.")));
    }

    /// <summary>A check that runs one statement on the signed-in connection.</summary>
    private sealed class QueryCheck(string sql) : IPreflightCheck
    {
        public string Id => "query";

        public PreflightStage Needs => PreflightStage.Start;

        public bool AppliesTo(PreflightTarget target) => true;

        public async Task<PreflightFinding> RunAsync(PreflightContext context, CancellationToken cancellationToken)
        {
            var value = await context.ScalarAsync(sql, cancellationToken);
            return PreflightFinding.Pass(Id, $"{value}");
        }
    }
}
