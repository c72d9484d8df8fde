using System.Text.Json;
using TidbDms.Provider.Tests.Schema;
using TidbDms.Provider.Tests.Sdk;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Examples;

/// <summary>
/// The Python example, without the pulumi package (PyPI is unreachable here): tests/python/check_example.py
/// byte-compiles it and, with ast and check_sdk.py's readers of the generated SDK, finds every class,
/// keyword argument, enum member and output it uses in sdk/python; it reports what the program gives the
/// component, which must be what the YAML twin gives it.
/// </summary>
[Category(TestCategories.Python)]
public sealed class PythonExampleTests
{
    private static readonly SdkExample Example = SdkExample.Python;

    private static readonly Lazy<(ToolResult Run, JsonDocument? Report)> Check = new(() => RunCheck(Example.Folder));

    private static JsonElement Report =>
        Check.Value.Report?.RootElement ?? throw new AssertionException(Check.Value.Run.Describe("python3 tests/python/check_example.py"));

    [Test]
    public void ProgramCompilesAndUsesOnlyNamesTheSdkHas()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Problems(Report), Is.Empty, Check.Value.Run.Describe("python3 tests/python/check_example.py"));
            Assert.That(Check.Value.Run.ExitCode, Is.Zero);
        });
    }

    [Test]
    public void ProgramGivesTheComponentWhatItsYamlTwinGives()
    {
        var twin = YamlTwin.Load(Example.Twin);

        Assert.Multiple(() =>
        {
            Assert.That(ExampleValues.Canonical(Map(Report, "settings")), Is.EquivalentTo(twin.Settings));
            Assert.That(Map(Report, "settings")["cluster.password"], Is.EqualTo("secret:tidbPassword"), "the password comes from config.require_secret");
            Assert.That(Map(Report, "settings")["tier"], Is.EqualTo("enum:Essential"));
        });
    }

    [Test]
    public void ProgramExportsWhatItsYamlTwinExports()
    {
        Assert.That(Map(Report, "exports"), Is.EquivalentTo(YamlTwin.Load(Example.Twin).Exports));
    }

    /// <summary>The checker fails on what the SDK lacks: a copy of the program with four wrong names.</summary>
    [Test]
    public void CheckerReportsEachNameTheSdkLacks()
    {
        var dir = Path.Combine(Path.GetTempPath(), "tidb-dms-pyexample-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var program = File.ReadAllText(Example.Program)
                .Replace("tidb_dms.Tier.ESSENTIAL", "tidb_dms.Tier.PREMIUM", StringComparison.Ordinal)
                .Replace("vpc_cidr=", "cidr=", StringComparison.Ordinal)
                .Replace("tidb_dms.PrivateEndpointArgs(", "tidb_dms.PrivateLinkArgs(", StringComparison.Ordinal)
                .Replace("migration.vpc_id)", "migration.vpc)", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(dir, "__main__.py"), program);

            var (run, report) = RunCheck(dir);

            Assert.Multiple(() =>
            {
                Assert.That(run.ExitCode, Is.EqualTo(1), run.Describe("check_example.py on the broken copy"));
                Assert.That(Problems(report!.RootElement).Select(p => p[(p.IndexOf(' ', StringComparison.Ordinal) + 1)..]), Is.EqualTo([
                    "tidb_dms.Tier.PREMIUM is not an enum member of the SDK",
                    "NetworkArgs takes no keyword argument 'cidr'",
                    "tidb_dms.PrivateLinkArgs is not a class of the SDK",
                    "TidbDmsMigration has no output 'vpc'",]));
            });
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void RequirementsInstallPulumiAndThisRepositorysSdkEditable()
    {
        var lines = File.ReadAllLines(Path.Combine(Example.Folder, "requirements.txt"))
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .ToList();
        var sdk = Path.GetFullPath(Path.Combine(Example.Folder, "..", "..", "sdk", "python"));

        Assert.Multiple(() =>
        {
            Assert.That(lines, Is.EqualTo(["pulumi>=3.165.0,<4.0.0", "-e ../../sdk/python"]));
            Assert.That(sdk, Is.EqualTo(RepositoryRoot.File("sdk", "python")));
            Assert.That(File.ReadAllText(Path.Combine(sdk, "setup.py")), Does.Contain("setup(name='pulumi_tidb_dms',"));
        });
    }

    [Test]
    public void CheckLeavesNoBytecodeBehind()
    {
        _ = Report;

        Assert.That(Directory.GetDirectories(Example.Folder, "__pycache__", SearchOption.AllDirectories), Is.Empty);
    }

    /// <summary>tests/python/check_example.py on a folder holding a __main__.py, and its JSON report (null when it printed none).</summary>
    internal static (ToolResult Run, JsonDocument? Report) RunCheck(string programDir)
    {
        var run = ToolRun.Run(
            ToolRun.Require("python3"),
            RepositoryRoot.Path,
            new Dictionary<string, string> { ["PYTHONDONTWRITEBYTECODE"] = "1" },
            RepositoryRoot.File("tests", "python", "check_example.py"),
            programDir,
            RepositoryRoot.File("sdk", "python"));
        return (run, run.Output.TrimStart().StartsWith('{') ? JsonDocument.Parse(run.Output) : null);
    }

    internal static List<string> Problems(JsonElement report) =>
        [.. report.GetProperty("problems").EnumerateArray().Select(p => p.GetString()!)];

    internal static Dictionary<string, string> Map(JsonElement report, string name) =>
        report.GetProperty(name).EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!, StringComparer.Ordinal);
}
