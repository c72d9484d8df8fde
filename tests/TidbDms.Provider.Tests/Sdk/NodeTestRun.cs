using System.Text.Json;
using TidbDms.Provider.Tests.Schema;

namespace TidbDms.Provider.Tests.Sdk;

/// <summary>One node:test result as tests/node/reporter.mjs writes it.</summary>
internal sealed record NodeTestResult(string Name, int Nesting, bool Ok, bool Skipped, string? Error);

/// <summary>
/// The Node side of the SDK checks, run once per test session: the generated SDK compiled with its own
/// <c>tsc</c> (strict) into a scratch folder and compared with the copy tests/node installed; the TypeScript
/// tests compiled (strict) against that copy; then <c>node --test</c> over them.
/// </summary>
internal sealed class NodeTestRun
{
    /// <summary>How the reporter's JSON lines are read (its property names are camelCase).</summary>
    private static readonly JsonSerializerOptions ReporterJson = new() { PropertyNameCaseInsensitive = true };

    private static readonly Lazy<NodeTestRun> Shared = new(() => new NodeTestRun());

    public static string TestsDir { get; } = RepositoryRoot.File("tests", "node");

    public static string SdkDir { get; } = RepositoryRoot.File("sdk", "nodejs");

    /// <summary>The installed copy of the SDK that the tests import (npm copies sdk/nodejs/bin there).</summary>
    public static string InstalledSdk { get; } = Path.Combine(TestsDir, "node_modules", "@tidb-dms", "tidb-dms");

    public static NodeTestRun Instance => Shared.Value;

    public string Node { get; }

    public string SdkBuildDir { get; }

    public ToolResult SdkCompile { get; }

    public ToolResult TestsCompile { get; }

    public ToolResult? TestRun { get; }

    public IReadOnlyList<NodeTestResult> Results { get; } = [];

    private NodeTestRun()
    {
        Node = ToolRun.Require("node");
        RequireInstalled(Path.Combine(SdkDir, "node_modules", "typescript"));
        RequireInstalled(Path.Combine(TestsDir, "node_modules", "typescript"));
        RequireInstalled(InstalledSdk);

        SdkBuildDir = Path.Combine(Path.GetTempPath(), "tidb-dms-node-sdk-" + Guid.NewGuid().ToString("N"));
        SdkCompile = ToolRun.Run(Node, SdkDir, null, Path.Combine(SdkDir, "node_modules", "typescript", "bin", "tsc"), "-p", ".", "--outDir", SdkBuildDir);

        var testsBin = Path.Combine(TestsDir, "bin");
        if (Directory.Exists(testsBin))
        {
            Directory.Delete(testsBin, recursive: true);
        }

        TestsCompile = ToolRun.Run(Node, TestsDir, null, Path.Combine(TestsDir, "node_modules", "typescript", "bin", "tsc"), "-p", ".");
        if (TestsCompile.ExitCode != 0)
        {
            return;
        }

        var testFiles = Directory.GetFiles(testsBin, "*.test.js").Order(StringComparer.Ordinal).ToArray();
        TestRun = ToolRun.Run(Node, TestsDir, null, ["--test", "--test-reporter=./reporter.mjs", "--test-reporter-destination=stdout", .. testFiles]);
        Results = [.. TestRun.Output.Split('\n')
            .Where(line => line.StartsWith('{'))
            .Select(line => JsonSerializer.Deserialize<NodeTestResult>(line, ReporterJson)!)];
    }

    /// <summary>The top-level test names in tests/node/src/*.test.ts, read from the source: <c>test("…", …)</c>.</summary>
    public static IEnumerable<string> DeclaredTests() =>
        Directory.GetFiles(Path.Combine(TestsDir, "src"), "*.test.ts").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadAllLines)
            .Where(line => line.StartsWith("test(\"", StringComparison.Ordinal))
            .Select(line => line["test(\"".Length..line.IndexOf("\", ", StringComparison.Ordinal)]);

    private static void RequireInstalled(string path)
    {
        if (!Directory.Exists(path))
        {
            throw new AssertionException($"{path} is missing: run tests/install-deps.sh (npm ci in sdk/nodejs and tests/node, and the SDK build)");
        }
    }
}
