using TidbDms.Provider.Cli;
using TidbDms.Provider.Component;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Tests.Cli;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.NodePrograms;

/// <summary>
/// What goes wrong in a real program, as Pulumi reports it: the component's input errors (the
/// engine's diagnostic with each property path and reason; the program's registration fails and it
/// exits non-zero; <c>preview</c> prints each error at the program's line and exits 1), the
/// program's own exception with what it printed before, and a program that never ends.
/// </summary>
[Category(TestCategories.Node)]
internal sealed class NodeProgramErrorTests
{
    private const string CaReason =
        "is required for tier 'Dedicated' with cluster.sslMode 'verify-full'. Set cluster.caCertificatePem to the CA certificate (PEM) downloaded from the cluster's Connect dialog in the TiDB Cloud console";

    private const string CidrReason =
        "is not an IPv4 CIDR block of the form a.b.c.d/n. Set network.vpcCidr to a private IPv4 range from /16 to /24, e.g. '10.0.0.0/16'";

    private static string ProgramFolder(string name) => Path.Combine(CompiledPrograms.SourceDir, name);

    [Test]
    public async Task AnInputErrorFailsConstructWithEveryPropertyErrorAndReachesTheProgram()
    {
        var run = await ProgramRuns.Get("invalid-input", dryRun: true);
        var failure = run.Records.ConstructFailures.Single();

        Assert.Multiple(() =>
        {
            Assert.That((failure.Component.Type, failure.Component.Name), Is.EqualTo((Tokens.TidbDmsMigration, "migration")));
            Assert.That(failure.Status, Is.EqualTo("InvalidArgument"));
            Assert.That(failure.PropertyErrors.Select(e => (e.Path, e.Reason)), Is.EqualTo(new[]
            {
                ("cluster.caCertificatePem", CaReason),
                ("network.vpcCidr", CidrReason),
            }));
            Assert.That(failure.Diagnostic, Is.EqualTo(
                $"tidb-dms:index:TidbDmsMigration resource 'migration' has a problem: {failure.Message}\n"
                + $"\t\t- property cluster.caCertificatePem has a problem: {CaReason}\n"
                + $"\t\t- property network.vpcCidr with value '10.0.0.0/33' has a problem: {CidrReason}"));
            Assert.That(run.Records.Resources.Where(r => r.Custom), Is.Empty, "nothing is created");

            // The program: its registration failed as the engine fails it, and the SDK reported that and exited with 32.
            Assert.That(run.Exit.ExitCode, Is.EqualTo(NodeProgramExit.ErrorReported), run.Describe());
            Assert.That(
                run.Records.Logs.Where(l => l.Severity == MessageSeverity.Error).Select(l => l.Message),
                Has.One.Contains("failed to register new resource migration [tidb-dms:index:TidbDmsMigration]: 2 UNKNOWN: resource monitor shut down"));
            Assert.That(run.Records.OutputsOf(run.Records.Stack!.Urn), Is.Empty, "a failed program exports nothing");

            // The preview: each property error at the program's `new TidbDmsMigration(…)` line, once.
            Assert.That(run.Preview.Errors.Select(e => e.ToString()), Is.EqualTo(new[]
            {
                $"programs/invalid-input/index.ts:6: migration: cluster.caCertificatePem: {CaReason}",
                $"programs/invalid-input/index.ts:6: migration: network.vpcCidr ('10.0.0.0/33'): {CidrReason}",
            }));
        });
    }

    [Test]
    public async Task PreviewOfAProgramWithAnInputErrorPrintsEachErrorAndExits1()
    {
        CompiledPrograms.Project("invalid-input");
        await using var environment = TestEnvironment.RealPlugin();

        var outcome = await PreviewInvocation.RunAsync(environment.Environment, "preview", ProgramFolder("invalid-input"));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Output, Is.Empty);
            Assert.That(outcome.Error, Is.EqualTo(
                $"error: {Display("invalid-input")}/index.ts:6: migration: cluster.caCertificatePem: {CaReason}\n"
                + $"error: {Display("invalid-input")}/index.ts:6: migration: network.vpcCidr ('10.0.0.0/33'): {CidrReason}\n"
                + "error: preview failed with 2 errors; nothing was previewed\n"));
            Assert.That(outcome.All, Does.Not.Contain(NodePreview.SecretPlaceholder), "the password config has no value: the program got a secret placeholder");
        });
    }

    [Test]
    public async Task PreviewOfAProgramThatThrowsPrintsItsOutputThenItsErrorAsPulumiDoesAndExits1()
    {
        CompiledPrograms.Project("throws");
        await using var environment = TestEnvironment.RealPlugin();

        var outcome = await PreviewInvocation.RunAsync(environment.Environment, "preview", ProgramFolder("throws"));
        var lines = outcome.Error.Split('\n');

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Output, Is.Empty);
            Assert.That(lines.Take(4), Is.EqualTo(new[]
            {
                "checking the migration's settings",
                $"error: Running program '{Path.Combine(CompiledPrograms.BinDir, "throws", "index.js")}' failed with an unhandled exception:",
                "Error: the migration window is closed",
                $"    at Object.<anonymous> ({Path.Combine(CompiledPrograms.SourceDir, "throws", "index.ts")}:3:7)",
            }));
            Assert.That(outcome.Error, Does.EndWith("\nerror: preview failed with 1 error; nothing was previewed\n"));
            Assert.That(outcome.Error, Does.Not.Contain("\u001b["), "no terminal colours in the message");
        });
    }

    [Test]
    public async Task AProgramThatNeverEndsIsStoppedAtTheTimeLimitWithAClearError()
    {
        CompiledPrograms.Project("hangs");
        await using var environment = TestEnvironment.RealPlugin();
        var bounded = environment.Environment with { Node = new NodeHostOptions { Timeout = TimeSpan.FromSeconds(3) } };

        var outcome = await PreviewInvocation.RunAsync(bounded, "preview", ProgramFolder("hangs"));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Error, Is.EqualTo(
                "error: the program was still running after 3 s and was stopped: a program that never ends keeps a timer, a server or an unsettled promise alive\n"
                + "error: preview failed with 1 error; nothing was previewed\n"));
        });
    }

    /// <summary>The program's source folder as the preview shows paths: relative to the current directory.</summary>
    private static string Display(string name) =>
        Path.GetRelativePath(Environment.CurrentDirectory, ProgramFolder(name)).Replace(Path.DirectorySeparatorChar, '/');
}
