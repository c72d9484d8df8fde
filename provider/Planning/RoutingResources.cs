using System.Collections.Immutable;

namespace TidbDms.Provider.Planning;

/// <summary>What a connectivity strategy's routing built, by what waits for it.</summary>
/// <param name="PathToCluster">
/// The gateways, route tables (their routes are inline) and associations that traffic from the
/// DMS subnets to the cluster crosses: what a replication must wait for before it connects.
/// </param>
/// <param name="PublicAddressing">
/// What makes a publicly accessible instance's address public (the internet gateway, and the
/// route table and associations that route its subnets to it); empty when the instance is private.
/// </param>
internal sealed record RoutingResources(ImmutableArray<string> PathToCluster, ImmutableArray<string> PublicAddressing);
