using System.Text.RegularExpressions;

namespace TidbDms.Provider.Component;

/// <summary>
/// What a TiDB Cloud host name says about the cluster. Starter/Essential hosts name their cloud and
/// region (<c>gateway01.us-west-2.prod.aws.tidbcloud.com</c>, <c>gateway01-privatelink.…</c>);
/// Dedicated hosts (<c>tidb.xxx.clusters.tidb-cloud.com</c>) name neither.
/// </summary>
internal static partial class TidbHost
{
    [GeneratedRegex(@"^gateway\d+(?<private>-privatelink)?\.(?<region>[a-z0-9-]+)\.prod\.(?<cloud>aws|alicloud)\.tidbcloud\.com$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ServerlessGateway();

    /// <summary>The AWS region a Starter/Essential AWS host names, e.g. <c>us-west-2</c>.</summary>
    public static bool TryGetAwsRegion(string host, out string region)
    {
        var match = ServerlessGateway().Match(host);
        var isAws = match.Success && string.Equals(match.Groups["cloud"].Value, "aws", StringComparison.OrdinalIgnoreCase);
        region = isAws ? match.Groups["region"].Value.ToLowerInvariant() : "";
        return isAws;
    }

    /// <summary>True for a host on Alibaba Cloud (<c>….alicloud.tidbcloud.com</c>), which AWS DMS cannot use privately.</summary>
    public static bool IsAlibabaCloud(string host) =>
        host.EndsWith(".alicloud.tidbcloud.com", StringComparison.OrdinalIgnoreCase);

    /// <summary>True for a Starter/Essential PrivateLink host (<c>gatewayNN-privatelink.…</c>).</summary>
    public static bool IsPrivateLink(string host)
    {
        var match = ServerlessGateway().Match(host);
        return match.Success && match.Groups["private"].Success;
    }
}
