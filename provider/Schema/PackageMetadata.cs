using System.Collections.Immutable;
using System.Reflection;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Schema;

/// <summary>
/// The package-level facts the schema publishes (and GetPluginInfo reports): name, version,
/// description, links. The version is the assembly's, so the csproj's <c>Version</c> is the only
/// place it is written.
/// </summary>
internal static class PackageMetadata
{
    public const string Name = Tokens.Package;

    public const string DisplayName = "TiDB Cloud DMS";

    public const string Description =
        "Everything AWS DMS needs on AWS to reach a TiDB Cloud cluster (Starter, Essential or Dedicated) as a source or target endpoint, as one component: VPC and networking for a public endpoint, AWS PrivateLink or VPC peering, a DMS replication instance or DMS Serverless, the CA certificate, the TiDB endpoint and an optional replication task.";

    public const string Homepage = "https://github.com/tidb-dms/tidb-dms";

    public const string Repository = "https://github.com/tidb-dms/tidb-dms";

    public const string License = "Apache-2.0";

    public const string Publisher = "tidb-dms";

    /// <summary>
    /// Where the engine downloads the plugin when a program's SDK asks for it: the project's GitHub
    /// releases, asset <c>pulumi-resource-tidb-dms-v&lt;version&gt;-&lt;os&gt;-&lt;arch&gt;.tar.gz</c> (what provider/publish.sh writes).
    /// </summary>
    public const string PluginDownloadUrl = "github://api.github.com/tidb-dms/tidb-dms";

    public static readonly ImmutableArray<string> Keywords =
        ["pulumi", "aws", "dms", "tidb", "tidb-cloud", "category/database", "kind/component"];

    /// <summary>The package version (semver, no build metadata), e.g. <c>0.1.0</c>.</summary>
    public static string Version { get; } = ReadVersion();

    // The project file turns off the "+<commit>" suffix the SDK would add: a schema that changed
    // with every commit would break the golden test and the engine's schema cache.
    private static string ReadVersion() =>
        typeof(PackageMetadata).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion
        ?? throw new InvalidOperationException("the plugin assembly has no informational version");
}
