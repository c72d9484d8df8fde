using System.Collections.Concurrent;
using System.Collections.Immutable;
using TidbDms.Provider.Cli;
using TidbDms.Provider.Component;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Planning;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.NodePrograms;

/// <summary>
/// Runs the compiled programs the way <c>preview</c> runs a Node.js program (the offline engine, the
/// plugin started in process and attached, <see cref="NodeLanguageHost"/> spawning
/// <c>@pulumi/pulumi</c>'s <c>cmd/run</c>), in a preview or an update, the cloud answered by the
/// test mocks. Each distinct run happens once per session and is shared by every test that asks for
/// it; runs go side by side, a few at a time.
/// </summary>
internal static class ProgramRuns
{
    public const string Project = "tidb-dms-e2e";

    public const string Stack = "dev";

    /// <summary>The cluster password the programs pass (config <c>password</c>): it must appear nowhere in plain text.</summary>
    public const string Password = "Tr0ub4dor&3-e2e-cluster-pw";

    /// <summary>Every run the suites use, started together by <see cref="NodeProgramsSetUp"/>.</summary>
    public static readonly ImmutableArray<ProgramRunKey> All =
    [
        new("public-nat", DryRun: true),
        new("public-nat", DryRun: false),
        new("public-nat", DryRun: true, WrapPassword: false),
        new("public-nat", DryRun: false, WrapPassword: false),
        new("private-link", DryRun: true),
        new("private-link", DryRun: false),
        new("serverless", DryRun: true, WrapPassword: false),
        new("serverless", DryRun: false, WrapPassword: false),
        new("invalid-input", DryRun: true),
    ];

    private static readonly ConcurrentDictionary<ProgramRunKey, Lazy<Task<ProgramRun>>> Runs = new();

    /// <summary>Node runs are CPU-bound for their first seconds: a few at a time keep each one's wall time sane.</summary>
    private static readonly SemaphoreSlim Slots = new(Math.Max(2, Environment.ProcessorCount));

    /// <summary>The shared run of <paramref name="key"/>, started on first use.</summary>
    public static Task<ProgramRun> Get(ProgramRunKey key) =>
        Runs.GetOrAdd(key, k => new Lazy<Task<ProgramRun>>(() => RunAsync(k, NodeHostOptions.DefaultTimeout))).Value;

    public static Task<ProgramRun> Get(string program, bool dryRun, bool wrapPassword = true) => Get(new ProgramRunKey(program, dryRun, wrapPassword));

    /// <summary>
    /// An AWS account in us-west-2 answered by the test mocks (plausible IDs, ARNs and addresses once
    /// created, so an update's outputs are known), holding the DMS roles the component expects to exist.
    /// </summary>
    private static DefaultAwsMocks Account() => new(
        "us-west-2",
        existingRoles: DmsRoleNames.NeededFor(ReplicationMode.Serverless)
            .ToDictionary(name => name, IReadOnlyDictionary<string, string> (_) => new Dictionary<string, string>()));

    private static async Task<ProgramRun> RunAsync(ProgramRunKey key, TimeSpan timeout)
    {
        var project = CompiledPrograms.Project(key.Program);
        await Slots.WaitAsync();
        try
        {
            var options = new OfflineEngineOptions
            {
                Project = Project,
                Stack = Stack,
                DryRun = key.DryRun,
                Config = new Dictionary<string, string>
                {
                    ["aws:region"] = "us-west-2",
                    [$"{Project}:password"] = Password,
                    [$"{Project}:wrapPassword"] = key.WrapPassword ? "true" : "false",
                }.ToImmutableSortedDictionary(StringComparer.Ordinal),
                Cloud = new MocksCloud(Account()),
            };
            var host = new NodeLanguageHost(new NodeHostOptions { Timeout = timeout });
            var launch = host.Prepare(project, out var problem) ?? throw new AssertionException(problem!);

            await using var deployment = await PreviewDeployment.StartAsync(options, PreviewEnvironment.StartInProcessPluginAsync, CancellationToken.None);
            var exit = await host.RunAsync(project, launch, deployment.Engine, CancellationToken.None);
            var records = deployment.Engine.Records;
            var preview = NodePreview.Result(Project, Stack, $"tests/node/programs/{key.Program}/Pulumi.yaml", project, records, exit, timeout);
            using var text = new StringWriter();
            PreviewTextRenderer.Render(preview, text);
            using var json = new StringWriter();
            PreviewJsonRenderer.Render(preview, json);
            return new ProgramRun(key, records, exit, preview, text.ToString(), json.ToString());
        }
        finally
        {
            Slots.Release();
        }
    }
}
