using System.Collections.Immutable;

namespace TidbDms.Provider.Planning;

/// <summary>The DMS security group, its egress rules, and how it reaches the cluster.</summary>
/// <param name="EgressRules">
/// The group's only egress: pulumi-aws removes the allow-all rule AWS puts on a new group, so DMS
/// can connect out only once these exist.
/// </param>
internal sealed record DmsSecurity(string Group, ImmutableArray<string> EgressRules, ClusterAccess Access);
