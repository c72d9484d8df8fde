namespace TidbDms.SdkGenerator;

/// <summary>
/// <c>dotnet run --project sdk/generator [-- REPOSITORY_ROOT]</c>: regenerates sdk/{nodejs,python,go,dotnet}
/// (and sdk/go.mod) from provider/schema.json. The root defaults to the nearest folder above the working
/// directory that holds global.json.
/// </summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        var root = args.Length > 0 ? Path.GetFullPath(args[0]) : FindRoot(Directory.GetCurrentDirectory());
        if (root is null)
        {
            Console.Error.WriteLine("sdk generator: no global.json above the working directory; pass the repository root as the first argument");
            return 2;
        }

        var schemaPath = Path.Combine(root, "provider", "schema.json");
        var files = SdkGenerator.Generate(File.ReadAllText(schemaPath));
        var deleted = SdkWriter.Write(Path.Combine(root, "sdk"), files);
        foreach (var stale in deleted)
        {
            Console.WriteLine($"deleted sdk/{stale}");
        }

        Console.WriteLine($"wrote {files.Count} files under sdk/ from provider/schema.json");
        return 0;
    }

    private static string? FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "global.json")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
