using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;

namespace TidbDms.Testing;

/// <summary>
/// Mocks that answer like AWS through pulumi-aws 7.48.0: the functions the component calls, and
/// plausible IDs, ARNs and addresses for every child type once created. Deterministic (IDs derive
/// from names), and stateful like an account: roles and addresses made by one update are seen by
/// the next call. In a preview, nothing is created, so a resource gets no ID and no computed outputs.
/// </summary>
internal sealed class DefaultAwsMocks : IMocks
{
    private readonly ConcurrentDictionary<string, ImmutableSortedDictionary<string, string>> _roles;
    private readonly ConcurrentDictionary<string, string> _publicIpByAllocation = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _cidrBySubnet = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, string> _vpcBySubnet = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, ImmutableArray<string>> _subnetsByGroup = new(StringComparer.Ordinal);

    /// <param name="existingRoles">IAM roles the account holds already, by name, with their tags.</param>
    /// <param name="existingNetwork">VPCs and subnets the account holds already; default <see cref="ExistingNetwork.Sample"/>.</param>
    public DefaultAwsMocks(
        string region = "us-west-2",
        string accountId = "123456789012",
        IEnumerable<string>? availabilityZones = null,
        IReadOnlyDictionary<string, IReadOnlyDictionary<string, string>>? existingRoles = null,
        ExistingNetwork? existingNetwork = null)
    {
        Region = region;
        Network = existingNetwork ?? ExistingNetwork.Sample(region);
        AccountId = accountId;
        AvailabilityZones = availabilityZones?.ToImmutableArray() ?? [.. "abcd".Select(c => region + c)];
        _roles = new(
            (existingRoles ?? new Dictionary<string, IReadOnlyDictionary<string, string>>()).Select(r =>
                KeyValuePair.Create(r.Key, r.Value.ToImmutableSortedDictionary(StringComparer.Ordinal))),
            StringComparer.Ordinal);
    }

    public string Region { get; }

    public string AccountId { get; }

    public ImmutableArray<string> AvailabilityZones { get; }

    public ExistingNetwork Network { get; }

    public string Partition => Region.StartsWith("cn-", StringComparison.Ordinal) ? "aws-cn"
        : Region.StartsWith("us-gov-", StringComparison.Ordinal) ? "aws-us-gov" : "aws";

    private string DnsSuffix => Partition == "aws-cn" ? "amazonaws.com.cn" : "amazonaws.com";

    public Task<IDictionary<string, object?>> CallAsync(MockCallArgs args) => Task.FromResult<IDictionary<string, object?>>(args.Token switch
    {
        AwsFunctions.GetAvailabilityZones => new Dictionary<string, object?>
        {
            ["id"] = Region,
            ["names"] = AvailabilityZones.ToArray(),
            ["zoneIds"] = AvailabilityZones.Select((_, i) => $"{ZonePrefix()}-az{i + 1}").ToArray(),
            ["state"] = "available",
        },
        AwsFunctions.GetRegion => new Dictionary<string, object?>
        {
            ["id"] = Region,
            ["region"] = Region,
            ["name"] = Region,
            ["endpoint"] = $"ec2.{Region}.{DnsSuffix}",
            ["description"] = Region,
        },
        AwsFunctions.GetPartition => new Dictionary<string, object?>
        {
            ["id"] = Partition,
            ["partition"] = Partition,
            ["dnsSuffix"] = DnsSuffix,
            ["reverseDnsPrefix"] = Partition == "aws-cn" ? "cn.com.amazonaws" : "com.amazonaws",
        },
        AwsFunctions.GetCallerIdentity => new Dictionary<string, object?>
        {
            ["id"] = AccountId,
            ["accountId"] = AccountId,
            ["arn"] = $"arn:{Partition}:iam::{AccountId}:user/mock",
            ["userId"] = "AIDA" + Hex("user", 16).ToUpperInvariant(),
        },
        AwsFunctions.GetRole => Role(Text(args.Args, "name")),
        AwsFunctions.GetSubnet => Subnet(Text(args.Args, "id")),
        AwsFunctions.GetVpc => Vpc(Text(args.Args, "id")),
        _ => throw new NotSupportedException($"DefaultAwsMocks has no answer for {args.Token}"),
    });

    public Task<(string? Id, IDictionary<string, object?> State)> NewResourceAsync(MockResourceArgs args)
    {
        if (args.IsPreview || !args.Custom)
        {
            return Task.FromResult<(string?, IDictionary<string, object?>)>((null, new Dictionary<string, object?>()));
        }

        var state = new Dictionary<string, object?>(StringComparer.Ordinal);
        if (args.Inputs.TryGetValue("tags", out var tags))
        {
            state["tagsAll"] = tags;
        }

        var id = Create(args, state);
        return Task.FromResult<(string?, IDictionary<string, object?>)>((id, state));
    }

