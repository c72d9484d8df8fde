using TidbDms.Provider.Cli;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>
/// What is checked before a Node.js program runs, on real folders laid out like this repository (an
/// example under <c>examples/</c>, the SDK build under <c>sdk/nodejs/bin</c>, its build script under
/// <c>tests/node</c>): each missing piece is one error that says exactly what to run.
/// </summary>
internal sealed class NodeInstallationTests
{
    private const string Manifest = """
        {
          "name": "prog",
          "dependencies": { "@pulumi/pulumi": "3.270.0", "@tidb-dms/tidb-dms": "file:../../sdk/nodejs/bin" },
          "devDependencies": { "typescript": "5.9.3" }
        }
        """;

    private string _root = "";
    private string _program = "";
    private string _node = "";

    [SetUp]
    public void CreateCheckout()
    {
        _root = Path.Combine(Path.GetTempPath(), "tidb-dms-node-install-" + Guid.NewGuid().ToString("N"));
        _program = Directory.CreateDirectory(Path.Combine(_root, "examples", "prog")).FullName;
        Directory.CreateDirectory(Path.Combine(_root, "tests", "node"));
        File.WriteAllText(Path.Combine(_root, "tests", "node", "build-sdk.sh"), "#!/bin/sh\n");
        _node = Path.Combine(_root, "fake-node");
        File.WriteAllText(_node, "");
        File.WriteAllText(Path.Combine(_program, "Pulumi.yaml"), "name: prog\nruntime: nodejs\n");
    }

    [TearDown]
    public void DeleteCheckout() => Directory.Delete(_root, recursive: true);

    private NodeProject Project => new(_program, _program, ".", true, null, [], _root);

    private string? Problem(string? node = null)
    {
        var launch = NodeInstallation.Check(Project, new NodeHostOptions { Node = node ?? _node }, out var problem);
        Assert.That(launch is null, Is.EqualTo(problem is not null), "a launch or a problem, never both");
        return problem;
    }

    private void Install(params string[] packages)
    {
        foreach (var package in packages)
        {
            var folder = Directory.CreateDirectory(Path.Combine(_program, "node_modules", package)).FullName;
            File.WriteAllText(Path.Combine(folder, "package.json"), "{}");
        }
    }

    private void BuildSdk() => Directory.CreateDirectory(Path.Combine(_root, "sdk", "nodejs", "bin"));

    [Test]
    public void NodeNotWhereTheOptionsSayIsOneErrorNamingIt()
    {
        var missing = Path.Combine(_root, "no-such-node");

        Assert.That(Problem(missing), Is.EqualTo($"node was not found at {missing}, and examples/prog is a Node.js program (runtime: nodejs): install Node.js 20 or later"));
    }

    [Test]
    public void NoPackageJsonSaysHowToCreateOne()
    {
        Assert.That(Problem(), Is.EqualTo("examples/prog is a Node.js program (runtime: nodejs) without a package.json: create one that depends on @pulumi/pulumi (in examples/prog: npm init -y && npm install @pulumi/pulumi)"));
    }

    [Test]
    public void SdkNotBuiltNamesTheBuildScriptThenNpmCi()
    {
        File.WriteAllText(Path.Combine(_program, "package.json"), Manifest);
        File.WriteAllText(Path.Combine(_program, "package-lock.json"), "{}");

        Assert.That(Problem(), Is.EqualTo("examples/prog/package.json depends on \"@tidb-dms/tidb-dms\": \"file:../../sdk/nodejs/bin\", which is not built: run tests/node/build-sdk.sh, then \"npm ci\" in examples/prog"));
    }

    [Test]
    public void OtherFileDependencyMissingNamesTheFolder()
    {
        File.WriteAllText(Path.Combine(_program, "package.json"), """{ "dependencies": { "local": "file:../lib" } }""");

        Assert.That(Problem(), Is.EqualTo("examples/prog/package.json depends on \"local\": \"file:../lib\", and examples/lib does not exist: create it, then run \"npm install\" in examples/prog"));
    }

    [Test]
    public void NotInstalledSaysNpmCiWhereTheLockFileIs()
    {
        BuildSdk();
        File.WriteAllText(Path.Combine(_program, "package.json"), Manifest);
        File.WriteAllText(Path.Combine(_program, "package-lock.json"), "{}");

        Assert.That(Problem(), Is.EqualTo("examples/prog: the program's packages are not installed (no node_modules/@pulumi/pulumi and 2 more): run \"npm ci\" in examples/prog"));
    }

    [Test]
    public void PartlyInstalledWithoutLockFileSaysNpmInstall()
    {
        BuildSdk();
        File.WriteAllText(Path.Combine(_program, "package.json"), Manifest);
        Install("@pulumi/pulumi", "@tidb-dms/tidb-dms");

        Assert.That(Problem(), Is.EqualTo("examples/prog: the program's packages are not installed (no node_modules/typescript): run \"npm install\" in examples/prog"));
    }

    [Test]
    public void PulumiWithoutItsRunnerSaysReinstall()
    {
        BuildSdk();
        File.WriteAllText(Path.Combine(_program, "package.json"), Manifest);
        File.WriteAllText(Path.Combine(_program, "package-lock.json"), "{}");
        Install("@pulumi/pulumi", "@tidb-dms/tidb-dms", "typescript");

        Assert.That(Problem(), Is.EqualTo("examples/prog/node_modules/@pulumi/pulumi has no program runner (cmd/run): run \"npm ci\" in examples/prog to reinstall it"));
    }

    [Test]
    public void NoPulumiDependencySaysToAddIt()
    {
        File.WriteAllText(Path.Combine(_program, "package.json"), """{ "dependencies": { "left-pad": "1.3.0" } }""");
        Install("left-pad");

        Assert.That(Problem(), Is.EqualTo("examples/prog/package.json does not depend on @pulumi/pulumi, which runs the program: run \"npm install @pulumi/pulumi\" in examples/prog"));
    }

    [Test]
    public void InstalledLaunchesTheProgramsOwnRunnerFoundAsNodeFindsIt()
    {
        BuildSdk();
        File.WriteAllText(Path.Combine(_program, "package.json"), Manifest);
        // Hoisted to the folder above, as a workspace installs it: Node finds it walking up.
        Install("@tidb-dms/tidb-dms", "typescript");
        var run = Directory.CreateDirectory(Path.Combine(_root, "examples", "node_modules", "@pulumi", "pulumi", "cmd", "run")).FullName;
        File.WriteAllText(Path.Combine(run, "index.js"), "");
        File.WriteAllText(Path.Combine(run, "..", "..", "package.json"), "{}");

        var launch = NodeInstallation.Check(Project, new NodeHostOptions { Node = _node }, out var problem);

        Assert.That(launch, Is.EqualTo(new NodeLaunch(_node, Path.Combine(run, "index.js"))), problem);
    }
}
