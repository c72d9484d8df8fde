using System.Collections.Immutable;

namespace TidbDms.Provider.Planning;

/// <summary>The network a topology built: its subnets by kind (zone order) and what DMS compute must wait for.</summary>
/// <param name="RoutingComplete">Route tables and associations: once they exist, the subnets reach what they should.</param>
internal sealed record NetworkResources(
    ImmutableArray<string> PrivateSubnets,
    ImmutableArray<string> PublicSubnets,
    ImmutableArray<string> SubnetGroupSubnets,
    ImmutableArray<string> RoutingComplete);
