namespace TidbDms.Provider.Tests.Support;

/// <summary>
/// The categories of the suites that need something outside .NET (what tests/install-deps.sh
/// installs), so a run can leave them out: <c>dotnet test --filter "TestCategory!=MariaDb"</c>.
/// Every other test runs in process (some over gRPC on loopback) and needs nothing installed.
/// </summary>
internal static class TestCategories
{
    /// <summary>Starts a real MariaDB server (<c>mariadbd</c>, from the mariadb-server package).</summary>
    public const string MariaDb = "MariaDb";

    /// <summary>Runs <c>node</c> with the npm packages of tests/node, sdk/nodejs or the TypeScript example.</summary>
    public const string Node = "Node";

    /// <summary>Runs <c>go</c> or <c>gofmt</c> (golang-go), offline, on the Go SDK and Go programs.</summary>
    public const string Go = "Go";

    /// <summary>Runs <c>python3</c> on the Python SDK and Python programs.</summary>
    public const string Python = "Python";

    /// <summary>
    /// The seeded fuzz suites (Fuzzing/): they need nothing installed and run a fast slice in every
    /// run; <c>FUZZ_CASES</c> makes a long run of them.
    /// </summary>
    public const string Fuzz = "Fuzz";
}
