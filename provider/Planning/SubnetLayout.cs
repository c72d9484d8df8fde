namespace TidbDms.Provider.Planning;

/// <summary>How many subnets of each kind a topology needs, and which kind forms the DMS subnet group.</summary>
internal sealed record SubnetLayout(int PrivateSubnets, int PublicSubnets, bool SubnetGroupIsPublic);
