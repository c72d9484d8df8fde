using TidbDms.Provider.Tests.Schema;
using YamlDotNet.RepresentationModel;

namespace TidbDms.Provider.Tests.Examples;

/// <summary>
/// Every folder under examples/, whatever its language: a README, a row in examples/README.md, and a
/// Pulumi.yaml whose runtime matches the program files beside it; and each way of reaching the plugin
/// points at this repository's provider folder.
/// </summary>
public sealed class ExampleFolderTests
{
    /// <summary>The files a Pulumi program of each runtime consists of (the YAML program is Pulumi.yaml itself).</summary>
    private static readonly Dictionary<string, string[]> ProgramFiles = new(StringComparer.Ordinal)
    {
        ["yaml"] = [],
        ["nodejs"] = ["index.ts", "package.json"],
        ["python"] = ["__main__.py", "requirements.txt"],
        ["go"] = ["main.go", "go.mod"],
        ["dotnet"] = ["Program.cs"],
    };

    /// <summary>The folder that holds the CI recipe for pull requests, not a program.</summary>
    private const string CiRecipe = "ci";

    private static IEnumerable<string> Folders() =>
        Directory.GetDirectories(RepositoryRoot.File("examples")).Select(Path.GetFileName).Where(f => f != CiRecipe).Order(StringComparer.Ordinal)!;

    [Test]
    public void CiRecipeIsTheOneFolderThatIsNotAProgram()
    {
        var ci = RepositoryRoot.File("examples", CiRecipe);
        Assert.Multiple(() =>
        {
            Assert.That(Folders().Where(f => !File.Exists(Path.Combine(RepositoryRoot.File("examples", f), "Pulumi.yaml"))), Is.Empty);
            Assert.That(File.Exists(Path.Combine(ci, "Pulumi.yaml")), Is.False);
            Assert.That(File.ReadAllText(Path.Combine(ci, "README.md")), Does.StartWith("# "));
            Assert.That(File.ReadAllText(RepositoryRoot.File("examples", "README.md")), Does.Contain("[ci](ci/)"));
        });
    }

    [Test]
    public void CiRecipeWorkflowRunsTheTestedScriptAndPostsItsComment()
    {
        var workflow = new YamlStream();
        using (var reader = new StreamReader(Path.Combine(RepositoryRoot.File("examples", CiRecipe), "github-actions", "pr-preview.yml")))
        {
            workflow.Load(reader);
        }

        var root = (YamlMappingNode)workflow.Documents[0].RootNode;
        var steps = (YamlSequenceNode)((YamlMappingNode)((YamlMappingNode)root["jobs"])["preview"])["steps"];
        var runs = steps.Children.OfType<YamlMappingNode>()
            .Select(s => s.Children.TryGetValue(new YamlScalarNode("run"), out var run) ? ((YamlScalarNode)run).Value! : "")
            .ToList();
        var permissions = (YamlMappingNode)root["permissions"];
        Assert.Multiple(() =>
        {
            Assert.That(runs, Has.One.StartsWith("examples/ci/pr-preview.sh "));
            Assert.That(runs, Has.One.Contains("gh pr comment").And.Contains("pr-preview/comment.md"));
            Assert.That(runs, Has.One.Contains("pulumi preview --diff"));
            Assert.That(((YamlScalarNode)permissions["pull-requests"]).Value, Is.EqualTo("write"));
            Assert.That(File.Exists(RepositoryRoot.File("examples", CiRecipe, "pr-preview.sh")), Is.True);
        });
    }

    [Test]
    public void ExamplesHaveAYamlProgramPerScenarioAndOneProgramPerSdkLanguage()
    {
        var runtimes = Folders().ToDictionary(f => f, f => Runtime(Project(f)), StringComparer.Ordinal);

        Assert.Multiple(() =>
        {
            Assert.That(runtimes.Count(r => r.Value == "yaml"), Is.EqualTo(10));
            foreach (var example in SdkExample.All)
            {
                Assert.That(runtimes.GetValueOrDefault(example.Name), Is.EqualTo(example.Runtime), example.Name);
                Assert.That(runtimes.GetValueOrDefault(example.Twin), Is.EqualTo("yaml"), example.Twin);
            }
        });
    }

