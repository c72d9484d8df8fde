using System.Diagnostics;
using TidbDms.Provider.Tests.Hosting;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>
/// <c>examples/ci/pr-preview.sh</c>, the script the example workflow calls, run for real on a git
/// repository with two commits of the Starter example (the second is
/// <see cref="PullRequestPreviewTests.Head"/>), with the built plugin as its preview command and
/// no network: the comment it writes is the golden PR comment; a head that does not preview gives
/// a comment with its errors and exit code 1; a program new in the head is all created.
/// </summary>
internal sealed class PrPreviewScriptTests
{
    private const string Program = "examples/starter-public-nat-target";

    private static string Script => Path.Combine(RepositoryFiles.Root, "examples", "ci", "pr-preview.sh");

    private sealed class GitRepository : IDisposable
    {
        public GitRepository()
        {
            Directory.CreateDirectory(Root);
            Run("git", "init", "-q", "-b", "main");
        }

        public string Root { get; } = Path.Combine(Path.GetTempPath(), "tidb-dms-pr-" + Guid.NewGuid().ToString("N"));

        public void Write(string relative, string text)
        {
            var path = Path.Combine(Root, relative);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, text.ReplaceLineEndings("\n"));
        }

        public void Commit(string message)
        {
            Run("git", "add", "-A");
            Run("git", "-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-q", "-m", message);
        }

        public (int ExitCode, string Output, string Error) Run(string file, params string[] args)
        {
            var start = new ProcessStartInfo(file) { WorkingDirectory = Root, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            start.Environment["PREVIEW"] = PluginExecutable.Path();
            start.Environment["GIT_CONFIG_NOSYSTEM"] = "1";
            using var process = Process.Start(start)!;
            var output = process.StandardOutput.ReadToEndAsync();
            var error = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, output.Result, error.Result);
        }

        public void Dispose() => Directory.Delete(Root, recursive: true);
    }

    private static string ExampleYaml => File.ReadAllText(Path.Combine(RepositoryFiles.Example("starter-public-nat-target"), "Pulumi.yaml"));

    [Test]
    public void ScriptTwoCommitsOfTheExampleWritesTheGoldenComment()
    {
        using var repo = new GitRepository();
        repo.Write($"{Program}/Pulumi.yaml", ExampleYaml);
        repo.Commit("base");
        repo.Write($"{Program}/Pulumi.yaml", PullRequestPreviewTests.Head(ExampleYaml));
        repo.Commit("head");

        var (exitCode, output, error) = repo.Run("bash", Script, "HEAD~1", "HEAD", Program, "out");

        var golden = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "TidbDms.Provider.Tests", "Golden", "markdown", "starter-public-nat-target-pr.md"));
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0), error);
            Assert.That(File.ReadAllText(Path.Combine(repo.Root, "out", "comment.md")), Is.EqualTo(golden));
            Assert.That(output, Is.EqualTo(golden), "the comment is printed too");
            Assert.That(File.Exists(Path.Combine(repo.Root, "out", "base.json")), Is.True);
            Assert.That(repo.Run("git", "status", "--porcelain", "--untracked-files=no").Output, Is.Empty, "the working tree is left alone");
        });
    }

    [Test]
    public void ScriptHeadThatDoesNotPreviewCommentsItsErrors()
    {
        using var repo = new GitRepository();
        repo.Write($"{Program}/Pulumi.yaml", ExampleYaml);
        repo.Commit("base");
        repo.Write($"{Program}/Pulumi.yaml", ExampleYaml.Replace("tier: Starter", "tier: Basic", StringComparison.Ordinal));
        repo.Commit("head");

        var (exitCode, _, _) = repo.Run("bash", Script, "HEAD~1", "HEAD", Program, "out");

        var comment = File.ReadAllText(Path.Combine(repo.Root, "out", "comment.md"));
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(1));
            Assert.That(comment, Does.StartWith($"### Offline preview of `{Program}` (stack `dev`) failed\n\n```\nerror: {Program}/Pulumi.yaml:"));
            Assert.That(comment, Does.Contain("tier").And.EndWith("error: preview failed with 1 error; nothing was previewed\n```\n"));
            Assert.That(comment, Does.Not.Contain(Path.GetTempPath().TrimEnd('/') + "/tmp."), "no temporary paths");
        });
    }

    [Test]
    public void ScriptProgramNewInTheHeadIsAllCreated()
    {
        using var repo = new GitRepository();
        repo.Write("README.md", "empty\n");
        repo.Commit("base");
        repo.Write($"{Program}/Pulumi.yaml", ExampleYaml);
        repo.Commit("head");

        var (exitCode, output, error) = repo.Run("bash", Script, "HEAD~1", "HEAD", Program, "out");

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(0), error);
            Assert.That(error, Does.Contain($"the base (HEAD~1) has no {Program}/Pulumi.yaml: every resource shows as created"));
            Assert.That(output, Does.StartWith("### Offline preview of `starter-public-nat-target` (stack `dev`)\n\n**27 to create**\n"));
        });
    }
}
