using System.Collections.Immutable;

namespace TidbDms.Provider.Component;

/// <summary>
/// Every output of <c>TidbDmsMigration</c>. An output that does not apply to the chosen topology is
/// absent, never an empty string.
/// </summary>
internal static class ContractOutputs
{
    public const string VpcId = "vpcId";
    public const string PrivateSubnetIds = "privateSubnetIds";
    public const string PublicSubnetIds = "publicSubnetIds";
    public const string SecurityGroupId = "securityGroupId";
    public const string ReplicationSubnetGroupId = "replicationSubnetGroupId";
    public const string ReplicationInstanceArn = "replicationInstanceArn";
    public const string ReplicationInstancePublicIps = "replicationInstancePublicIps";
    public const string ReplicationInstancePrivateIps = "replicationInstancePrivateIps";
    public const string ReplicationConfigArn = "replicationConfigArn";
    public const string NatGatewayPublicIps = "natGatewayPublicIps";
    public const string IpAccessListCidrs = "ipAccessListCidrs";
    public const string CertificateArn = "certificateArn";
    public const string TidbEndpointArn = "tidbEndpointArn";
    public const string VpcEndpointId = "vpcEndpointId";
    public const string ReplicationTaskArn = "replicationTaskArn";
    public const string SecretsAccessRoleArn = "secretsAccessRoleArn";

    public static readonly ImmutableArray<OutputSpec> All =
    [
        new(VpcId, false, "The VPC built for DMS, or the one given as `network.vpcId`."),
        new(PrivateSubnetIds, true, "The private subnets (the DMS subnet group, except with PublicSubnet access); in an existing VPC, `network.subnetIds` (NatGateway access, PrivateEndpoint, VpcPeering)."),
        new(PublicSubnetIds, true, "The public subnets (NAT gateways, or the DMS subnet group with PublicSubnet access); in an existing VPC, `network.subnetIds` with PublicSubnet access."),
        new(SecurityGroupId, false, "The DMS security group. Add egress rules here for the other endpoint of a task if it is not on the cluster port or HTTPS."),
        new(ReplicationSubnetGroupId, false, "The DMS replication subnet group."),
        new(ReplicationInstanceArn, false, "The replication instance (Instance mode)."),
        new(ReplicationInstancePublicIps, true, "The replication instance's public IPs (PublicSubnet access)."),
        new(ReplicationInstancePrivateIps, true, "The replication instance's private IPs (Instance mode)."),
        new(ReplicationConfigArn, false, "The DMS Serverless replication config (Serverless mode)."),
        new(NatGatewayPublicIps, true, "The NAT gateways' public IPs (NatGateway access)."),
        new(IpAccessListCidrs, true, "PublicEndpoint (every tier): the CIDRs the cluster must admit, DMS's public addresses as /32s. Add them to a Dedicated cluster's IP access list, or to a Starter or Essential cluster's firewall rules if they do not allow every address."),
        new(CertificateArn, false, "The DMS certificate holding the CA (verify-ca and verify-full)."),
        new(TidbEndpointArn, false, "The DMS endpoint of the TiDB cluster."),
        new(VpcEndpointId, false, "The interface VPC endpoint to the cluster (PrivateEndpoint)."),
        new(ReplicationTaskArn, false, "The DMS replication task (Instance mode with a task)."),
        new(SecretsAccessRoleArn, false, "The IAM role DMS assumes to read the cluster's credentials secret (with cluster.secretsManagerSecretArn)."),
    ];
}
