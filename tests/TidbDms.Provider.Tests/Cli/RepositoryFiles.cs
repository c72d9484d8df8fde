namespace TidbDms.Provider.Tests.Cli;

/// <summary>The repository's own programs (the root Pulumi.yaml and examples/), found from the test binaries.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string RootProgram => Path.Combine(Root, "Pulumi.yaml");

    public static string Example(string name) => Path.Combine(Root, "examples", name);

    public static readonly string[] Examples =
    [
        "starter-public-nat-target",
        "essential-private-endpoint",
        "dedicated-public-subnet",
        "dedicated-vpc-peering",
        "serverless-with-task",
        "tidb-source-full-load",
        "starter-tuned-task-settings",
        "serverless-secrets-manager",
        "dedicated-source-endpoint-settings",
        "dedicated-existing-vpc",
    ];

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(TestContext.CurrentContext.TestDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "global.json")) && File.Exists(Path.Combine(directory.FullName, "Pulumi.yaml")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("the repository root (global.json beside Pulumi.yaml) is not above the test directory");
    }
}
