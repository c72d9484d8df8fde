using System.Text.Json;
using TidbDms.Provider.Tests.Schema;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Sdk;

/// <summary>
/// The generated Python SDK, without the pulumi package (PyPI is unreachable here): tests/python/check_sdk.py
/// byte-compiles every file and parses the package with ast, comparing classes, keyword arguments, getters and
/// enum members with the schema (deriving Python's names itself); these tests read its report.
/// </summary>
[Category(TestCategories.Python)]
public sealed class PythonSdkTests
{
    private static readonly Lazy<(ToolResult Run, JsonDocument? Report)> Check = new(() =>
    {
        var python = ToolRun.Require("python3");
        var run = ToolRun.Run(python, RepositoryRoot.Path, null, RepositoryRoot.File("tests", "python", "check_sdk.py"), RepositoryRoot.File("sdk", "python"), RepositoryRoot.File("provider", "schema.json"));
        var report = run.Output.TrimStart().StartsWith('{') ? JsonDocument.Parse(run.Output) : null;
        return (run, report);
    });

    private static JsonElement Report =>
        Check.Value.Report?.RootElement ?? throw new AssertionException(Check.Value.Run.Describe("python3 tests/python/check_sdk.py"));

    private static readonly string Package = RepositoryRoot.File("sdk", "python", "pulumi_tidb_dms");

    [Test]
    public void EveryFileByteCompiles()
    {
        var compiled = Report.GetProperty("compiled").EnumerateArray().Select(e => e.GetString()).ToList();
        var files = Directory.GetFiles(RepositoryRoot.File("sdk", "python"), "*.py", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(RepositoryRoot.File("sdk", "python"), f).Replace('\\', '/'));

        Assert.Multiple(() =>
        {
            Assert.That(compiled, Is.EquivalentTo(files));
            Assert.That(compiled, Does.Contain("setup.py").And.Contain("pulumi_tidb_dms/tidb_dms_migration.py"));
            Assert.That(Report.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).Where(p => p!.Contains("does not compile", StringComparison.Ordinal)), Is.Empty);
        });
    }

    [Test]
    public void PackageMatchesTheSchema()
    {
        var problems = Report.GetProperty("problems").EnumerateArray().Select(p => p.GetString()).ToList();
        var checkedCounts = Report.GetProperty("checked");

        Assert.Multiple(() =>
        {
            Assert.That(problems, Is.Empty, Check.Value.Run.Describe("python3 tests/python/check_sdk.py"));
            Assert.That(Check.Value.Run.ExitCode, Is.Zero);
            Assert.That(checkedCounts.GetProperty("resources").GetInt32(), Is.EqualTo(1));
            Assert.That(checkedCounts.GetProperty("types").GetInt32(), Is.EqualTo(SchemaFacts.ObjectTypes.Count));
            Assert.That(checkedCounts.GetProperty("enums").GetInt32(), Is.EqualTo(SchemaFacts.Enums.Count));
        });
    }

    /// <summary>The spellings a Python program writes, pinned (the checker derives them; these say what they are).</summary>
    [TestCase("tidb_dms_migration.py", "@pulumi.type_token(\"tidb-dms:index:TidbDmsMigration\")\nclass TidbDmsMigration(pulumi.ComponentResource):")]
    [TestCase("tidb_dms_migration.py", "    @pulumi.getter(name=\"ipAccessListCidrs\")\n    def ip_access_list_cidrs(self) -> pulumi.Output[Optional[Sequence[_builtins.str]]]:")]
    [TestCase("tidb_dms_migration.py", "                 endpoint_type: Optional['EndpointType'] = None,")]
    [TestCase("tidb_dms_migration.py", "            remote=True)")]
    [TestCase("_enums.py", "    VERIFY_CA = \"verify-ca\"")]
    [TestCase("_enums.py", "    FULL_LOAD_AND_CDC = \"full-load-and-cdc\"")]
    [TestCase("_inputs.py", "class ClusterArgsDict(TypedDict):")]
    [TestCase("_inputs.py", "    password: NotRequired[pulumi.Input[_builtins.str]]")]
    [TestCase("_inputs.py", "        if port is None:\n            port = 4000")]
    [TestCase("_inputs.py", "    @pulumi.getter(name=\"caCertificatePem\")\n    def ca_certificate_pem(self) -> Optional[pulumi.Input[_builtins.str]]:")]
    public void PackageSpellsNamesAsPythonProgramsUseThem(string file, string text)
    {
        Assert.That(File.ReadAllText(Path.Combine(Package, file)), Does.Contain(text));
    }

    [Test]
    public void SetupPyRequiresPulumiWithTypeToken()
    {
        var setup = File.ReadAllText(RepositoryRoot.File("sdk", "python", "setup.py"));

        Assert.Multiple(() =>
        {
            Assert.That(setup, Does.Contain("setup(name='pulumi_tidb_dms',"));
            Assert.That(setup, Does.Contain($"VERSION = \"{SchemaFacts.Version}\""));
            Assert.That(setup, Does.Contain("'pulumi>=3.165.0,<4.0.0',"));
            Assert.That(setup, Does.Contain("'pulumi-plugin.json',"));
        });
    }
}
