using System.Text.Json;

namespace TidbDms.Provider.Cli;

/// <summary>
/// Whether a Node.js program can run, checked before anything starts, so a missing piece is one
/// clear error saying what to run: <c>node</c> (on <c>PATH</c>, or where the options say), the
/// program's <c>package.json</c>, the folders its <c>file:</c> dependencies point at (this
/// repository's SDK build among them), every dependency it declares installed in
/// <c>node_modules</c>, and <c>@pulumi/pulumi</c>'s program runner resolved as Node resolves it
/// (from the program's folder up).
/// </summary>
internal static class NodeInstallation
{
    private const string PulumiPackage = "@pulumi/pulumi";

    /// <summary>This repository's script that builds the generated SDK into <c>sdk/nodejs/bin</c>.</summary>
    private static readonly string[] SdkBuildScript = ["tests", "node", "build-sdk.sh"];

    /// <returns>The launch, or null and the one problem (what is missing, and what to run).</returns>
    public static NodeLaunch? Check(NodeProject project, NodeHostOptions options, out string? problem)
    {
        var node = FindNode(project, options, out problem);
        if (node is null)
        {
            return null;
        }

        var programFolder = project.Display(project.ProgramDirectory);
        var manifest = FindUp(project.ProgramDirectory, "package.json");
        if (manifest is null)
        {
            problem = $"{programFolder} is a Node.js program (runtime: nodejs) without a package.json: "
                + $"create one that depends on {PulumiPackage} (in {programFolder}: npm init -y && npm install {PulumiPackage})";
            return null;
        }

        var packageRoot = Path.GetDirectoryName(manifest)!;
        var packageFolder = project.Display(packageRoot);
        var install = File.Exists(Path.Combine(packageRoot, "package-lock.json")) ? "npm ci" : "npm install";
        Dictionary<string, string> dependencies;
        try
        {
            dependencies = Dependencies(manifest);
        }
        catch (JsonException ex)
        {
            problem = $"{project.Display(manifest)} is not valid JSON ({ex.Message})";
            return null;
        }

        foreach (var (name, spec) in dependencies)
        {
            if (!spec.StartsWith("file:", StringComparison.Ordinal))
            {
                continue;
            }

            var target = Path.GetFullPath(spec["file:".Length..], packageRoot);
            if (!Directory.Exists(target))
            {
                problem = BuildScriptAbove(target) is { } script
                    ? $"{project.Display(manifest)} depends on \"{name}\": \"{spec}\", which is not built: run {project.Display(script)}, then \"{install}\" in {packageFolder}"
                    : $"{project.Display(manifest)} depends on \"{name}\": \"{spec}\", and {project.Display(target)} does not exist: create it, then run \"{install}\" in {packageFolder}";
                return null;
            }
        }

        var missing = dependencies.Keys.Where(name => Resolve(packageRoot, name, "package.json") is null).ToList();
        if (missing.Count > 0)
        {
            problem = $"{packageFolder}: the program's packages are not installed (no node_modules/{missing[0]}"
                + (missing.Count > 1 ? $" and {missing.Count - 1} more" : "")
                + $"): run \"{install}\" in {packageFolder}";
            return null;
        }

        var run = Resolve(project.ProgramDirectory, PulumiPackage, Path.Combine("cmd", "run", "index.js"));
        if (run is null)
        {
            problem = dependencies.ContainsKey(PulumiPackage)
                ? $"{packageFolder}/node_modules/{PulumiPackage} has no program runner (cmd/run): run \"{install}\" in {packageFolder} to reinstall it"
                : $"{project.Display(manifest)} does not depend on {PulumiPackage}, which runs the program: run \"npm install {PulumiPackage}\" in {packageFolder}";
            return null;
        }

        problem = null;
        return new NodeLaunch(node, run);
    }

    private static string? FindNode(NodeProject project, NodeHostOptions options, out string? problem)
    {
        problem = null;
        if (options.Node is { } configured)
        {
            if (File.Exists(configured))
            {
                return configured;
            }

            problem = $"node was not found at {configured}, and {project.Display(project.ProgramDirectory)} is a Node.js program (runtime: nodejs): install Node.js 20 or later";
            return null;
        }

        var names = OperatingSystem.IsWindows() ? new[] { "node.exe", "node" } : ["node"];
        var found = (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(folder => names.Select(name => Path.Combine(folder, name)))
            .FirstOrDefault(File.Exists);
        if (found is null)
        {
            problem = $"node is not on PATH, and {project.Display(project.ProgramDirectory)} is a Node.js program (runtime: nodejs): install Node.js 20 or later and put node on PATH";
        }

        return found;
    }

    /// <summary>The declared dependencies and devDependencies: name → version or <c>file:</c> spec.</summary>
    private static Dictionary<string, string> Dependencies(string manifest)
    {
        using var document = JsonDocument.Parse(File.ReadAllText(manifest));
        var dependencies = new Dictionary<string, string>(StringComparer.Ordinal);
        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            return dependencies;
        }

        foreach (var section in new[] { "dependencies", "devDependencies" })
        {
            if (document.RootElement.TryGetProperty(section, out var entries) && entries.ValueKind == JsonValueKind.Object)
            {
                foreach (var entry in entries.EnumerateObject())
                {
                    dependencies[entry.Name] = entry.Value.ValueKind == JsonValueKind.String ? entry.Value.GetString()! : "";
                }
            }
        }

        return dependencies;
    }

    /// <summary>A file of an installed package, as Node finds a bare module: <c>node_modules/&lt;name&gt;</c> in the folder or any folder above it.</summary>
    private static string? Resolve(string from, string package, string file)
    {
        for (var folder = new DirectoryInfo(from); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, "node_modules", package, file);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? FindUp(string from, string name)
    {
        for (var folder = new DirectoryInfo(from); folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, name);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }

        return null;
    }

    /// <summary>This repository's SDK build script, when <paramref name="target"/> is the SDK build it writes (<c>sdk/nodejs/bin</c> of a checkout that has the script).</summary>
    private static string? BuildScriptAbove(string target)
    {
        var root = Path.GetFullPath(Path.Combine(target, "..", "..", ".."));
        var script = Path.Combine([root, .. SdkBuildScript]);
        var built = Path.Combine(root, "sdk", "nodejs", "bin");
        return string.Equals(Path.TrimEndingDirectorySeparator(target), built, StringComparison.Ordinal) && File.Exists(script) ? script : null;
    }
}
