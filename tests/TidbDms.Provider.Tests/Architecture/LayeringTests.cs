using System.Text.RegularExpressions;
using TidbDms.Provider.Tests.Cli;

namespace TidbDms.Provider.Tests.Architecture;

/// <summary>
/// The provider's layers (folders = namespaces) may use only what their arrows allow, checked on
/// every file's <c>using</c> lines and namespace-qualified names, so a wrong arrow fails the tests
/// instead of waiting for a reviewer. Only Rpc, Hosting and OfflineEngine see gRPC types.
/// </summary>
internal sealed partial class LayeringTests
{
    private const string Grpc = "gRPC";
    private const string Protobuf = "protobuf";
    private const string AspNet = "ASP.NET";

    /// <summary>
    /// What each folder may use besides itself and the base library. provider/GUIDE.md shows this
    /// list to new engineers (its folder table); a test below keeps the two equal, so change both.
    /// </summary>
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Values"] = [Protobuf],
        ["Component"] = ["Values"],
        ["Planning"] = ["Component", "Values"],
        ["Schema"] = ["Component", "Values"],
        ["Preflight"] = ["Component", "MySqlConnector"],
        ["Registration"] = ["Planning", "Component", "Values"],
        ["Rpc"] = ["Registration", "Preflight", "Schema", "Component", "Values", Grpc, Protobuf],
        ["Hosting"] = ["Rpc", "Registration", Grpc, AspNet],
        ["OfflineEngine"] = ["Values", "Planning", "Hosting", Grpc, Protobuf, AspNet],
        ["Cli"] = ["OfflineEngine", "Preflight", "Schema", "Component", "Values", "Hosting", "Planning", "YamlDotNet", "System.CommandLine"],
    };

    /// <summary>
    /// Folders that may use only some types of another: OfflineEngine takes Planning's token tables
    /// and Hosting's server builder, Cli the type tokens (for the diagram), nothing else.
    /// </summary>
    private static readonly Dictionary<(string From, string To), string[]> OnlyTypes = new()
    {
        [("OfflineEngine", "Planning")] = ["AwsTypes", "AwsFunctions"],
        [("OfflineEngine", "Hosting")] = ["LoopbackGrpcServer"],
        [("Cli", "Planning")] = ["AwsTypes"],
    };

    private static string ProviderRoot => Path.Combine(RepositoryFiles.Root, "provider");

    private static IEnumerable<string> Folders => Allowed.Keys;

    private static IEnumerable<string> SourcesOf(string folder) =>
        Directory.EnumerateFiles(Path.Combine(ProviderRoot, folder), "*.cs", SearchOption.AllDirectories);

    /// <summary>The layer a namespace belongs to: a provider folder, or an outside library group.</summary>
    private static string? LayerOf(string ns) => ns switch
    {
        _ when ns.StartsWith("TidbDms.Provider.", StringComparison.Ordinal) => ns["TidbDms.Provider.".Length..].Split('.')[0],
        _ when ns.StartsWith("Grpc.", StringComparison.Ordinal) || ns is "Pulumirpc" || ns.StartsWith("Google.Rpc", StringComparison.Ordinal) => Grpc,
        _ when ns.StartsWith("Google.Protobuf", StringComparison.Ordinal) => Protobuf,
        _ when ns.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal) || ns.StartsWith("Microsoft.Extensions", StringComparison.Ordinal) => AspNet,
        _ when ns.StartsWith("MySqlConnector", StringComparison.Ordinal) => "MySqlConnector",
        _ when ns.StartsWith("YamlDotNet", StringComparison.Ordinal) => "YamlDotNet",
        _ when ns.StartsWith("System.CommandLine", StringComparison.Ordinal) => "System.CommandLine",
        _ => null,
    };

    /// <summary>The types of a folder: one per file, named after the file.</summary>
    private static readonly Dictionary<string, HashSet<string>> TypesOf = Allowed.Keys.ToDictionary(
        folder => folder,
        folder => SourcesOf(folder).Select(f => Path.GetFileNameWithoutExtension(f).Split('.')[0]).ToHashSet(StringComparer.Ordinal),
        StringComparer.Ordinal);

    /// <summary>
    /// Every layer a file uses: its using lines, and names qualified with a provider folder and
    /// naming one of its types (<c>Registration.LogSeverity</c>), or with a gRPC namespace.
    /// </summary>
    private static IEnumerable<(string Layer, string Evidence)> Uses(string file)
    {
        var lines = File.ReadAllLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)).ToList();
        foreach (Match match in UsingLine().Matches(string.Join('\n', lines)))
        {
            if (LayerOf(match.Groups["ns"].Value) is { } layer)
            {
                yield return (layer, match.Value.Trim());
            }
        }

        var code = string.Join('\n', lines.Where(l => !UsingLine().IsMatch(l)));
        foreach (Match match in QualifiedName().Matches(code))
        {
            var qualifier = match.Groups["qualifier"].Value;
            if (TypesOf.TryGetValue(qualifier, out var types) && types.Contains(match.Groups["name"].Value))
            {
                yield return (qualifier, match.Value);
            }
            else if (qualifier is "Pulumirpc" or "Grpc")
            {
                yield return (Grpc, match.Value);
            }
        }
    }

    private static IEnumerable<TestCaseData> Layers() => Folders.Select(f => new TestCaseData(f).SetArgDisplayNames(f));

    [TestCaseSource(nameof(Layers))]
    public void AFolderUsesOnlyTheLayersItsArrowsAllow(string folder)
    {
        var problems = SourcesOf(folder)
            .SelectMany(file => Uses(file)
                .Where(u => u.Layer != folder && !Allowed[folder].Contains(u.Layer))
                .Select(u => $"{Path.GetRelativePath(ProviderRoot, file)}: {u.Evidence}"))
            .Distinct()
            .ToList();

        Assert.That(problems, Is.Empty, $"{folder} may use only: {string.Join(", ", Allowed[folder])}");
    }

    [Test]
    public void AFolderAllowedOnlySomeTypesOfAnotherUsesOnlyThose()
    {
        var problems = new List<string>();
        foreach (var ((from, to), types) in OnlyTypes)
        {
            var typesOfLayer = SourcesOf(to).Select(Path.GetFileNameWithoutExtension).Select(n => n!.Split('.')[0]).Distinct().ToList();
            foreach (var file in SourcesOf(from).Where(f => Uses(f).Any(u => u.Layer == to)))
            {
                var code = File.ReadAllText(file);
                problems.AddRange(typesOfLayer
                    .Where(t => !types.Contains(t) && Regex.IsMatch(code, $@"(?<![\w.]){Regex.Escape(t)}\b"))
                    .Select(t => $"{Path.GetRelativePath(ProviderRoot, file)} uses {to}.{t}"));
            }
        }

        Assert.That(problems, Is.Empty);
    }

    [Test]
    public void TheGuideListsEveryFolderWithWhatItMayUse()
    {
        var guide = File.ReadAllLines(Path.Combine(ProviderRoot, "GUIDE.md"));
        var listed = guide
            .Select(line => GuideRow().Match(line))
            .Where(m => m.Success)
            .ToDictionary(
                m => m.Groups["folder"].Value,
                m => string.Join(", ", m.Groups["uses"].Value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).Order(StringComparer.Ordinal)),
                StringComparer.Ordinal);
        var allowed = Allowed.ToDictionary(a => a.Key, a => string.Join(", ", a.Value.Order(StringComparer.Ordinal)), StringComparer.Ordinal);

        Assert.That(listed, Is.EquivalentTo(allowed));
    }

    [Test]
    public void EveryFolderOfTheProviderIsAKnownLayer()
    {
        var folders = Directory.EnumerateDirectories(ProviderRoot)
            .Select(Path.GetFileName)
            .Where(d => d is not ("bin" or "obj" or "Protos"))
            .Order(StringComparer.Ordinal);

        Assert.That(folders, Is.EqualTo(Folders.Order(StringComparer.Ordinal)));
    }

    [Test]
    public void TheCheckSeesUsingLinesAndQualifiedNames()
    {
        var file = Path.GetTempFileName();
        try
        {
            File.WriteAllText(file, "using Grpc.Core;\nusing TidbDms.Provider.Registration;\n// Rpc.ErrorTranslator in a comment\nvar x = Planning.AwsTypes.Vpc; var y = a.Rpc.ErrorTranslator; var z = Component.Type;\n");
            Assert.That(Uses(file).Select(u => u.Layer), Is.EquivalentTo(new[] { Grpc, "Registration", "Planning" }));
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>A row of the guide's folder table: <c>| `Folder` | what it owns | what it may use |</c>.</summary>
    [GeneratedRegex(@"^\| `(?<folder>\w+)` \| [^|]+ \| (?<uses>[^|]+) \|$")]
    private static partial Regex GuideRow();

    [GeneratedRegex(@"^\s*(?:global\s+)?using\s+(?:static\s+)?(?:\w+\s*=\s*)?(?<ns>[\w.]+)\s*;", RegexOptions.Multiline)]
    private static partial Regex UsingLine();

    [GeneratedRegex(@"(?<![\w.""])(?<qualifier>[A-Z]\w*)\.(?<name>[A-Z]\w*)")]
    private static partial Regex QualifiedName();
}