    private string Create(MockResourceArgs args, Dictionary<string, object?> state)
    {
        var name = args.Name;
        string Arn(string service, string resource) => $"arn:{Partition}:{service}:{Region}:{AccountId}:{resource}";
        string DmsArn(string kind) => Arn("dms", $"{kind}:{Hex(name, 26).ToUpperInvariant()}");
        var input = args.Inputs;

        switch (args.Type)
        {
            case "aws:ec2/vpc:Vpc":
            {
                var id = "vpc-" + Hex(name, 17);
                state["arn"] = Arn("ec2", $"vpc/{id}");
                state["ownerId"] = AccountId;
                state["defaultSecurityGroupId"] = "sg-" + Hex(name + "/default-sg", 17);
                state["defaultRouteTableId"] = state["mainRouteTableId"] = "rtb-" + Hex(name + "/main", 17);
                state["defaultNetworkAclId"] = "acl-" + Hex(name + "/acl", 17);
                state["dhcpOptionsId"] = "dopt-" + Hex(name + "/dopt", 17);
                state["instanceTenancy"] = "default";
                return id;
            }

            case "aws:ec2/subnet:Subnet":
            {
                var id = "subnet-" + Hex(name, 17);
                state["arn"] = Arn("ec2", $"subnet/{id}");
                state["ownerId"] = AccountId;
                var zone = Text(input, "availabilityZone");
                var index = AvailabilityZones.IndexOf(zone);
                state["availabilityZoneId"] = index >= 0 ? $"{ZonePrefix()}-az{index + 1}" : "";
                _cidrBySubnet[id] = Text(input, "cidrBlock");
                _vpcBySubnet[id] = Text(input, "vpcId");
                return id;
            }

            case "aws:ec2/internetGateway:InternetGateway":
            {
                var id = "igw-" + Hex(name, 17);
                state["arn"] = Arn("ec2", $"internet-gateway/{id}");
                state["ownerId"] = AccountId;
                return id;
            }

            case "aws:ec2/eip:Eip":
            {
                var id = "eipalloc-" + Hex(name, 17);
                var ip = PublicIp("203.0.113", name);
                _publicIpByAllocation[id] = ip;
                state["allocationId"] = id;
                state["publicIp"] = ip;
                state["publicDns"] = $"ec2-{ip.Replace('.', '-')}.{Region}.compute.{DnsSuffix}";
                state["domain"] = "vpc";
                state["arn"] = Arn("ec2", $"elastic-ip/{id}");
                return id;
            }

            case "aws:ec2/natGateway:NatGateway":
            {
                var id = "nat-" + Hex(name, 17);
                state["publicIp"] = _publicIpByAllocation.GetValueOrDefault(Text(input, "allocationId"), PublicIp("203.0.113", name));
                state["privateIp"] = PrivateIp(Text(input, "subnetId"), name);
                state["networkInterfaceId"] = "eni-" + Hex(name, 17);
                state["associationId"] = "eipassoc-" + Hex(name, 17);
                state["connectivityType"] = "public";
                return id;
            }

            case "aws:ec2/routeTable:RouteTable":
            {
                var id = "rtb-" + Hex(name, 17);
                state["arn"] = Arn("ec2", $"route-table/{id}");
                state["ownerId"] = AccountId;
                return id;
            }

            case "aws:ec2/route:Route":
                state["state"] = "active";
                state["origin"] = "CreateRoute";
                return $"r-{Text(input, "routeTableId")}{Digits(name, 10)}";

            case "aws:ec2/routeTableAssociation:RouteTableAssociation":
                return "rtbassoc-" + Hex(name, 17);

            case "aws:ec2/securityGroup:SecurityGroup":
            {
                var id = "sg-" + Hex(name, 17);
                state["arn"] = Arn("ec2", $"security-group/{id}");
                state["ownerId"] = AccountId;
                if (!input.ContainsKey("name"))
                {
                    state["name"] = $"{name}-{Hex(name, 7)}";
                }

                return id;
            }

            case "aws:ec2/securityGroupRule:SecurityGroupRule":
                state["securityGroupRuleId"] = "sgr-" + Hex(name, 17);
                return "sgrule-" + Digits(name, 10);

            case "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule":
            case "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule":
            {
                var id = "sgr-" + Hex(name, 17);
                state["arn"] = Arn("ec2", $"security-group-rule/{id}");
                state["securityGroupRuleId"] = id;
                return id;
            }

            case "aws:ec2/vpcEndpoint:VpcEndpoint":
            {
                var id = "vpce-" + Hex(name, 17);
                state["arn"] = Arn("ec2", $"vpc-endpoint/{id}");
                state["ownerId"] = AccountId;
                state["state"] = "available";
                state["networkInterfaceIds"] = new[] { "eni-" + Hex(name + "/1", 17), "eni-" + Hex(name + "/2", 17) };
                state["dnsEntries"] = new object[]
                {
                    new Dictionary<string, object?> { ["dnsName"] = $"{id}-{Hex(name, 8)}.vpce-svc.{Region}.vpce.{DnsSuffix}", ["hostedZoneId"] = "Z1YSA3EXCYUU9Z" },
                };
                return id;
            }

            case "aws:ec2/vpcPeeringConnectionAccepter:VpcPeeringConnectionAccepter":
                state["acceptStatus"] = "active";
                state["peerOwnerId"] = "380838443567";
                state["peerRegion"] = Region;
                state["peerVpcId"] = "vpc-" + Hex(name + "/peer", 17);
                return Text(input, "vpcPeeringConnectionId");

            case "aws:dms/replicationSubnetGroup:ReplicationSubnetGroup":
            {
                var id = Text(input, "replicationSubnetGroupId");
                var subnets = Texts(input, "subnetIds");
                _subnetsByGroup[id] = subnets;
                state["replicationSubnetGroupArn"] = Arn("dms", $"subgrp:{id}");
                state["vpcId"] = subnets.Select(s => _vpcBySubnet.GetValueOrDefault(s, "")).FirstOrDefault(v => v.Length > 0) ?? "";
                return id;
            }

            case "aws:dms/replicationInstance:ReplicationInstance":
            {
                var id = Text(input, "replicationInstanceId");
                var subnet = _subnetsByGroup.GetValueOrDefault(Text(input, "replicationSubnetGroupId"), []).FirstOrDefault() ?? "";
                state["replicationInstanceArn"] = DmsArn("rep");
                state["replicationInstancePrivateIps"] = new[] { PrivateIp(subnet, name) };
                state["replicationInstancePublicIps"] = Flag(input, "publiclyAccessible") ? new[] { PublicIp("198.51.100", name) } : Array.Empty<string>();
                state["engineVersion"] = input.TryGetValue("engineVersion", out var version) ? version : "3.5.4";
                state["availabilityZone"] = AvailabilityZones[0];
                state["preferredMaintenanceWindow"] = "sun:10:30-sun:14:30";
                return id;
            }

            case "aws:dms/endpoint:Endpoint":
                state["endpointArn"] = DmsArn("endpoint");
                return Text(input, "endpointId");

            case "aws:dms/certificate:Certificate":
                state["certificateArn"] = DmsArn("cert");
                return Text(input, "certificateId");

            case "aws:dms/replicationTask:ReplicationTask":
                state["replicationTaskArn"] = DmsArn("task");
                state["status"] = Flag(input, "startReplicationTask") ? "running" : "ready";
                return Text(input, "replicationTaskId");

            case "aws:dms/replicationConfig:ReplicationConfig":
            {
                var arn = DmsArn("replication-config");
                state["arn"] = arn;
                return arn;
            }

            case "aws:iam/role:Role":
            {
                var roleName = input.ContainsKey("name") ? Text(input, "name") : $"{name}-{Hex(name, 7)}";
                RememberRole(roleName, input);
                state["name"] = roleName;
                state["arn"] = $"arn:{Partition}:iam::{AccountId}:role/{roleName}";
                state["uniqueId"] = "AROA" + Hex(name, 17).ToUpperInvariant();
                state["createDate"] = "2025-01-01T00:00:00Z";
                return roleName;
            }

            case "aws:iam/serviceLinkedRole:ServiceLinkedRole":
            {
                var service = Text(input, "awsServiceName");
                var roleName = service.StartsWith("dms", StringComparison.Ordinal) ? "AWSServiceRoleForDMSServerless" : $"AWSServiceRoleFor{name}";
                RememberRole(roleName, input);
                var arn = $"arn:{Partition}:iam::{AccountId}:role/aws-service-role/{service}/{roleName}";
                state["name"] = roleName;
                state["arn"] = arn;
                state["path"] = $"/aws-service-role/{service}/";
                return arn;
            }

            case "aws:iam/rolePolicyAttachment:RolePolicyAttachment":
                return $"{Text(input, "role")}-{Digits(name, 20)}";

            default:
                state["arn"] = Arn(args.Type.Split(':')[1].Split('/')[0], $"{name}");
                return $"{name}-{Hex(name, 8)}";
        }
    }

