using TidbDms.Provider.Cli;
using TidbDms.Provider.Tests.Schema;
using TidbDms.Provider.Tests.Sdk;

namespace TidbDms.Provider.Tests.NodePrograms;

/// <summary>
/// The TypeScript programs under <c>tests/node/programs</c>, compiled once per test session with
/// tests/node's <c>typescript</c> (strict) into <c>tests/node/programs/bin</c>, where Node finds
/// tests/node's <c>@pulumi/pulumi</c> and the installed SDK by walking up, as for any program.
/// </summary>
internal static class CompiledPrograms
{
    public static string NodeDir { get; } = RepositoryRoot.File("tests", "node");

    public static string SourceDir { get; } = Path.Combine(NodeDir, "programs");

    public static string BinDir { get; } = Path.Combine(SourceDir, "bin");

    private static readonly Lazy<ToolResult> Compiled = new(Compile);

    /// <summary>The compiled program <paramref name="name"/> as the language host runs it: its folder, <c>index.js</c>, no ts-node.</summary>
    public static NodeProject Project(string name)
    {
        var compile = Compiled.Value;
        Assert.That(compile.ExitCode, Is.Zero, compile.Describe("tsc -p tests/node/programs"));
        return new NodeProject(NodeDir, Path.Combine(BinDir, name), "index.js", TypeScript: false, TsConfig: null, NodeArgs: [], CurrentDirectory: NodeDir);
    }

    private static ToolResult Compile()
    {
        var node = ToolRun.Require("node");
        var tsc = Path.Combine(NodeDir, "node_modules", "typescript", "bin", "tsc");
        if (!File.Exists(tsc))
        {
            throw new AssertionException($"{tsc} is missing: run tests/install-deps.sh (npm ci in tests/node)");
        }

        if (Directory.Exists(BinDir))
        {
            Directory.Delete(BinDir, recursive: true);
        }

        return ToolRun.Run(node, NodeDir, null, tsc, "-p", SourceDir);
    }
}
