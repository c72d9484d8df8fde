using System.Collections.Immutable;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// The AWS account an offline preview assumes, answering as pulumi-aws 7.48.0 would: the region's
/// zones (<c>&lt;region&gt;a</c> to <c>f</c>, six, as the largest regions have), the region, its
/// partition, a placeholder account, and DMS role lookups answered "not known" (nobody looked into
/// the account, so no rule about existing roles is judged), and lookups of an existing VPC and its
/// subnets answered "not known" as well (so a preview with made-up IDs plans, and the subnet, zone
/// and DNS rules are left to a real preview). Nothing is created: a resource gets no ID and no
/// computed outputs.
/// </summary>
internal sealed class OfflineAwsCloud : IOfflineCloud
{
    /// <summary>The account ID every offline preview assumes (the one AWS's documentation uses).</summary>
    public const string PlaceholderAccountId = "123456789012";

    public OfflineAwsCloud(string region)
    {
        Region = region;
        AvailabilityZones = [.. "abcdef".Select(c => region + c)];
    }

    public string Region { get; }

    public ImmutableArray<string> AvailabilityZones { get; }

    /// <summary>The AWS partition of <see cref="Region"/>: China and GovCloud regions have their own.</summary>
    public string Partition => PartitionOf(Region);

    public static string PartitionOf(string region) =>
        region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn"
        : region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov"
        : "aws";

    private string DnsSuffix => Partition == "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com";

    public Task<CloudResource> CreateAsync(CloudResourceRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(CloudResource.NotCreated);

    public Task<CloudInvokeResult> InvokeAsync(CloudInvokeRequest request, CancellationToken cancellationToken) =>
        Task.FromResult(request.Token switch
        {
            AwsFunctions.GetAvailabilityZones => Result(
                ("id", S(Region)),
                ("names", PropertyValue.Array(AvailabilityZones.Select(S))),
                ("zoneIds", PropertyValue.Array(AvailabilityZones.Select((_, i) => S($"{ZonePrefix()}-az{i + 1}")))),
                ("state", S("available"))),
            AwsFunctions.GetRegion => Result(
                ("id", S(Region)),
                ("region", S(Region)),
                ("name", S(Region)),
                ("endpoint", S($"ec2.{Region}.{DnsSuffix}")),
                ("description", S(Region))),
            AwsFunctions.GetPartition => Result(
                ("id", S(Partition)),
                ("partition", S(Partition)),
                ("dnsSuffix", S(DnsSuffix)),
                ("reverseDnsPrefix", S(Partition == "aws-cn" ? "cn.com.amazonaws" : "com.amazonaws"))),
            AwsFunctions.GetCallerIdentity => Result(
                ("id", S(PlaceholderAccountId)),
                ("accountId", S(PlaceholderAccountId)),
                ("arn", S($"arn:{Partition}:iam::{PlaceholderAccountId}:user/offline-preview")),
                ("userId", S("AIDAOFFLINEPREVIEW"))),
            AwsFunctions.GetRole => CloudInvokeResult.Unknown,

            // Nobody looked into the account: the user's VPC and subnets are assumed to be what the
            // program says, and the rules about them are judged by pulumi preview against AWS.
            AwsFunctions.GetSubnet or AwsFunctions.GetVpc => CloudInvokeResult.Unknown,
            _ => throw new NotSupportedException($"the offline AWS facts have no answer for {request.Token}"),
        });

    private static PropertyValue S(string value) => PropertyValue.String(value);

    private static CloudInvokeResult Result(params (string Key, PropertyValue Value)[] entries) =>
        CloudInvokeResult.Of(entries.ToImmutableSortedDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal));

    /// <summary>AWS's zone-ID prefix: <c>us-west-2</c> → <c>usw2</c>.</summary>
    private string ZonePrefix()
    {
        var parts = Region.Split('-');
        return parts.Length >= 3 ? $"{parts[0]}{parts[1][0]}{parts[^1]}" : Region;
    }
}