    private Dictionary<string, object?> Role(string name)
    {
        if (!_roles.TryGetValue(name, out var tags))
        {
            // pulumi-aws's data source fails this way; the engine passes the message on.
            throw new InvalidOperationException($"reading IAM Role ({name}): couldn't find resource");
        }

        return new Dictionary<string, object?>
        {
            ["id"] = name,
            ["name"] = name,
            ["arn"] = $"arn:{Partition}:iam::{AccountId}:role/{name}",
            ["tags"] = tags,
            ["path"] = "/",
        };
    }

    private Dictionary<string, object?> Subnet(string id)
    {
        if (!Network.Subnets.TryGetValue(id, out var subnet))
        {
            // What pulumi-aws's data source says for an ID EC2 does not know.
            throw new InvalidOperationException("no matching EC2 Subnet found");
        }

        return new Dictionary<string, object?>
        {
            ["id"] = id,
            ["arn"] = $"arn:{Partition}:ec2:{Region}:{AccountId}:subnet/{id}",
            ["vpcId"] = subnet.VpcId,
            ["availabilityZone"] = subnet.AvailabilityZone,
            ["cidrBlock"] = subnet.CidrBlock,
            ["state"] = "available",
            ["ownerId"] = AccountId,
        };
    }

    private Dictionary<string, object?> Vpc(string id)
    {
        if (!Network.Vpcs.TryGetValue(id, out var vpc))
        {
            throw new InvalidOperationException("no matching EC2 VPC found");
        }

        return new Dictionary<string, object?>
        {
            ["id"] = id,
            ["arn"] = $"arn:{Partition}:ec2:{Region}:{AccountId}:vpc/{id}",
            ["cidrBlock"] = vpc.CidrBlock,
            ["enableDnsSupport"] = vpc.EnableDnsSupport,
            ["enableDnsHostnames"] = vpc.EnableDnsHostnames,
            ["state"] = "available",
            ["ownerId"] = AccountId,
        };
    }

