using System.Text.Json;
using TidbDms.Provider.Tests.Schema;

namespace TidbDms.Provider.Tests.Sdk;

/// <summary>
/// Runs the standard-library Go programs under tests/go (sdkcheck, examplecheck) offline, and holds the
/// generated SDK's declarations as sdkcheck lists them, read once for every test that compares with them.
/// </summary>
internal static class GoTool
{
    /// <summary>Offline and reproducible: no module downloads, no toolchain switch, a cache the tests may write.</summary>
    public static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string>
    {
        ["GOPROXY"] = "off",
        ["GOTOOLCHAIN"] = "local",
        ["GOFLAGS"] = "",
        ["GO111MODULE"] = "",
        ["GOCACHE"] = Path.Combine(Path.GetTempPath(), "tidb-dms-gocache"),
    };

    /// <summary><c>go run tests/go/&lt;program&gt;/main.go &lt;dir&gt;</c> and its JSON report, or null when it failed.</summary>
    public static (ToolResult Run, JsonDocument? Report) RunCheck(string program, string dir)
    {
        var run = ToolRun.Run(ToolRun.Require("go"), RepositoryRoot.Path, Environment, "run", RepositoryRoot.File("tests", "go", program, "main.go"), dir);
        return (run, run.ExitCode == 0 ? JsonDocument.Parse(run.Output) : null);
    }

    private static readonly Lazy<(ToolResult Run, JsonDocument? Report)> Declarations =
        new(() => RunCheck("sdkcheck", RepositoryRoot.File("sdk", "go", "tidbdms")));

    /// <summary>sdkcheck's report on sdk/go/tidbdms: structs (fields, types, tags), consts, funcs, registrations.</summary>
    public static JsonElement SdkReport =>
        Declarations.Value.Report?.RootElement ?? throw new AssertionException(Declarations.Value.Run.Describe("go run tests/go/sdkcheck/main.go sdk/go/tidbdms"));

    /// <summary>The fields of an SDK struct (name, Go type, <c>pulumi:"…"</c> tag), or null when there is no such struct.</summary>
    public static IReadOnlyList<GoField>? Fields(string structName) =>
        SdkReport.GetProperty("structs").TryGetProperty(structName, out var fields)
            ? [.. fields.EnumerateArray().Select(f => new GoField(f.GetProperty("name").GetString()!, f.GetProperty("type").GetString()!, f.GetProperty("tag").GetString()!))]
            : null;

    /// <summary>The SDK's typed string constants (the enum values) by name.</summary>
    public static IReadOnlyDictionary<string, GoConstant> Constants =>
        SdkReport.GetProperty("consts").EnumerateArray()
            .Select(c => new GoConstant(c.GetProperty("name").GetString()!, c.GetProperty("type").GetString()!, c.GetProperty("value").GetString()!))
            .ToDictionary(c => c.Name, StringComparer.Ordinal);

    public static IReadOnlySet<string> Funcs =>
        SdkReport.GetProperty("funcs").EnumerateArray().Select(f => f.GetString()!).ToHashSet(StringComparer.Ordinal);
}

/// <summary>A struct field of the generated Go SDK: name, type as written, and its <c>pulumi:"…"</c> tag.</summary>
internal sealed record GoField(string Name, string Type, string Tag);

/// <summary>A typed string constant of the generated Go SDK (an enum value).</summary>
internal sealed record GoConstant(string Name, string Type, string Value);
