namespace TidbDms.Provider.Planning;

/// <summary>
/// Every pulumi-aws 7.48.0 type token the code base names: what the planner registers, and what
/// the preview's network diagram reads from any program's registrations (<see cref="Route"/>). The
/// only place these tokens are written. A test checks each one against the pulumi-aws reference,
/// so a typo fails the build's tests rather than a user's deployment.
/// </summary>
internal static class AwsTypes
{
    public const string Vpc = "aws:ec2/vpc:Vpc";
    public const string Subnet = "aws:ec2/subnet:Subnet";
    public const string InternetGateway = "aws:ec2/internetGateway:InternetGateway";
    public const string Eip = "aws:ec2/eip:Eip";
    public const string NatGateway = "aws:ec2/natGateway:NatGateway";
    public const string RouteTable = "aws:ec2/routeTable:RouteTable";
    public const string Route = "aws:ec2/route:Route";
    public const string RouteTableAssociation = "aws:ec2/routeTableAssociation:RouteTableAssociation";
    public const string SecurityGroup = "aws:ec2/securityGroup:SecurityGroup";
    public const string SecurityGroupEgressRule = "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule";
    public const string SecurityGroupIngressRule = "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule";
    public const string VpcEndpoint = "aws:ec2/vpcEndpoint:VpcEndpoint";
    public const string VpcPeeringConnectionAccepter = "aws:ec2/vpcPeeringConnectionAccepter:VpcPeeringConnectionAccepter";
    public const string Role = "aws:iam/role:Role";
    public const string RolePolicyAttachment = "aws:iam/rolePolicyAttachment:RolePolicyAttachment";
    public const string RolePolicy = "aws:iam/rolePolicy:RolePolicy";
    public const string ServiceLinkedRole = "aws:iam/serviceLinkedRole:ServiceLinkedRole";
    public const string ReplicationSubnetGroup = "aws:dms/replicationSubnetGroup:ReplicationSubnetGroup";
    public const string ReplicationInstance = "aws:dms/replicationInstance:ReplicationInstance";
    public const string Certificate = "aws:dms/certificate:Certificate";
    public const string Endpoint = "aws:dms/endpoint:Endpoint";
    public const string ReplicationTask = "aws:dms/replicationTask:ReplicationTask";
    public const string ReplicationConfig = "aws:dms/replicationConfig:ReplicationConfig";
    public const string EventSubscription = "aws:dms/eventSubscription:EventSubscription";
}
