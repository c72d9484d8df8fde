using System.Collections.Immutable;

namespace TidbDms.Provider.Tests.NodePrograms;

/// <summary>What each end-to-end program declares: the children its topology has (type, name), and what it exports.</summary>
internal static class Topologies
{
    public static readonly ImmutableArray<(string Type, string Name)> PublicNat =
    [
        ("aws:dms/certificate:Certificate", "migration-ca"),
        ("aws:ec2/vpc:Vpc", "migration-vpc"),
        ("aws:ec2/subnet:Subnet", "migration-private-a"),
        ("aws:ec2/subnet:Subnet", "migration-private-b"),
        ("aws:ec2/subnet:Subnet", "migration-public-a"),
        ("aws:ec2/internetGateway:InternetGateway", "migration-igw"),
        ("aws:ec2/eip:Eip", "migration-nat-eip-a"),
        ("aws:ec2/natGateway:NatGateway", "migration-nat-a"),
        ("aws:ec2/routeTable:RouteTable", "migration-public-rt"),
        ("aws:ec2/routeTable:RouteTable", "migration-private-rt"),
        ("aws:ec2/routeTableAssociation:RouteTableAssociation", "migration-public-a-rta"),
        ("aws:ec2/routeTableAssociation:RouteTableAssociation", "migration-private-a-rta"),
        ("aws:ec2/routeTableAssociation:RouteTableAssociation", "migration-private-b-rta"),
        ("aws:ec2/securityGroup:SecurityGroup", "migration-dms-sg"),
        ("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", "migration-dms-egress-tidb"),
        ("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", "migration-dms-egress-https"),
        ("aws:dms/replicationSubnetGroup:ReplicationSubnetGroup", "migration-subnet-group"),
        ("aws:dms/replicationInstance:ReplicationInstance", "migration-replication-instance"),
        ("aws:dms/endpoint:Endpoint", "migration-tidb-endpoint"),
        ("aws:dms/replicationTask:ReplicationTask", "migration-task"),
    ];

    public static readonly ImmutableArray<(string Type, string Name)> PrivateLink =
    [
        ("aws:ec2/vpc:Vpc", "migration-vpc"),
        ("aws:ec2/subnet:Subnet", "migration-private-a"),
        ("aws:ec2/subnet:Subnet", "migration-private-b"),
        ("aws:ec2/routeTable:RouteTable", "migration-private-rt"),
        ("aws:ec2/routeTableAssociation:RouteTableAssociation", "migration-private-a-rta"),
        ("aws:ec2/routeTableAssociation:RouteTableAssociation", "migration-private-b-rta"),
        ("aws:ec2/securityGroup:SecurityGroup", "migration-dms-sg"),
        ("aws:ec2/securityGroup:SecurityGroup", "migration-endpoint-sg"),
        ("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "migration-endpoint-ingress"),
        ("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", "migration-dms-egress-tidb"),
        ("aws:ec2/vpcEndpoint:VpcEndpoint", "migration-vpc-endpoint"),
        ("aws:dms/replicationSubnetGroup:ReplicationSubnetGroup", "migration-subnet-group"),
        ("aws:dms/replicationInstance:ReplicationInstance", "migration-replication-instance"),
        ("aws:dms/endpoint:Endpoint", "migration-tidb-endpoint"),
    ];

    public static readonly ImmutableArray<(string Type, string Name)> Serverless =
    [
        ("aws:dms/certificate:Certificate", "migration-ca"),
        ("aws:ec2/vpc:Vpc", "migration-vpc"),
        ("aws:ec2/subnet:Subnet", "migration-private-a"),
        ("aws:ec2/subnet:Subnet", "migration-private-b"),
        ("aws:ec2/subnet:Subnet", "migration-public-a"),
        ("aws:ec2/internetGateway:InternetGateway", "migration-igw"),
        ("aws:ec2/eip:Eip", "migration-nat-eip-a"),
        ("aws:ec2/natGateway:NatGateway", "migration-nat-a"),
        ("aws:ec2/routeTable:RouteTable", "migration-public-rt"),
        ("aws:ec2/routeTable:RouteTable", "migration-private-rt"),
        ("aws:ec2/routeTableAssociation:RouteTableAssociation", "migration-public-a-rta"),
        ("aws:ec2/routeTableAssociation:RouteTableAssociation", "migration-private-a-rta"),
        ("aws:ec2/routeTableAssociation:RouteTableAssociation", "migration-private-b-rta"),
        ("aws:ec2/securityGroup:SecurityGroup", "migration-dms-sg"),
        ("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", "migration-dms-egress-tidb"),
        ("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", "migration-dms-egress-https"),
        ("aws:dms/replicationSubnetGroup:ReplicationSubnetGroup", "migration-subnet-group"),
        ("aws:dms/replicationConfig:ReplicationConfig", "migration-replication-config"),
        ("aws:dms/endpoint:Endpoint", "migration-tidb-endpoint"),
    ];

    /// <summary>The children of <paramref name="program"/>'s topology.</summary>
    public static ImmutableArray<(string Type, string Name)> ChildrenOf(string program) => program switch
    {
        "public-nat" => PublicNat,
        "private-link" => PrivateLink,
        "serverless" => Serverless,
        _ => throw new ArgumentOutOfRangeException(nameof(program), program, "not a topology program"),
    };

    /// <summary>The program's <c>export const …</c> names, and the component output each one is.</summary>
    public static ImmutableArray<string> ExportsOf(string program) => program switch
    {
        "public-nat" => ["natGatewayPublicIps", "replicationInstanceArn", "replicationTaskArn", "tidbEndpointArn", "vpcId"],
        "private-link" => ["replicationInstanceArn", "vpcEndpointId", "vpcId"],
        "serverless" => ["replicationConfigArn", "vpcId"],
        _ => throw new ArgumentOutOfRangeException(nameof(program), program, "not a topology program"),
    };

    /// <summary>Every topology run: each program in a preview and an update, with the password as the shared runs pass it.</summary>
    public static IEnumerable<TestCaseData> Runs() => ProgramRuns.All
        .Where(k => k.Program is "public-nat" or "private-link" or "serverless")
        .Select(k => new TestCaseData(k).SetArgDisplayNames(k.ToString()));
}
