using System.Text.Json;
using TidbDms.Provider.Tests.Schema;
using TidbDms.Provider.Tests.Sdk;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Examples;

/// <summary>
/// The Go example, without the Pulumi Go SDK (the module proxy is unreachable here, so it cannot be built):
/// it is gofmt-clean; tests/go/examplecheck (go/parser, standard library only) lists what it takes from the
/// SDK, which is compared with the SDK's declarations as tests/go/sdkcheck lists them: every name exists,
/// every field it sets exists, and each value is of the kind the field's Go type takes (a pointer for a
/// <c>*XArgs</c>, an input for an <c>…Input</c>, a Go value for a plain field); and what it gives the
/// component must be what the YAML twin gives it.
/// </summary>
[Category(TestCategories.Go)]
public sealed class GoExampleTests
{
    private const string SdkModule = "github.com/tidb-dms/tidb-dms/sdk";

    private static readonly SdkExample Example = SdkExample.Go;

    private static readonly Lazy<(ToolResult Run, JsonDocument? Report)> Check = new(() => GoTool.RunCheck("examplecheck", Example.Folder));

    private static JsonElement Report =>
        Check.Value.Report?.RootElement ?? throw new AssertionException(Check.Value.Run.Describe("go run tests/go/examplecheck/main.go examples/" + Example.Name));

    [Test]
    public void GofmtFindsNothingToChange()
    {
        var run = ToolRun.Run(ToolRun.Require("gofmt"), Example.Folder, null, "-l", ".");

        Assert.That((run.ExitCode, run.Output), Is.EqualTo((0, "")), run.Describe("gofmt -l ."));
    }

