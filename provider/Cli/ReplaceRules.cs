using System.Collections.Immutable;

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
        new("aws:ec2/vpc:Vpc", "aws_vpc", "internal/service/ec2/vpc_.go",
            ["cidrBlock", "ipv4IpamPoolId", "ipv4NetmaskLength"]),
        new("aws:ec2/subnet:Subnet", "aws_subnet", "internal/service/ec2/vpc_subnet.go",
            ["availabilityZone", "availabilityZoneId", "cidrBlock", "ipv6Native", "outpostArn", "vpcId"]),
        new("aws:ec2/internetGateway:InternetGateway", "aws_internet_gateway", "internal/service/ec2/vpc_internet_gateway.go",
            []),
        new("aws:ec2/eip:Eip", "aws_eip", "internal/service/ec2/ec2_eip.go",
            ["address", "customerOwnedIpv4Pool", "domain", "ipamPoolId", "networkBorderGroup", "publicIpv4Pool"]),
        new("aws:ec2/natGateway:NatGateway", "aws_nat_gateway", "internal/service/ec2/vpc_nat_gateway.go",
            ["allocationId", "connectivityType", "privateIp", "secondaryPrivateIpAddressCount", "subnetId"]),
        new("aws:ec2/routeTable:RouteTable", "aws_route_table", "internal/service/ec2/vpc_route_table.go",
            ["vpcId"]),
        new("aws:ec2/route:Route", "aws_route", "internal/service/ec2/vpc_route.go",
            ["destinationCidrBlock", "destinationIpv6CidrBlock", "destinationPrefixListId", "routeTableId"]),
        new("aws:ec2/routeTableAssociation:RouteTableAssociation", "aws_route_table_association", "internal/service/ec2/vpc_route_table_association.go",
            ["gatewayId", "subnetId"]),
        new("aws:ec2/securityGroup:SecurityGroup", "aws_security_group", "internal/service/ec2/vpc_security_group.go",
            ["description", "name", "namePrefix", "vpcId"]),
        new("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", "aws_vpc_security_group_egress_rule", "internal/service/ec2/vpc_security_group_ingress_rule.go (shared rule schema)",
            ["securityGroupId"]),
        new("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule", "aws_vpc_security_group_ingress_rule", "internal/service/ec2/vpc_security_group_ingress_rule.go",
            ["securityGroupId"]),
        new("aws:ec2/vpcEndpoint:VpcEndpoint", "aws_vpc_endpoint", "internal/service/ec2/vpc_endpoint.go",
            ["serviceName", "vpcEndpointType", "vpcId"]),
        new("aws:ec2/vpcPeeringConnectionAccepter:VpcPeeringConnectionAccepter", "aws_vpc_peering_connection_accepter", "internal/service/ec2/vpc_peering_connection_accepter.go",
            ["vpcPeeringConnectionId"]),
        new("aws:iam/role:Role", "aws_iam_role", "internal/service/iam/role.go",
            ["name", "namePrefix", "path"]),
        new("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "aws_iam_role_policy_attachment", "internal/service/iam/role_policy_attachment.go",
            ["policyArn", "role"]),
        new("aws:iam/rolePolicy:RolePolicy", "aws_iam_role_policy", "internal/service/iam/role_policy.go",
            ["name", "namePrefix", "role"]),
        new("aws:iam/serviceLinkedRole:ServiceLinkedRole", "aws_iam_service_linked_role", "internal/service/iam/service_linked_role.go",
            ["awsServiceName", "customSuffix"]),
        new("aws:dms/eventSubscription:EventSubscription", "aws_dms_event_subscription", "internal/service/dms/event_subscription.go",
            ["name", "sourceIds", "sourceType"]),
        new("aws:dms/replicationSubnetGroup:ReplicationSubnetGroup", "aws_dms_replication_subnet_group", "internal/service/dms/replication_subnet_group.go",
            ["replicationSubnetGroupId"]),
        new("aws:dms/replicationInstance:ReplicationInstance", "aws_dms_replication_instance", "internal/service/dms/replication_instance.go",
            ["availabilityZone", "kmsKeyArn", "publiclyAccessible", "replicationInstanceId", "replicationSubnetGroupId"]),
        new("aws:dms/certificate:Certificate", "aws_dms_certificate", "internal/service/dms/certificate.go",
            ["certificateId", "certificatePem", "certificateWallet"]),
        new("aws:dms/endpoint:Endpoint", "aws_dms_endpoint", "internal/service/dms/endpoint.go",
            ["endpointId", "kmsKeyArn"]),
        new("aws:dms/replicationTask:ReplicationTask", "aws_dms_replication_task", "internal/service/dms/replication_task.go",
            ["replicationInstanceArn", "replicationTaskId", "resourceIdentifier", "sourceEndpointArn", "targetEndpointArn"]),
        new("aws:dms/replicationConfig:ReplicationConfig", "aws_dms_replication_config", "internal/service/dms/replication_config.go",
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

        var bare = StripIndexes(path);
        return rule.Inputs.FirstOrDefault(input => bare == input || bare.StartsWith(input + ".", StringComparison.Ordinal));
    }

    /// <summary><c>a[1].b</c> as <c>a.b</c>: replacement is a property of the input, not of one item.</summary>
    public static string StripIndexes(string path)
    {
        var bare = new System.Text.StringBuilder(path.Length);
        var depth = 0;
        foreach (var c in path)
        {
            if (c == '[')
            {
                depth++;
            }
            else if (c == ']')
            {
                depth--;
            }
            else if (depth == 0)
            {
                bare.Append(c);
            }
        }

        return bare.ToString();
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
