using System.Collections.Immutable;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Cli;

/// <summary>
/// The inputs whose change makes pulumi-aws replace a resource rather than update it, for every
/// type the component registers. pulumi-aws is bridged from terraform-provider-aws and takes
/// replacement from its schema: an attribute marked <c>ForceNew</c> (SDKv2 resources) or with the
/// <c>RequiresReplace</c> plan modifier (framework resources) replaces the resource when it
/// changes. Each rule names the Terraform resource and the file of terraform-provider-aws its
/// schema is in, so a reviewer can check it; inputs are written with pulumi-aws's names (nested
/// ones as <c>block.input</c>). Only what the schema says is here: a resource AWS cannot modify
/// but the schema updates in place is not guessed at.
/// </summary>
internal static class ReplaceRules
{
    public static ImmutableSortedDictionary<string, ReplaceRule> ByType { get; } = new ReplaceRule[]
    {
        new(AwsTypes.Vpc, "aws_vpc", "internal/service/ec2/vpc_.go",
            ["cidrBlock", "ipv4IpamPoolId", "ipv4NetmaskLength"]),
        new(AwsTypes.Subnet, "aws_subnet", "internal/service/ec2/vpc_subnet.go",
            ["availabilityZone", "availabilityZoneId", "cidrBlock", "ipv6Native", "outpostArn", "vpcId"]),
        new(AwsTypes.InternetGateway, "aws_internet_gateway", "internal/service/ec2/vpc_internet_gateway.go",
            []),
        new(AwsTypes.Eip, "aws_eip", "internal/service/ec2/ec2_eip.go",
            ["address", "customerOwnedIpv4Pool", "domain", "ipamPoolId", "networkBorderGroup", "publicIpv4Pool"]),
        new(AwsTypes.NatGateway, "aws_nat_gateway", "internal/service/ec2/vpc_nat_gateway.go",
            ["allocationId", "connectivityType", "privateIp", "secondaryPrivateIpAddressCount", "subnetId"]),
        new(AwsTypes.RouteTable, "aws_route_table", "internal/service/ec2/vpc_route_table.go",
            ["vpcId"]),
        new(AwsTypes.Route, "aws_route", "internal/service/ec2/vpc_route.go",
            ["destinationCidrBlock", "destinationIpv6CidrBlock", "destinationPrefixListId", "routeTableId"]),
        new(AwsTypes.RouteTableAssociation, "aws_route_table_association", "internal/service/ec2/vpc_route_table_association.go",
            ["gatewayId", "subnetId"]),
        new(AwsTypes.SecurityGroup, "aws_security_group", "internal/service/ec2/vpc_security_group.go",
            ["description", "name", "namePrefix", "vpcId"]),
        new(AwsTypes.SecurityGroupEgressRule, "aws_vpc_security_group_egress_rule", "internal/service/ec2/vpc_security_group_ingress_rule.go (shared rule schema)",
            ["securityGroupId"]),
        new(AwsTypes.SecurityGroupIngressRule, "aws_vpc_security_group_ingress_rule", "internal/service/ec2/vpc_security_group_ingress_rule.go",
            ["securityGroupId"]),
        new(AwsTypes.VpcEndpoint, "aws_vpc_endpoint", "internal/service/ec2/vpc_endpoint.go",
            ["serviceName", "vpcEndpointType", "vpcId"]),
        new(AwsTypes.VpcPeeringConnectionAccepter, "aws_vpc_peering_connection_accepter", "internal/service/ec2/vpc_peering_connection_accepter.go",
            ["vpcPeeringConnectionId"]),
        new(AwsTypes.Role, "aws_iam_role", "internal/service/iam/role.go",
            ["name", "namePrefix", "path"]),
        new(AwsTypes.RolePolicyAttachment, "aws_iam_role_policy_attachment", "internal/service/iam/role_policy_attachment.go",
            ["policyArn", "role"]),
        new(AwsTypes.RolePolicy, "aws_iam_role_policy", "internal/service/iam/role_policy.go",
            ["name", "namePrefix", "role"]),
        new(AwsTypes.ServiceLinkedRole, "aws_iam_service_linked_role", "internal/service/iam/service_linked_role.go",
            ["awsServiceName", "customSuffix"]),
        new(AwsTypes.EventSubscription, "aws_dms_event_subscription", "internal/service/dms/event_subscription.go",
            ["name", "sourceIds", "sourceType"]),
        new(AwsTypes.ReplicationSubnetGroup, "aws_dms_replication_subnet_group", "internal/service/dms/replication_subnet_group.go",
            ["replicationSubnetGroupId"]),
        new(AwsTypes.ReplicationInstance, "aws_dms_replication_instance", "internal/service/dms/replication_instance.go",
            ["availabilityZone", "kmsKeyArn", "publiclyAccessible", "replicationInstanceId", "replicationSubnetGroupId"]),
        new(AwsTypes.Certificate, "aws_dms_certificate", "internal/service/dms/certificate.go",
            ["certificateId", "certificatePem", "certificateWallet"]),
        new(AwsTypes.Endpoint, "aws_dms_endpoint", "internal/service/dms/endpoint.go",
            ["endpointId", "kmsKeyArn"]),
        new(AwsTypes.ReplicationTask, "aws_dms_replication_task", "internal/service/dms/replication_task.go",
            ["replicationInstanceArn", "replicationTaskId", "resourceIdentifier", "sourceEndpointArn", "targetEndpointArn"]),
        new(AwsTypes.ReplicationConfig, "aws_dms_replication_config", "internal/service/dms/replication_config.go",
            ["computeConfig.availabilityZone", "computeConfig.kmsKeyId", "computeConfig.replicationSubnetGroupId", "replicationConfigIdentifier", "resourceIdentifier"]),
    }.ToImmutableSortedDictionary(r => r.Type, r => r, StringComparer.Ordinal);

    /// <summary>
    /// The rule that makes a change at <paramref name="path"/> (a diff path such as
    /// <c>computeConfig.kmsKeyId</c> or <c>routes[1].cidrBlock</c>) replace a <paramref name="type"/>,
    /// or null when the change is an update (or the type is not one of ours).
    /// </summary>
    public static string? Forcing(string type, string path)
    {
        if (!ByType.TryGetValue(type, out var rule))
        {
            return null;
        }

        // a[1].b as a.b: replacement is a property of the input, not of one item
        var bare = PropertyPath.WithoutBrackets(path);
        return rule.Inputs.FirstOrDefault(input => bare == input || bare.StartsWith(input + ".", StringComparison.Ordinal));
    }
}

/// <summary>
/// The replace-forcing inputs of one pulumi-aws type: <see cref="TerraformResource"/> and
/// <see cref="SchemaFile"/> (in hashicorp/terraform-provider-aws) say where they are marked.
/// </summary>
internal sealed record ReplaceRule(string Type, string TerraformResource, string SchemaFile, ImmutableArray<string> Inputs)
{
    /// <summary>Why a change of <paramref name="input"/> replaces, as the diff shows it.</summary>
    public string Reason(string input) => $"{input} forces replacement (ForceNew in {TerraformResource})";
}