    [Test]
    public void ProgramUsesOnlyNamesFieldsAndValuesTheSdkTakes()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Report.GetProperty("sdkAlias").GetString(), Is.EqualTo("tidbdms"));
            Assert.That(Strings(Report, "components"), Is.EqualTo(["migration"]));
            Assert.That(Problems(Report), Is.Empty);
            Assert.That(Strings(Report, "sdkNames"), Does.Contain("NewTidbDmsMigration").And.Contain("TidbDmsMigrationArgs").And.Contain("VpcPeeringArgs"));
        });
    }

    [Test]
    public void ProgramGivesTheComponentWhatItsYamlTwinGives()
    {
        var settings = Settings(Report);

        Assert.Multiple(() =>
        {
            Assert.That(ExampleValues.Canonical(settings), Is.EquivalentTo(YamlTwin.Load(Example.Twin).Settings));
            Assert.That(settings["cluster.password"], Is.EqualTo("secret:tidbPassword"), "the password comes from cfg.RequireSecret");
            Assert.That(settings["connectivity"], Is.EqualTo("enum:VpcPeering"));
        });
    }

    [Test]
    public void ProgramExportsWhatItsYamlTwinExports()
    {
        var exports = Report.GetProperty("exports").EnumerateObject().ToDictionary(e => e.Name, e => Tag("TidbDmsMigration", e.Value.GetString()!), StringComparer.Ordinal);

        Assert.That(exports, Is.EquivalentTo(YamlTwin.Load(Example.Twin).Exports));
    }

    /// <summary>The comparison fails on what the SDK does not take: a copy of the program with five mistakes.</summary>
    [Test]
    public void CheckReportsEachNameFieldAndValueTheSdkDoesNotTake()
    {
        var dir = Path.Combine(Path.GetTempPath(), "tidb-dms-goexample-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        try
        {
            var program = File.ReadAllText(Example.Program)
                .Replace("tidbdms.TierDedicated", "tidbdms.TierPremium", StringComparison.Ordinal)
                .Replace("Network: &tidbdms.NetworkArgs{", "Network: tidbdms.NetworkArgs{", StringComparison.Ordinal)
                .Replace("VpcCidr: pulumi.String(\"10.0.0.0/16\")", "VpcCidr: \"10.0.0.0/16\"", StringComparison.Ordinal)
                .Replace("TidbCidr:", "ProjectCidr:", StringComparison.Ordinal)
                .Replace("migration.VpcId)", "migration.Vpc)", StringComparison.Ordinal);
            File.WriteAllText(Path.Combine(dir, "main.go"), program);

            var (run, report) = GoTool.RunCheck("examplecheck", dir);

            Assert.That(run.ExitCode, Is.Zero, run.Describe("examplecheck on the broken copy"));
            Assert.That(Problems(report!.RootElement), Is.EquivalentTo([
                "tidbdms.TierPremium is not declared by the SDK",
                "TidbDmsMigrationArgs.Tier: tidbdms.TierPremium is not an SDK constant",
                "TidbDmsMigrationArgs.Network: takes *NetworkArgs: write &tidbdms.NetworkArgs{…}",
                "NetworkArgs.VpcCidr: takes pulumi.StringPtrInput: wrap the Go value (pulumi.String(…) and the like)",
                "VpcPeeringArgs has no field ProjectCidr",
                "TidbDmsMigration has no output field Vpc",]));
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    [Test]
    public void GoModRequiresTheSdkModuleAndReplacesItWithThisRepositorysCopy()
    {
        var goMod = File.ReadAllLines(Path.Combine(Example.Folder, "go.mod")).Select(l => l.Trim()).ToList();
        var sdkGoMod = File.ReadAllLines(RepositoryRoot.File("sdk", "go.mod"));

        Assert.Multiple(() =>
        {
            Assert.That(goMod, Does.Contain("module github.com/tidb-dms/tidb-dms/examples/" + Example.Name));
            Assert.That(goMod, Does.Contain($"{SdkModule} v{SchemaFacts.Version}"));
            Assert.That(goMod, Does.Contain("github.com/pulumi/pulumi/sdk/v3 v3.165.0"));
            Assert.That(goMod, Does.Contain($"replace {SdkModule} => ../../sdk"));
            Assert.That(sdkGoMod[0], Is.EqualTo($"module {SdkModule}"), "the replacement folder holds the module it replaces");
            Assert.That(File.Exists(Path.Combine(Example.Folder, "go.sum")), Is.False, "go.sum needs the module proxy: the README says to run go mod tidy");
        });
    }

    /// <summary>Every name, field, value and read of the program that the generated SDK does not take.</summary>
    internal static List<string> Problems(JsonElement report)
    {
        var problems = new List<string>();
        var constants = GoTool.Constants;
        var funcs = GoTool.Funcs;
        problems.AddRange(Strings(report, "sdkNames")
            .Where(n => GoTool.Fields(n) is null && !constants.ContainsKey(n) && !funcs.Contains(n))
            .Select(n => $"tidbdms.{n} is not declared by the SDK"));

        foreach (var literal in report.GetProperty("literals").EnumerateArray())
        {
            var type = literal.GetProperty("type").GetString()!;
            var fields = GoTool.Fields(type);
            if (fields is null)
            {
                problems.Add($"tidbdms.{type} is not a struct of the SDK");
                continue;
            }

            foreach (var set in literal.GetProperty("fields").EnumerateArray())
            {
                var name = set.GetProperty("name").GetString()!;
                var field = fields.SingleOrDefault(f => f.Name == name);
                if (field is null)
                {
                    problems.Add($"{type} has no field {name}");
                }
                else if (ValueProblem(field.Type, set) is { } problem)
                {
                    problems.Add($"{type}.{name}: {problem}");
                }
            }
        }

        var outputs = GoTool.Fields("TidbDmsMigration")!.Where(f => f.Tag.Length > 0).Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        problems.AddRange(Strings(report, "componentFields").Where(f => !outputs.Contains(f)).Select(f => $"TidbDmsMigration has no output field {f}"));
        return problems;
    }

    /// <summary>Why a value cannot fill a field of this Go type, judged from the value's shape; null when it can.</summary>
    private static string? ValueProblem(string fieldType, JsonElement set)
    {
        var isInput = fieldType.EndsWith("Input", StringComparison.Ordinal);
        switch (set.GetProperty("kind").GetString())
        {
            case "literal":
                var type = set.GetProperty("type").GetString()!;
                var pointer = set.TryGetProperty("pointer", out var p) && p.GetBoolean();
                var inputOf = type.EndsWith("Args", StringComparison.Ordinal) ? type[..^"Args".Length] : null;
                return fieldType == "*" + type ? (pointer ? null : $"takes *{type}: write &tidbdms.{type}{{…}}")
                    : fieldType == type ? (pointer ? $"takes a {type}, not a pointer" : null)
                    : inputOf is not null && (fieldType == inputOf + "Input" || fieldType == inputOf + "PtrInput") ? null
                    : $"takes {fieldType}, not tidbdms.{type}";
            case "sdk":
                var name = set.GetProperty("value").GetString()!["sdk:".Length..];
                if (!GoTool.Constants.TryGetValue(name, out var constant))
                {
                    return $"tidbdms.{name} is not an SDK constant";
                }

                return fieldType == constant.Type || fieldType == constant.Type + "Input" || fieldType == constant.Type + "PtrInput"
                    ? null
                    : $"takes {fieldType}, not the {constant.Type} constant {name}";
            case "go":
                return isInput ? $"takes {fieldType}: wrap the Go value (pulumi.String(…) and the like)"
                    : fieldType.StartsWith('*') ? $"takes {fieldType}: a pointer, not a Go value"
                    : null;
            case "pulumi" or "output":
                return isInput ? null : $"takes the plain {fieldType}, not an input";
            default:
                return null;
        }
    }

    /// <summary>What the program gives the component, by wire path (from the SDK's <c>pulumi:"…"</c> tags), SDK constants read as their enum values.</summary>
    internal static Dictionary<string, string> Settings(JsonElement report)
    {
        var prefixes = new Dictionary<string, string>(StringComparer.Ordinal) { [""] = "" };
        var settings = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var literal in report.GetProperty("literals").EnumerateArray())
        {
            var path = literal.GetProperty("path").GetString()!;
            var type = literal.GetProperty("type").GetString()!;
            Assert.That(prefixes.TryGetValue(path, out var prefix), Is.True, $"the literal at {path} comes before its parent");
            foreach (var set in literal.GetProperty("fields").EnumerateArray())
            {
                var name = set.GetProperty("name").GetString()!;
                var wire = prefix + Tag(type, name);
                if (set.GetProperty("kind").GetString() == "literal")
                {
                    prefixes[path.Length == 0 ? name : path + "." + name] = wire + ".";
                    continue;
                }

                var value = set.GetProperty("value").GetString()!;
                settings[wire] = value.StartsWith("sdk:", StringComparison.Ordinal) && GoTool.Constants.TryGetValue(value[4..], out var c) ? "enum:" + c.Value : value;
            }
        }

        return settings;
    }

    /// <summary>A field's wire name: its <c>pulumi:"…"</c> tag, which the component's Args struct keeps on its unexported twin.</summary>
    internal static string Tag(string structName, string field) =>
        (GoTool.Fields(structName) ?? []).Concat(GoTool.Fields(char.ToLowerInvariant(structName[0]) + structName[1..]) ?? [])
            .FirstOrDefault(f => f.Name == field && f.Tag.Length > 0)?.Tag ?? "?" + field;

    private static List<string> Strings(JsonElement report, string name) =>
        [.. report.GetProperty(name).EnumerateArray().Select(e => e.GetString()!)];
}
