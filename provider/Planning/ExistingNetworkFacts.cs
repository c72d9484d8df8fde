using System.Collections.Immutable;

namespace TidbDms.Provider.Planning;

/// <summary>
/// What AWS says about the user's VPC and subnets (<c>network.vpcId</c>, <c>network.subnetIds</c>),
/// looked up before anything is created. An ID that was unknown (a preview) or a lookup with no
/// known answer (the offline preview, which knows no account) has no entry: no rule is judged on it.
/// </summary>
/// <param name="Vpc">The VPC's facts, or null when not looked up.</param>
/// <param name="Subnets">The facts of each subnet looked up, by its position in <c>network.subnetIds</c>.</param>
/// <param name="AllSubnetsKnown">Every given subnet was looked up and answered, so rules over the whole set (zones) can be judged.</param>
internal sealed record ExistingNetworkFacts(ExistingVpcFacts? Vpc, ImmutableArray<ExistingSubnetFacts> Subnets, bool AllSubnetsKnown);

/// <param name="Exists">False when AWS knows no such VPC; the other facts are then meaningless.</param>
internal sealed record ExistingVpcFacts(string Id, bool Exists, bool EnableDnsSupport = false, bool EnableDnsHostnames = false, string? CidrBlock = null);

/// <param name="Index">The subnet's position in <c>network.subnetIds</c>.</param>
/// <param name="Exists">False when AWS knows no such subnet; the other facts are then meaningless.</param>
internal sealed record ExistingSubnetFacts(int Index, string Id, bool Exists, string? VpcId = null, string? AvailabilityZone = null);
