namespace TidbDms.Provider.Tests.Hosting;

/// <summary>Finds the built plugin executable (the apphost <c>pulumi-resource-tidb-dms</c>).</summary>
internal static class PluginExecutable
{
    private const string Name = "pulumi-resource-tidb-dms";

    /// <summary>
    /// The apphost copied next to the test assembly (the test project references the provider), else
    /// the provider's own build output of the same configuration, then of any configuration.
    /// </summary>
    public static string Path()
    {
        var candidates = new List<string> { System.IO.Path.Combine(AppContext.BaseDirectory, Name) };
        var repo = RepositoryRoot();
        if (repo is not null)
        {
            var configuration = new DirectoryInfo(AppContext.BaseDirectory).Parent?.Name ?? "Debug";
            foreach (var config in new[] { configuration, "Release", "Debug" })
            {
                candidates.Add(System.IO.Path.Combine(repo, "provider", "bin", config, "net10.0", Name));
            }
        }

        return candidates.FirstOrDefault(File.Exists)
            ?? throw new FileNotFoundException($"the plugin executable was not built; looked in: {string.Join(", ", candidates)}");
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "provider", "TidbDms.Provider.csproj")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
