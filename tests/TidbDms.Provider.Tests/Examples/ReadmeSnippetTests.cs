using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using TidbDms.Provider.Tests.Schema;
using TidbDms.Provider.Tests.Sdk;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Examples;

/// <summary>
/// The README's "Use it from any language" snippets are whole programs, checked as the example programs are:
/// the Python, Go and C# ones use only what the generated SDKs have (the C# one compiles against them), and
/// each gives the component and exports what the YAML one does.
/// </summary>
public sealed partial class ReadmeSnippetTests
{
    private static readonly Lazy<IReadOnlyDictionary<string, string>> Snippets = new(() =>
    {
        var readme = File.ReadAllText(RepositoryRoot.File("README.md"));
        var start = readme.IndexOf("\n## Use it from any language\n", StringComparison.Ordinal);
        Assert.That(start, Is.GreaterThan(0), "README.md has a section 'Use it from any language'");
        var end = readme.IndexOf("\n## ", start + 1, StringComparison.Ordinal);
        var blocks = Fence().Matches(readme[start..end]).Select(m => (Language: m.Groups["language"].Value, Code: m.Groups["code"].Value)).ToList();
        Assert.That(blocks.Select(b => b.Language), Is.EqualTo(new[] { "yaml", "ts", "python", "go", "csharp" }), "one snippet per language, in this order");
        return blocks.ToDictionary(b => b.Language, b => b.Code, StringComparer.Ordinal);
    });

    private static YamlTwin Yaml => YamlTwin.Parse(Snippets.Value["yaml"], "the README's YAML snippet");

    [Test]
    public void YamlSnippetGivesTheComponentTheRequiredInputs()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Yaml.Settings.Keys, Is.EquivalentTo(["tier", "connectivity", "endpointType", "cluster.host", "cluster.username", "cluster.password"]));
            Assert.That(Yaml.Settings["cluster.password"], Is.EqualTo("secret:tidbPassword"));
            Assert.That(Yaml.Exports, Is.EquivalentTo(new Dictionary<string, string> { ["vpcId"] = "vpcId" }));
        });
    }

    [Category(TestCategories.Python)]
    [Test]
    public void PythonSnippetUsesTheSdkAsTheYamlOneDoes()
    {
        var dir = TempFolder("__main__.py", Snippets.Value["python"]);
        try
        {
            var (run, report) = PythonExampleTests.RunCheck(dir);
            Assert.That(report, Is.Not.Null, run.Describe("check_example.py on the README's Python snippet"));

            Assert.Multiple(() =>
            {
                Assert.That(PythonExampleTests.Problems(report!.RootElement), Is.Empty);
                Assert.That(ExampleValues.Canonical(PythonExampleTests.Map(report.RootElement, "settings")), Is.EquivalentTo(Yaml.Settings));
                Assert.That(PythonExampleTests.Map(report.RootElement, "exports"), Is.EquivalentTo(Yaml.Exports));
            });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Category(TestCategories.Go)]
    [Test]
    public void GoSnippetIsGofmtCleanAndUsesTheSdkAsTheYamlOneDoes()
    {
        var dir = TempFolder("main.go", Snippets.Value["go"]);
        try
        {
            var gofmt = ToolRun.Run(ToolRun.Require("gofmt"), dir, null, "-l", ".");
            var (run, report) = GoTool.RunCheck("examplecheck", dir);
            Assert.That(report, Is.Not.Null, run.Describe("examplecheck on the README's Go snippet"));
            var exports = report!.RootElement.GetProperty("exports").EnumerateObject()
                .ToDictionary(e => e.Name, e => GoExampleTests.Tag("TidbDmsMigration", e.Value.GetString()!), StringComparer.Ordinal);

            Assert.Multiple(() =>
            {
                Assert.That((gofmt.ExitCode, gofmt.Output), Is.EqualTo((0, "")), gofmt.Describe("gofmt -l"));
                Assert.That(GoExampleTests.Problems(report.RootElement), Is.Empty);
                Assert.That(ExampleValues.Canonical(GoExampleTests.Settings(report.RootElement)), Is.EquivalentTo(Yaml.Settings));
                Assert.That(exports, Is.EquivalentTo(Yaml.Exports));
            });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void CSharpSnippetCompilesAgainstTheSdkAndUsesItAsTheYamlOneDoes()
    {
        var build = CSharpExampleTests.Build.Of(Snippets.Value["csharp"]);

        Assert.Multiple(() =>
        {
            Assert.That(build.Program.GetDiagnostics().Where(d => d.Severity >= DiagnosticSeverity.Warning).Select(d => d.ToString()), Is.Empty);
            Assert.That(ExampleValues.Canonical(build.Settings()), Is.EquivalentTo(Yaml.Settings));
            Assert.That(build.Exports(), Is.EquivalentTo(Yaml.Exports));
        });
    }

    private static string TempFolder(string file, string content)
    {
        var dir = Path.Combine(Path.GetTempPath(), "tidb-dms-snippet-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        File.WriteAllText(Path.Combine(dir, file), content);
        return dir;
    }

    [GeneratedRegex(@"^```(?<language>\w+)\n(?<code>.*?)^```$", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex Fence();
}
