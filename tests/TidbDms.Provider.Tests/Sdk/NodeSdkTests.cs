using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Sdk;

/// <summary>
/// The generated TypeScript SDK: it compiles with tsc in strict mode, the copy tests/node installed is that
/// build, and a typed program using it passes tests/node's node:test suite against the real @pulumi/pulumi
/// mocks. Each node test is one NUnit case, failing with node's own message.
/// </summary>
[NonParallelizable]
[Category(TestCategories.Node)]
public sealed class NodeSdkTests
{
    [Test]
    public void SdkCompilesWithTscStrict()
    {
        var compile = NodeTestRun.Instance.SdkCompile;

        Assert.That(compile.ExitCode, Is.Zero, compile.Describe("tsc -p sdk/nodejs"));
    }

    [TestCase("index.js")]
    [TestCase("index.d.ts")]
    [TestCase("tidbDmsMigration.js")]
    [TestCase("tidbDmsMigration.d.ts")]
    [TestCase("provider.js")]
    [TestCase("utilities.js")]
    [TestCase("types/input.d.ts")]
    [TestCase("types/enums/index.js")]
    public void InstalledSdkIsTheBuildOfTheCommittedSdk(string file)
    {
        var run = NodeTestRun.Instance;
        Assume.That(run.SdkCompile.ExitCode, Is.Zero, "the SDK does not compile");

        var installed = Path.Combine(NodeTestRun.InstalledSdk, file);
        Assert.That(File.Exists(installed), Is.True, $"{installed} is missing: run tests/install-deps.sh");
        Assert.That(
            File.ReadAllText(installed),
            Is.EqualTo(File.ReadAllText(Path.Combine(run.SdkBuildDir, file))),
            $"tests/node has a stale build of sdk/nodejs ({file}): run tests/install-deps.sh, which rebuilds sdk/nodejs/bin and reinstalls it");
    }

    [Test]
    public void InstalledSdkShipsItsPackageJsonBesideTheCode()
    {
        var installed = File.ReadAllText(Path.Combine(NodeTestRun.InstalledSdk, "package.json"));

        Assert.That(installed, Is.EqualTo(File.ReadAllText(Path.Combine(NodeTestRun.SdkDir, "package.json"))), "utilities.getVersion() reads ./package.json next to the compiled code");
    }

    [Test]
    public void TestsCompileWithTscStrict()
    {
        var compile = NodeTestRun.Instance.TestsCompile;

        Assert.That(compile.ExitCode, Is.Zero, compile.Describe("tsc -p tests/node"));
    }

    private static IEnumerable<string> DeclaredTests() => NodeTestRun.DeclaredTests();

    [TestCaseSource(nameof(DeclaredTests))]
    public void NodeTest(string name)
    {
        var run = NodeTestRun.Instance;
        Assert.That(run.TestsCompile.ExitCode, Is.Zero, run.TestsCompile.Describe("tsc -p tests/node"));

        var result = run.Results.SingleOrDefault(r => r.Name == name && r.Nesting == 0);

        Assert.That(result, Is.Not.Null, $"node did not report \"{name}\"\n{run.TestRun?.Describe("node --test")}");
        Assert.That(result!.Skipped, Is.False, $"\"{name}\" was skipped");
        Assert.That(result.Ok, Is.True, result.Error);
    }

    [Test]
    public void NodeRunReportsExactlyTheDeclaredTestsAndSucceeds()
    {
        var run = NodeTestRun.Instance;
        Assume.That(run.TestsCompile.ExitCode, Is.Zero, "the tests do not compile");

        Assert.Multiple(() =>
        {
            Assert.That(run.Results.Where(r => r.Nesting == 0).Select(r => r.Name), Is.EquivalentTo(NodeTestRun.DeclaredTests()), "every top-level node test maps to one NUnit case");
            Assert.That(NodeTestRun.DeclaredTests().Count(), Is.GreaterThanOrEqualTo(8));
            Assert.That(run.TestRun!.ExitCode, Is.Zero, run.TestRun.Describe("node --test"));
        });
    }
}
