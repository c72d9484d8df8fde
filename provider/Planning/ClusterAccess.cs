using System.Collections.Immutable;

namespace TidbDms.Provider.Planning;

/// <summary>How the DMS security group reaches the cluster port, as a connectivity strategy decides it.</summary>
/// <param name="EgressDestinationInput">The egress rule's destination input (<c>cidrIpv4</c> or <c>referencedSecurityGroupId</c>).</param>
/// <param name="HttpsEgress">Whether DMS also gets HTTPS to the internet (only where it has a route there).</param>
/// <param name="PathToCluster">What the strategy built beside the routing that DMS connects through (the PrivateLink endpoint and its ingress rule).</param>
internal sealed record ClusterAccess(
    string EgressDestinationInput,
    PlanValue EgressDestination,
    bool HttpsEgress,
    ImmutableArray<string> PathToCluster)
{
    public const string AnyIpv4 = "0.0.0.0/0";

    /// <summary>A public endpoint: the cluster port and HTTPS to any address.</summary>
    public static ClusterAccess PublicInternet { get; } =
        new(AwsInputs.SecurityGroupRule.CidrIpv4, PlanValue.Of(AnyIpv4), true, []);
}
