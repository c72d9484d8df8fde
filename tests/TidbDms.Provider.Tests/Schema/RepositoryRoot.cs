namespace TidbDms.Provider.Tests.Schema;

/// <summary>
/// The source tree the tests were built from: the nearest folder above the test binaries that holds
/// <c>global.json</c>. Golden files live there, so ACCEPT=1 rewrites the checked-in copy, not a build output.
/// </summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    public static string File(params string[] relative) =>
        System.IO.Path.Combine([Path, .. relative]);

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (System.IO.File.Exists(System.IO.Path.Combine(dir.FullName, "global.json")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"no global.json above {AppContext.BaseDirectory}: run the tests from the repository's build output");
    }
}
