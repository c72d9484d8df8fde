using System.Collections.Immutable;

namespace TidbDms.Provider.Planning;

/// <summary>The network a topology built: its subnets by kind (zone order) and its routing.</summary>
internal sealed record NetworkResources(
    ImmutableArray<string> PrivateSubnets,
    ImmutableArray<string> PublicSubnets,
    ImmutableArray<string> SubnetGroupSubnets,
    RoutingResources Routing);
