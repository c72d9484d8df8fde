using System.Text.RegularExpressions;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;
using TidbDms.Provider.Tests.Schema;
using TidbDms.Provider.Tests.Sdk;

namespace TidbDms.Provider.Tests.Examples;

/// <summary>
/// The example programs in the SDK languages whose Pulumi SDKs cannot run here (Python, Go, .NET):
/// each parses, and every name it takes from the generated SDK exists there, so an SDK change that
/// breaks an example fails here. (TypeScript programs run for real, against the offline engine.)
/// </summary>
[TestFixture]
internal sealed partial class ExampleProgramsTests
{
    private static string Example(string name) => RepositoryRoot.File("examples", name);

    [Test]
    public void Every_example_has_a_readme_and_a_runtime_that_matches_its_files()
    {
        var problems = new List<string>();
        foreach (var dir in Directory.EnumerateDirectories(RepositoryRoot.File("examples")))
        {
            var name = Path.GetFileName(dir);
            var project = Path.Combine(dir, "Pulumi.yaml");
            if (!File.Exists(Path.Combine(dir, "README.md")) || !File.Exists(project))
            {
                problems.Add($"{name}: needs a README.md and a Pulumi.yaml");
                continue;
            }

            var runtime = RuntimeLine().Match(File.ReadAllText(project)).Groups["name"].Value;
            var expected = runtime switch
            {
                "yaml" => "Pulumi.yaml",
                "nodejs" => "index.ts",
                "python" => "__main__.py",
                "go" => "main.go",
                "dotnet" => "Program.cs",
                _ => null,
            };
            if (expected is null || !File.Exists(Path.Combine(dir, expected)))
            {
                problems.Add($"{name}: runtime '{runtime}' but no {expected ?? "program for it"}");
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void The_python_example_compiles_and_uses_only_names_the_sdk_has()
    {
        var run = ToolRun.Run(
            ToolRun.Require("python3"),
            RepositoryRoot.Path,
            new Dictionary<string, string> { ["PYTHONDONTWRITEBYTECODE"] = "1" },
            RepositoryRoot.File("tests", "python", "check_example.py"),
            Example("python-essential-private-endpoint"),
            RepositoryRoot.File("sdk", "python", "pulumi_tidb_dms"));

        Assert.That(run.ExitCode, Is.Zero, run.Describe("check_example.py"));
    }

    [Test]
    public void The_go_example_is_gofmt_clean_and_uses_only_names_the_sdk_has()
    {
        var dir = Example("go-dedicated-vpc-peering");
        var gofmt = ToolRun.Run(ToolRun.Require("gofmt"), dir, null, "-l", ".");
        var sdk = string.Join('\n', Directory.EnumerateFiles(RepositoryRoot.File("sdk", "go", "tidbdms"), "*.go", SearchOption.AllDirectories).Select(File.ReadAllText));
        var program = File.ReadAllText(Path.Combine(dir, "main.go"));
        var declared = GoDeclaration().Matches(sdk).Select(m => m.Groups["name"].Value).ToHashSet(StringComparer.Ordinal);
        var argsFields = GoArgsStruct().Matches(sdk)
            .SelectMany(m => GoField().Matches(m.Groups["body"].Value).Select(f => f.Groups["name"].Value))
            .ToHashSet(StringComparer.Ordinal);
        var outputs = GoComponentStruct().Match(sdk).Groups["body"].Value;

        Assert.Multiple(() =>
        {
            Assert.That(gofmt.ExitCode, Is.Zero, gofmt.Describe("gofmt -l ."));
            Assert.That(gofmt.Output, Is.Empty, "gofmt would reformat these files");
            Assert.That(GoSdkName().Matches(program).Select(m => m.Groups["name"].Value).Where(n => !declared.Contains(n)), Is.Empty, "tidbdms.X names the SDK does not declare");
            Assert.That(GoFieldUse().Matches(program).Select(m => m.Groups["name"].Value).Where(n => !argsFields.Contains(n)), Is.Empty, "fields no *Args struct of the SDK has");
            Assert.That(GoOutputUse().Matches(program).Select(m => m.Groups["name"].Value).Where(n => !Regex.IsMatch(outputs, $@"^\s+{n}\s", RegexOptions.Multiline)), Is.Empty, "outputs TidbDmsMigration lacks");
            Assert.That(File.ReadAllText(Path.Combine(dir, "go.mod")), Does.Contain("replace github.com/tidb-dms/tidb-dms/sdk => ../../sdk"));
        });
    }

    [Test]
    public void The_csharp_example_parses_and_uses_only_names_the_sdk_has()
    {
        var options = new CSharpParseOptions(LanguageVersion.CSharp12);
        var sdk = Directory.EnumerateFiles(RepositoryRoot.File("sdk", "dotnet"), "*.cs", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Select(f => CSharpSyntaxTree.ParseText(File.ReadAllText(f), options).GetRoot())
            .ToList();
        var members = sdk.SelectMany(r => r.DescendantNodes().OfType<TypeDeclarationSyntax>())
            .GroupBy(t => t.Identifier.Text)
            .ToDictionary(
                g => g.Key,
                g => g.SelectMany(t => t.Members.OfType<PropertyDeclarationSyntax>().Select(p => p.Identifier.Text)).ToHashSet(StringComparer.Ordinal),
                StringComparer.Ordinal);
        var tree = CSharpSyntaxTree.ParseText(File.ReadAllText(Path.Combine(Example("csharp-serverless-with-task"), "Program.cs")), options);
        var root = tree.GetRoot();

        var problems = new List<string>();
        foreach (var creation in root.DescendantNodes().OfType<ObjectCreationExpressionSyntax>())
        {
            var type = creation.Type.ToString().Split('.')[^1];
            if (!members.TryGetValue(type, out var properties) || creation.Initializer is null)
            {
                continue;
            }

            problems.AddRange(creation.Initializer.Expressions.OfType<AssignmentExpressionSyntax>()
                .Select(a => a.Left.ToString())
                .Where(name => !properties.Contains(name))
                .Select(name => $"{type} has no property {name}"));
        }

        problems.AddRange(root.DescendantNodes().OfType<MemberAccessExpressionSyntax>()
            .Where(m => m.Expression.ToString() is var left && members.ContainsKey(left) && left is not "TidbDmsMigration")
            .Where(m => !members[m.Expression.ToString()].Contains(m.Name.Identifier.Text))
            .Select(m => $"{m} is not a member of the SDK"));
        problems.AddRange(root.DescendantNodes().OfType<MemberAccessExpressionSyntax>()
            .Where(m => m.Expression.ToString() == "migration" && !members["TidbDmsMigration"].Contains(m.Name.Identifier.Text))
            .Select(m => $"TidbDmsMigration has no output {m.Name}"));

        Assert.Multiple(() =>
        {
            Assert.That(tree.GetDiagnostics().Select(d => d.ToString()), Is.Empty);
            Assert.That(problems, Is.Empty);
            Assert.That(root.DescendantNodes().OfType<ObjectCreationExpressionSyntax>().Select(c => c.Type.ToString()),
                Does.Contain("TidbDmsMigration"), "the program creates the component");
        });
    }

    [GeneratedRegex(@"^runtime:[ \t]*(?:\n[ \t]+name:[ \t]*)?(?<name>\w+)", RegexOptions.Multiline)]
    private static partial Regex RuntimeLine();

    [GeneratedRegex(@"^(?:type|func)\s+(?<name>[A-Z]\w*)|^\s+(?<name>[A-Z]\w*)\s*=\s*\w+\(""", RegexOptions.Multiline)]
    private static partial Regex GoDeclaration();

    [GeneratedRegex(@"^type \w+Args struct \{(?<body>.*?)^\}", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex GoArgsStruct();

    [GeneratedRegex(@"^type TidbDmsMigration struct \{(?<body>.*?)^\}", RegexOptions.Multiline | RegexOptions.Singleline)]
    private static partial Regex GoComponentStruct();

    [GeneratedRegex(@"^\s+(?<name>[A-Z]\w*)\s", RegexOptions.Multiline)]
    private static partial Regex GoField();

    [GeneratedRegex(@"tidbdms\.(?<name>\w+)")]
    private static partial Regex GoSdkName();

    [GeneratedRegex(@"^\s+(?<name>[A-Z]\w*):\s", RegexOptions.Multiline)]
    private static partial Regex GoFieldUse();

    [GeneratedRegex(@"migration\.(?<name>\w+)")]
    private static partial Regex GoOutputUse();
}
