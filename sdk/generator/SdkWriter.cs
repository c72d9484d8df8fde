using System.Collections.Frozen;
using System.Text;

namespace TidbDms.SdkGenerator;

/// <summary>
/// Writes generated files under an <c>sdk/</c> folder and deletes the stale ones in the generated folders,
/// leaving what builds and package managers put there (<c>node_modules</c>, <c>bin</c>, <c>obj</c>; pip's
/// <c>build</c> and <c>*.egg-info</c> and Python's <c>__pycache__</c>, which a program that pip-installs
/// <c>sdk/python</c> from this repository leaves in it) and the Node SDK's lock file, which pins its build
/// tools and is not generated.
/// </summary>
internal static class SdkWriter
{
    /// <summary>Folder names under a generated folder that belong to tools, not to the generator.</summary>
    private static readonly FrozenSet<string> ToolFolders =
        FrozenSet.Create(StringComparer.Ordinal, "node_modules", "bin", "obj", "build", "__pycache__");

    /// <summary>Whether a folder under a generated folder belongs to a tool (by name, or setuptools' <c>*.egg-info</c>).</summary>
    public static bool IsToolFolder(string name) =>
        ToolFolders.Contains(name) || name.EndsWith(".egg-info", StringComparison.Ordinal);

    /// <summary>Files (relative to <c>sdk/</c>) inside generated folders that are kept by hand.</summary>
    public static readonly IReadOnlySet<string> KeptFiles = new HashSet<string>(StringComparer.Ordinal) { "nodejs/package-lock.json" };

    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="files"/> and returns the paths it deleted (relative, forward slashes).</summary>
    public static IReadOnlyList<string> Write(string sdkRoot, IReadOnlyList<GeneratedFile> files)
    {
        var wanted = files.Select(f => f.Path).ToHashSet(StringComparer.Ordinal);
        var deleted = ExistingGeneratedFiles(sdkRoot).Where(p => !wanted.Contains(p)).ToList();
        foreach (var stale in deleted)
        {
            File.Delete(Path.Combine(sdkRoot, stale));
        }

        foreach (var file in files)
        {
            var path = Path.Combine(sdkRoot, file.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            if (!File.Exists(path) || File.ReadAllText(path, Utf8NoBom) != file.Content)
            {
                File.WriteAllText(path, file.Content, Utf8NoBom);
            }
        }

        RemoveEmptyFolders(sdkRoot);
        return deleted;
    }

    /// <summary>The files now in the generated places under <paramref name="sdkRoot"/> (relative, forward slashes, sorted).</summary>
    public static IReadOnlyList<string> ExistingGeneratedFiles(string sdkRoot)
    {
        var found = new List<string>();
        foreach (var folder in SdkGenerator.LanguageFolders)
        {
            Collect(sdkRoot, Path.Combine(sdkRoot, folder), found);
        }

        found.AddRange(SdkGenerator.RootFiles.Where(f => File.Exists(Path.Combine(sdkRoot, f))));
        return [.. found.Where(f => !KeptFiles.Contains(f)).Order(StringComparer.Ordinal)];
    }

    private static void Collect(string sdkRoot, string dir, List<string> found)
    {
        if (!Directory.Exists(dir))
        {
            return;
        }

        found.AddRange(Directory.GetFiles(dir).Select(f => Path.GetRelativePath(sdkRoot, f).Replace('\\', '/')));
        foreach (var sub in Directory.GetDirectories(dir).Where(d => !IsToolFolder(Path.GetFileName(d))))
        {
            Collect(sdkRoot, sub, found);
        }
    }

    private static void RemoveEmptyFolders(string sdkRoot)
    {
        foreach (var folder in SdkGenerator.LanguageFolders.Select(f => Path.Combine(sdkRoot, f)).Where(Directory.Exists))
        {
            foreach (var dir in Directory.GetDirectories(folder, "*", SearchOption.AllDirectories).OrderByDescending(d => d.Length))
            {
                if (Directory.Exists(dir) && !Directory.EnumerateFileSystemEntries(dir).Any())
                {
                    Directory.Delete(dir);
                }
            }
        }
    }
}
