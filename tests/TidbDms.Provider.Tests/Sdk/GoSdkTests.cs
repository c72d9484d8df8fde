using System.Text.Json;
using TidbDms.Provider.Tests.Schema;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Sdk;

/// <summary>
/// The generated Go SDK, without the Pulumi Go SDK (the module proxy is unreachable, so no go vet or build):
/// gofmt finds nothing to change, and tests/go/sdkcheck (go/parser, standard library only) lists its structs,
/// `pulumi:"…"` tags and enum constants, which must match the schema.
/// </summary>
[Category(TestCategories.Go)]
public sealed class GoSdkTests
{
    private static readonly string PackageDir = RepositoryRoot.File("sdk", "go", "tidbdms");

    private static JsonElement Report => GoTool.SdkReport;

    [Test]
    public void GofmtFindsNothingToChange()
    {
        var run = ToolRun.Run(ToolRun.Require("gofmt"), RepositoryRoot.Path, null, "-l", RepositoryRoot.File("sdk", "go"));

        Assert.Multiple(() =>
        {
            Assert.That(run.ExitCode, Is.Zero, run.Describe("gofmt -l sdk/go"));
            Assert.That(run.Output, Is.Empty, "gofmt would reformat these files");
        });
    }

    [Test]
    public void PackageIsTidbdmsAndRegistersTheRemoteComponent()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Report.GetProperty("packages").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(["tidbdms"]));
            Assert.That(Report.GetProperty("registrations").EnumerateArray().Select(p => p.GetString()), Is.EqualTo(new[]
            {
                $"RegisterRemoteComponentResource {SchemaFacts.ComponentToken}",
                "RegisterResource pulumi:providers:tidb-dms",
            }));
            Assert.That(Report.GetProperty("funcs").EnumerateArray().Select(p => p.GetString()), Does.Contain("NewTidbDmsMigration").And.Contain("NewProvider"));
        });
    }

    [Test]
    public void ComponentStructHasAnOutputFieldPerSchemaOutput()
    {
        Assert.That(Fields("TidbDmsMigration").Where(f => f.Tag.Length > 0).Select(f => (f.Name, f.Tag)),
            Is.EquivalentTo(SchemaFacts.Outputs.Select(o => (SchemaFacts.Pascal(o.Name), o.Name))));
    }

    [Test]
    public void ArgsStructsHaveAFieldPerSchemaInput()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Fields("tidbDmsMigrationArgs").Select(f => (f.Name, f.Tag)),
                Is.EquivalentTo(SchemaFacts.Inputs.Select(i => (SchemaFacts.Pascal(i.Name), i.Name))));
            Assert.That(Fields("TidbDmsMigrationArgs").Select(f => f.Name),
                Is.EquivalentTo(SchemaFacts.Inputs.Select(i => SchemaFacts.Pascal(i.Name))));
        });
    }

    [TestCase("Tier", "Tier")]
    [TestCase("Cluster", "ClusterInput")]
    [TestCase("Network", "*NetworkArgs")]
    [TestCase("PrivateEndpoint", "PrivateEndpointPtrInput")]
    [TestCase("DmsIamRoles", "*DmsIamRoles")]
    [TestCase("Tags", "pulumi.StringMapInput")]
    public void ArgsStructTakesPlainInputsBareAndOthersAsInputs(string field, string type)
    {
        Assert.That(Fields("TidbDmsMigrationArgs").Single(f => f.Name == field).Type, Is.EqualTo(type));
    }

    private static IEnumerable<string> ObjectTypeNames() => SchemaFacts.ObjectTypes.Keys.Order(StringComparer.Ordinal);

    [TestCaseSource(nameof(ObjectTypeNames))]
    public void ObjectTypePlainAndArgsStructsTagEveryProperty(string type)
    {
        var expected = SchemaFacts.ObjectTypes[type].Select(p => (SchemaFacts.Pascal(p.Name), p.Name)).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(Fields(type).Select(f => (f.Name, f.Tag)), Is.EquivalentTo(expected), type);
            Assert.That(Fields(type + "Args").Select(f => (f.Name, f.Tag)), Is.EquivalentTo(expected), type + "Args");
        });
    }

    [Test]
    public void EnumConstantsAreTypedAndCarryTheWireValues()
    {
        var constants = Report.GetProperty("consts").EnumerateArray()
            .Select(c => (c.GetProperty("name").GetString(), c.GetProperty("type").GetString(), c.GetProperty("value").GetString()));
        var expected = SchemaFacts.Enums.SelectMany(e => e.Value.Select(v => ((string?)(e.Key + v.Name), (string?)e.Key, (string?)v.Value)));

        Assert.Multiple(() =>
        {
            Assert.That(constants, Is.EquivalentTo(expected));
            Assert.That(constants, Does.Contain(((string?)"SslModeVerifyCa", (string?)"SslMode", (string?)"verify-ca")));
        });
    }

    [Test]
    public void GoModDeclaresTheModuleOfTheImportPath()
    {
        var goMod = File.ReadAllText(RepositoryRoot.File("sdk", "go.mod"));

        Assert.Multiple(() =>
        {
            Assert.That(goMod, Does.StartWith("module github.com/tidb-dms/tidb-dms/sdk\n"));
            Assert.That(goMod, Does.Contain("\tgithub.com/pulumi/pulumi/sdk/v3 v3."));
            Assert.That(File.ReadAllText(Path.Combine(PackageDir, "pulumi-plugin.json")), Does.Contain("\"name\": \"tidb-dms\""));
        });
    }

    private static IReadOnlyList<GoField> Fields(string structName)
    {
        var fields = GoTool.Fields(structName);
        Assert.That(fields, Is.Not.Null, $"no struct {structName}");
        return fields!;
    }
}