    private void RememberRole(string roleName, ImmutableSortedDictionary<string, PropertyValue> inputs)
    {
        var tags = inputs.TryGetValue("tags", out var value) && value.TryGetObject(out var map)
            ? map.Where(t => t.Value.TryGetString(out _)).ToImmutableSortedDictionary(t => t.Key, t => t.Value.AsString, StringComparer.Ordinal)
            : ImmutableSortedDictionary<string, string>.Empty;
        _roles[roleName] = tags;
    }

    private string ZonePrefix()
    {
        var parts = Region.Split('-');
        return parts.Length >= 3 ? $"{parts[0]}{parts[1][0]}{parts[^1]}" : Region;
    }

    private string PrivateIp(string subnetId, string name)
    {
        var cidr = _cidrBySubnet.GetValueOrDefault(subnetId, "10.0.0.0/24");
        var octets = cidr.Split('/')[0].Split('.');
        var host = 10 + (int)(Fnv(name) % 200);
        return $"{octets[0]}.{octets[1]}.{octets[2]}.{host}";
    }

    private static string PublicIp(string prefix, string name) => $"{prefix}.{1 + (Fnv(name) % 254)}";

    private static string Text(ImmutableSortedDictionary<string, PropertyValue> values, string key) =>
        values.TryGetValue(key, out var value) && value.TryGetString(out var s) ? s : "";

    private static ImmutableArray<string> Texts(ImmutableSortedDictionary<string, PropertyValue> values, string key) =>
        values.TryGetValue(key, out var value) && value.TryGetArray(out var items)
            ? [.. items.Select(i => i.TryGetString(out var s) ? s : "")]
            : [];

    private static bool Flag(ImmutableSortedDictionary<string, PropertyValue> values, string key) =>
        values.TryGetValue(key, out var value) && value.TryGetBool(out var b) && b;

    /// <summary><paramref name="length"/> lowercase hex digits derived from <paramref name="seed"/>: stable across runs.</summary>
    private static string Hex(string seed, int length)
    {
        var sb = new StringBuilder(length + 16);
        for (var round = 0; sb.Length < length; round++)
        {
            sb.Append(Fnv($"{seed}#{round}").ToString("x16", CultureInfo.InvariantCulture));
        }

        return sb.ToString(0, length);
    }

    private static string Digits(string seed, int length)
    {
        var sb = new StringBuilder(length + 20);
        for (var round = 0; sb.Length < length; round++)
        {
            sb.Append(Fnv($"{seed}#{round}").ToString(CultureInfo.InvariantCulture));
        }

        return sb.ToString(0, length);
    }

    private static ulong Fnv(string text)
    {
        var hash = 14695981039346656037UL;
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            hash = (hash ^ b) * 1099511628211UL;
        }

        return hash;
    }
}
