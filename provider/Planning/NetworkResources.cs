using System.Collections.Immutable;

namespace TidbDms.Provider.Planning;

/// <summary>The network a topology built: its subnets by kind (zone order) and its routing.</summary>
/// <param name="GivenSubnetIds">In an existing VPC, the user's subnets (<c>network.subnetIds</c>); the subnet lists are then empty.</param>
internal sealed record NetworkResources(
    ImmutableArray<string> PrivateSubnets,
    ImmutableArray<string> PublicSubnets,
    ImmutableArray<string> SubnetGroupSubnets,
    RoutingResources Routing,
    PlanValue? GivenSubnetIds = null)
{
    /// <summary>The IDs of the DMS subnet group's subnets.</summary>
    public PlanValue SubnetGroupSubnetIds => GivenSubnetIds ?? Ids(SubnetGroupSubnets);

    /// <summary>The IDs of the private subnets (a PrivateLink endpoint's); in an existing VPC, the given ones.</summary>
    public PlanValue PrivateSubnetIds => GivenSubnetIds ?? Ids(PrivateSubnets);

    private static PlanValue Ids(ImmutableArray<string> subnets) => PlanValue.ListOf(subnets.Select(s => new PlanValue.Ref(s, AwsOutputs.Id)));
}