    [TestCaseSource(nameof(Folders))]
    public void FolderHasAReadmeAndAListingInTheExamplesReadme(string folder)
    {
        var readme = Path.Combine(RepositoryRoot.File("examples", folder), "README.md");

        Assert.Multiple(() =>
        {
            Assert.That(File.Exists(readme), Is.True, $"{folder}/README.md");
            Assert.That(File.Exists(readme) ? File.ReadAllText(readme) : "", Does.StartWith("# "));
            Assert.That(File.ReadAllText(RepositoryRoot.File("examples", "README.md")), Does.Contain($"| [{folder}]({folder}/) |"));
        });
    }

    [TestCaseSource(nameof(Folders))]
    public void FolderRuntimeMatchesItsProgramFiles(string folder)
    {
        var dir = RepositoryRoot.File("examples", folder);
        var project = Project(folder);
        var runtime = Runtime(project);

        Assert.That(ProgramFiles, Does.ContainKey(runtime), $"{folder}: runtime '{runtime}'");
        var others = ProgramFiles.Where(p => p.Key != runtime).SelectMany(p => p.Value).Where(f => File.Exists(Path.Combine(dir, f)));
        Assert.Multiple(() =>
        {
            Assert.That(ProgramFiles[runtime].Where(f => !File.Exists(Path.Combine(dir, f))), Is.Empty, $"{folder}: files a {runtime} program needs");
            Assert.That(others, Is.Empty, $"{folder}: program files of another runtime than {runtime}");
            if (runtime == "yaml")
            {
                Assert.That(project.Children, Does.ContainKey(new YamlScalarNode("resources")), $"{folder}: a YAML program declares its resources");
            }
            else if (runtime == "dotnet")
            {
                Assert.That(Directory.GetFiles(dir, "*.csproj"), Has.Length.EqualTo(1), $"{folder}: one project");
            }
        });
    }

    /// <summary>YAML programs take the plugin as a package; the SDK-language ones (TypeScript included) name only the plugin (their SDK comes from sdk/).</summary>
    [TestCaseSource(nameof(Folders))]
    public void FolderReachesThePluginInThisRepositorysProviderFolder(string folder)
    {
        var project = Project(folder);
        var runtime = Runtime(project);
        var sdkExample = runtime != "yaml";

        var path = sdkExample ? PluginProviderPath(project) : ((YamlScalarNode)((YamlMappingNode)project["packages"])["tidb-dms"]).Value!;

        Assert.Multiple(() =>
        {
            Assert.That(path, Is.EqualTo("../../provider"));
            Assert.That(File.Exists(Path.Combine(RepositoryRoot.File("examples", folder), path, "PulumiPlugin.yaml")), Is.True, "the folder runs the plugin from source");
            if (sdkExample)
            {
                Assert.That(project.Children, Does.Not.ContainKey(new YamlScalarNode("packages")), "packages: would make `pulumi install` generate a second SDK");
            }
        });
    }

    private static string PluginProviderPath(YamlMappingNode project)
    {
        var providers = (YamlSequenceNode)((YamlMappingNode)project["plugins"])["providers"];
        var provider = (YamlMappingNode)providers.Children.Single();
        Assert.That(((YamlScalarNode)provider["name"]).Value, Is.EqualTo("tidb-dms"));
        return ((YamlScalarNode)provider["path"]).Value!;
    }

    private static YamlMappingNode Project(string folder)
    {
        var file = Path.Combine(RepositoryRoot.File("examples", folder), "Pulumi.yaml");
        Assert.That(File.Exists(file), Is.True, $"{folder}/Pulumi.yaml");
        var stream = new YamlStream();
        using (var reader = new StreamReader(file))
        {
            stream.Load(reader);
        }

        return (YamlMappingNode)stream.Documents[0].RootNode;
    }

    /// <summary><c>runtime: go</c>, or <c>runtime: { name: python, options: … }</c>.</summary>
    private static string Runtime(YamlMappingNode project) =>
        project["runtime"] switch
        {
            YamlScalarNode scalar => scalar.Value!,
            YamlMappingNode mapping => ((YamlScalarNode)mapping["name"]).Value!,
            _ => "",
        };
}
