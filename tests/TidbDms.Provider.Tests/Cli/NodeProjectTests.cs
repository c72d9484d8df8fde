using TidbDms.Provider.Cli;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>How a <c>runtime: nodejs</c> project's <c>main</c> and runtime options become what the language host runs.</summary>
internal sealed class NodeProjectTests
{
    private static (NodeProject? Project, List<string> Errors) From(TempProgram temp)
    {
        var path = Path.Combine(temp.Directory, "Pulumi.yaml");
        var (program, loadErrors) = PulumiProgramLoader.Load(path, "Pulumi.yaml");
        Assert.That(loadErrors, Is.Empty);
        var errors = new List<LocatedDiagnostic>();
        var project = NodeProject.From(program!, path, temp.Directory, errors);
        return (project, [.. errors.Select(e => e.ToString())]);
    }

    [Test]
    public void DefaultRunsTheFolderAsTypeScript()
    {
        using var temp = new TempProgram("name: p\nruntime: nodejs\n");

        var (project, errors) = From(temp);

        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty);
            Assert.That(project, Is.EqualTo(new NodeProject(temp.Directory, temp.Directory, ".", true, null, [], temp.Directory)).Using<NodeProject>(SameProject));
        });
    }

    [Test]
    public void MainFolderIsTheProgramFolder()
    {
        using var temp = new TempProgram("name: p\nruntime: nodejs\nmain: src/\n");
        Directory.CreateDirectory(Path.Combine(temp.Directory, "src"));

        var (project, _) = From(temp);

        Assert.That((project!.RootDirectory, project.ProgramDirectory, project.EntryPoint), Is.EqualTo((temp.Directory, Path.Combine(temp.Directory, "src"), ".")));
    }

    [Test]
    public void MainFileRunsThatFileFromItsFolder()
    {
        using var temp = new TempProgram("name: p\nruntime:\n  name: nodejs\n  options:\n    typescript: false\n    tsconfig: tsconfig.pulumi.json\n    nodeargs: --inspect  --trace-warnings\nmain: bin/index.js\n");
        Directory.CreateDirectory(Path.Combine(temp.Directory, "bin"));
        File.WriteAllText(Path.Combine(temp.Directory, "bin", "index.js"), "");

        var (project, _) = From(temp);

        Assert.Multiple(() =>
        {
            Assert.That((project!.ProgramDirectory, project.EntryPoint), Is.EqualTo((Path.Combine(temp.Directory, "bin"), "index.js")));
            Assert.That(project.TypeScript, Is.False);
            Assert.That(project.TsConfig, Is.EqualTo("tsconfig.pulumi.json"));
            Assert.That(project.NodeArgs, Is.EqualTo(["--inspect", "--trace-warnings"]));
        });
    }

    [Test]
    public void WrongMainAndOptionsAreAllReportedAtTheirLines()
    {
        using var temp = new TempProgram("name: p\nruntime:\n  name: nodejs\n  options:\n    typescript: maybe\n    nodeargs: [a]\nmain: nowhere/\n");

        var (project, errors) = From(temp);

        Assert.Multiple(() =>
        {
            Assert.That(project, Is.Null);
            Assert.That(errors, Is.EqualTo([
                "Pulumi.yaml:7: main 'nowhere/' is neither a folder nor a file (it is relative to Pulumi.yaml)",
                "Pulumi.yaml:5: runtime option 'typescript' must be true or false",
                "Pulumi.yaml:6: runtime option 'nodeargs' must be a string of node arguments, separated by spaces",]));
        });
    }

    private static bool SameProject(NodeProject a, NodeProject b) =>
        (a.RootDirectory, a.ProgramDirectory, a.EntryPoint, a.TypeScript, a.TsConfig, a.CurrentDirectory)
            == (b.RootDirectory, b.ProgramDirectory, b.EntryPoint, b.TypeScript, b.TsConfig, b.CurrentDirectory)
        && a.NodeArgs.SequenceEqual(b.NodeArgs);
}
