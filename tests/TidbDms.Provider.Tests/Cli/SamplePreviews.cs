using System.Collections.Immutable;
using TidbDms.Provider.Cli;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>
/// Hand-made plans for the four network topologies, turned into preview results the way the
/// registration layer would, so renderer tests do not depend on the planner.
/// </summary>
internal static class SamplePreviews
{
    public const string Project = "proj";
    public const string Stack = "dev";

    public static PlanValue Ref(string resource, string output = "id") => new PlanValue.Ref(resource, output);

    public static PlannedResource Resource(string type, string name, params (string Key, PlanValue Value)[] inputs) =>
        new(type, name, inputs.ToImmutableSortedDictionary(i => i.Key, i => i.Value, StringComparer.Ordinal), [], []);

    public static ImmutableSortedDictionary<string, PropertyValue> ComponentInputs(string tier, string host, params (string Key, PropertyValue Value)[] more) =>
        new[]
        {
            ("tier", PropertyValue.String(tier)),
            ("cluster", PropertyValue.Object(("host", PropertyValue.String(host)), ("password", PropertyValue.String("hunter2").WithSecret()))),
        }.Concat(more).ToImmutableSortedDictionary(i => i.Item1, i => i.Item2, StringComparer.Ordinal);

    public static PreviewComponentResult Evaluate(
        string name,
        ImmutableSortedDictionary<string, PropertyValue> inputs,
        IEnumerable<PlannedResource> resources,
        params (string Key, PlanValue Value)[] outputs)
    {
        var plan = new MigrationPlan(name, [.. resources], outputs.ToImmutableSortedDictionary(o => o.Key, o => o.Value, StringComparer.Ordinal));
        return PlanPreviews.Evaluate(Project, Stack, PlanPreviews.ComponentRegistration(Project, Stack, name, inputs), plan);
    }

    public static PreviewResult Result(params PreviewComponentResult[] components) =>
        new(Project, Stack, "Pulumi.yaml", [.. components], [], [], [], []);

    private static IEnumerable<PlannedResource> Vpc(string name, bool dns = false)
    {
        yield return dns
            ? Resource("aws:ec2/vpc:Vpc", $"{name}-vpc", ("cidrBlock", PlanValue.Of("10.0.0.0/16")), ("enableDnsHostnames", PlanValue.Of(true)))
            : Resource("aws:ec2/vpc:Vpc", $"{name}-vpc", ("cidrBlock", PlanValue.Of("10.0.0.0/16")));
    }

    private static PlannedResource Subnet(string name, string suffix, string zone, string cidr) =>
        Resource("aws:ec2/subnet:Subnet", $"{name}-{suffix}", ("vpcId", Ref($"{name}-vpc")), ("availabilityZone", PlanValue.Of(zone)), ("cidrBlock", PlanValue.Of(cidr)));

    private static PlannedResource Association(string name, string subnet, string table) =>
        Resource("aws:ec2/routeTableAssociation:RouteTableAssociation", $"{name}-{subnet}-rta", ("subnetId", Ref($"{name}-{subnet}")), ("routeTableId", Ref($"{name}-{table}")));

    private static IEnumerable<PlannedResource> Dms(string name, string subnetA, string subnetB, bool publiclyAccessible = false, string sslMode = "verify-full")
    {
        yield return Resource("aws:ec2/securityGroup:SecurityGroup", $"{name}-dms-sg", ("vpcId", Ref($"{name}-vpc")));
        yield return Resource(
            "aws:dms/replicationSubnetGroup:ReplicationSubnetGroup",
            $"{name}-subnet-group",
            ("subnetIds", PlanValue.ListOf([Ref($"{name}-{subnetA}"), Ref($"{name}-{subnetB}")])));
        yield return Resource(
            "aws:dms/replicationInstance:ReplicationInstance",
            $"{name}-dms",
            ("replicationInstanceClass", PlanValue.Of("dms.t3.large")),
            ("replicationSubnetGroupId", Ref($"{name}-subnet-group")),
            ("publiclyAccessible", PlanValue.Of(publiclyAccessible)),
            ("vpcSecurityGroupIds", PlanValue.ListOf([Ref($"{name}-dms-sg")])));
        yield return Resource(
            "aws:dms/endpoint:Endpoint",
            $"{name}-tidb",
            ("serverName", PlanValue.Of("gateway01.us-west-2.prod.aws.tidbcloud.com")),
            ("port", PlanValue.Of(4000)),
            ("sslMode", PlanValue.Of(sslMode)),
            ("password", PlanValue.Of(PropertyValue.String("hunter2").WithSecret())));
    }

    /// <summary>PublicEndpoint through one NAT gateway: two private subnets, one public subnet.</summary>
    public static PreviewComponentResult Nat(string name = "mig") => Evaluate(
        name,
        ComponentInputs("Starter", "gateway01.us-west-2.prod.aws.tidbcloud.com"),
        Vpc(name).Concat(
        [
            Subnet(name, "private-a", "us-west-2a", "10.0.0.0/20"),
            Subnet(name, "private-b", "us-west-2b", "10.0.16.0/20"),
            Subnet(name, "public-a", "us-west-2a", "10.0.128.0/24"),
            Resource("aws:ec2/internetGateway:InternetGateway", $"{name}-igw", ("vpcId", Ref($"{name}-vpc"))),
            Resource("aws:ec2/eip:Eip", $"{name}-nat-eip-a", ("domain", PlanValue.Of("vpc"))),
            Resource("aws:ec2/natGateway:NatGateway", $"{name}-nat-a", ("allocationId", Ref($"{name}-nat-eip-a")), ("subnetId", Ref($"{name}-public-a"))),
            Resource("aws:ec2/routeTable:RouteTable", $"{name}-public-rt", ("vpcId", Ref($"{name}-vpc"))),
            Resource("aws:ec2/route:Route", $"{name}-public-default", ("routeTableId", Ref($"{name}-public-rt")), ("destinationCidrBlock", PlanValue.Of("0.0.0.0/0")), ("gatewayId", Ref($"{name}-igw"))),
            Association(name, "public-a", "public-rt"),
            Resource("aws:ec2/routeTable:RouteTable", $"{name}-private-rt", ("vpcId", Ref($"{name}-vpc"))),
            Resource("aws:ec2/route:Route", $"{name}-private-default", ("routeTableId", Ref($"{name}-private-rt")), ("destinationCidrBlock", PlanValue.Of("0.0.0.0/0")), ("natGatewayId", Ref($"{name}-nat-a"))),
            Association(name, "private-a", "private-rt"),
            Association(name, "private-b", "private-rt"),
        ]).Concat(Dms(name, "private-a", "private-b")),
        ("vpcId", Ref($"{name}-vpc")),
        ("natGatewayPublicIps", PlanValue.ListOf([Ref($"{name}-nat-a", "publicIp")])));

    /// <summary>PublicEndpoint with the instance in two public subnets (Dedicated: IP access list output).</summary>
    public static PreviewComponentResult PublicSubnet(string name = "mig") => Evaluate(
        name,
        ComponentInputs("Dedicated", "tidb.abc.clusters.tidb-cloud.com"),
        Vpc(name).Concat(
        [
            Subnet(name, "public-a", "us-west-2a", "10.0.128.0/24"),
            Subnet(name, "public-b", "us-west-2b", "10.0.129.0/24"),
            Resource("aws:ec2/internetGateway:InternetGateway", $"{name}-igw", ("vpcId", Ref($"{name}-vpc"))),
            Resource("aws:ec2/routeTable:RouteTable", $"{name}-public-rt", ("vpcId", Ref($"{name}-vpc"))),
            Resource("aws:ec2/route:Route", $"{name}-public-default", ("routeTableId", Ref($"{name}-public-rt")), ("destinationCidrBlock", PlanValue.Of("0.0.0.0/0")), ("gatewayId", Ref($"{name}-igw"))),
            Association(name, "public-a", "public-rt"),
            Association(name, "public-b", "public-rt"),
        ]).Concat(Dms(name, "public-a", "public-b", publiclyAccessible: true)),
        ("ipAccessListCidrs", new PlanValue.EachWithSuffix(Ref($"{name}-dms", "replicationInstancePublicIps"), "/32")));

    /// <summary>PrivateEndpoint: private subnets and an interface VPC endpoint.</summary>
    public static PreviewComponentResult PrivateEndpoint(string name = "mig") => Evaluate(
        name,
        ComponentInputs("Essential", "gateway01-privatelink.us-west-2.prod.aws.tidbcloud.com"),
        Vpc(name, dns: true).Concat(
        [
            Subnet(name, "private-a", "us-west-2a", "10.0.0.0/20"),
            Subnet(name, "private-b", "us-west-2b", "10.0.16.0/20"),
            Resource("aws:ec2/securityGroup:SecurityGroup", $"{name}-endpoint-sg", ("vpcId", Ref($"{name}-vpc"))),
            Resource(
                "aws:ec2/vpcEndpoint:VpcEndpoint",
                $"{name}-tidb-endpoint",
                ("vpcId", Ref($"{name}-vpc")),
                ("serviceName", PlanValue.Of("com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0")),
                ("vpcEndpointType", PlanValue.Of("Interface")),
                ("subnetIds", PlanValue.ListOf([Ref($"{name}-private-a"), Ref($"{name}-private-b")]))),
        ]).Concat(Dms(name, "private-a", "private-b", sslMode: "none")),
        ("vpcEndpointId", Ref($"{name}-tidb-endpoint")));

    /// <summary>VpcPeering: private subnets, the accepted peering and a route to the TiDB CIDR.</summary>
    public static PreviewComponentResult VpcPeering(string name = "mig") => Evaluate(
        name,
        ComponentInputs(
            "Dedicated",
            "private-tidb.abc.clusters.tidb-cloud.com",
            ("vpcPeering", PropertyValue.Object(("peeringConnectionId", PropertyValue.String("pcx-0123456789abcdef0")), ("tidbCidr", PropertyValue.String("10.250.0.0/16"))))),
        Vpc(name, dns: true).Concat(
        [
            Subnet(name, "private-a", "us-west-2a", "10.0.0.0/20"),
            Subnet(name, "private-b", "us-west-2b", "10.0.16.0/20"),
            Resource("aws:ec2/vpcPeeringConnectionAccepter:VpcPeeringConnectionAccepter", $"{name}-peering", ("vpcPeeringConnectionId", PlanValue.Of("pcx-0123456789abcdef0")), ("autoAccept", PlanValue.Of(true))),
            Resource("aws:ec2/routeTable:RouteTable", $"{name}-private-rt", ("vpcId", Ref($"{name}-vpc"))),
            Resource("aws:ec2/route:Route", $"{name}-tidb-route", ("routeTableId", Ref($"{name}-private-rt")), ("destinationCidrBlock", PlanValue.Of("10.250.0.0/16")), ("vpcPeeringConnectionId", Ref($"{name}-peering"))),
            Association(name, "private-a", "private-rt"),
            Association(name, "private-b", "private-rt"),
        ]).Concat(Dms(name, "private-a", "private-b", sslMode: "none")),
        ("vpcId", Ref($"{name}-vpc")));
}
