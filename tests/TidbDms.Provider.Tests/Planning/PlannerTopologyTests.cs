using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Tests.Support;
using static TidbDms.Provider.Tests.Planning.PlanText;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>The exact children, key inputs and outputs of each topology.</summary>
internal sealed class PlannerTopologyTests
{
    [Test]
    public void PlanPublicEndpointSingleNatBuildsPrivateSubnetsBehindOneNat()
    {
        var plan = Plan(TestArgs.Create(Tier.Starter, Connectivity.PublicEndpoint));

        Assert.That(Children(plan), Is.EqualTo([
            "aws:ec2/vpc:Vpc mig-vpc",
            "aws:ec2/subnet:Subnet mig-private-a",
            "aws:ec2/subnet:Subnet mig-private-b",
            "aws:ec2/subnet:Subnet mig-public-a",
            "aws:ec2/internetGateway:InternetGateway mig-igw",
            "aws:ec2/routeTable:RouteTable mig-public-rt",
            "aws:ec2/routeTableAssociation:RouteTableAssociation mig-public-a-rta",
            "aws:ec2/eip:Eip mig-nat-eip-a",
            "aws:ec2/natGateway:NatGateway mig-nat-a",
            "aws:ec2/routeTable:RouteTable mig-private-rt",
            "aws:ec2/routeTableAssociation:RouteTableAssociation mig-private-a-rta",
            "aws:ec2/routeTableAssociation:RouteTableAssociation mig-private-b-rta",
            "aws:ec2/securityGroup:SecurityGroup mig-dms-sg",
            "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule mig-dms-egress-tidb",
            "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule mig-dms-egress-https",
            "aws:dms/replicationSubnetGroup:ReplicationSubnetGroup mig-subnet-group",
            "aws:dms/replicationInstance:ReplicationInstance mig-replication-instance",
            "aws:dms/certificate:Certificate mig-ca",
            "aws:dms/endpoint:Endpoint mig-tidb-endpoint",
            "aws:dms/replicationTask:ReplicationTask mig-task",]));
        Assert.Multiple(() =>
        {
            Assert.That(Input(plan, "mig-public-rt", "routes"), Is.EqualTo("""[{"cidrBlock":"0.0.0.0/0","gatewayId":"ref(mig-igw).id"}]"""));
            Assert.That(Input(plan, "mig-private-rt", "routes"), Is.EqualTo("""[{"cidrBlock":"0.0.0.0/0","natGatewayId":"ref(mig-nat-a).id"}]"""));
            Assert.That(Input(plan, "mig-nat-eip-a", "domain"), Is.EqualTo("\"vpc\""));
            Assert.That(Input(plan, "mig-nat-a", "allocationId"), Is.EqualTo("\"ref(mig-nat-eip-a).allocationId\""));
            Assert.That(Input(plan, "mig-nat-a", "subnetId"), Is.EqualTo("\"ref(mig-public-a).id\""));
            Assert.That(Input(plan, "mig-nat-a", "connectivityType"), Is.EqualTo("\"public\""));
            Assert.That(plan["mig-nat-a"].DependsOn, Is.EqualTo(["mig-igw"]));
            Assert.That(Input(plan, "mig-private-b-rta", "routeTableId"), Is.EqualTo("\"ref(mig-private-rt).id\""));
            Assert.That(Input(plan, "mig-private-b-rta", "subnetId"), Is.EqualTo("\"ref(mig-private-b).id\""));
            Assert.That(Input(plan, "mig-subnet-group", "subnetIds"), Is.EqualTo("""["ref(mig-private-a).id","ref(mig-private-b).id"]"""));
            Assert.That(Input(plan, "mig-replication-instance", "publiclyAccessible"), Is.EqualTo("false"));
            Assert.That(Input(plan, "mig-dms-egress-tidb", "cidrIpv4"), Is.EqualTo("\"0.0.0.0/0\""));
            Assert.That(Input(plan, "mig-dms-egress-https", "fromPort"), Is.EqualTo("443"));
            Assert.That(plan["mig-replication-instance"].DependsOn, Is.Empty);
            Assert.That(plan["mig-task"].DependsOn, Is.EqualTo([
                "mig-igw", "mig-public-rt", "mig-public-a-rta", "mig-nat-a", "mig-private-rt", "mig-private-a-rta", "mig-private-b-rta",
                "mig-dms-egress-tidb", "mig-dms-egress-https",]));
        });
    }

    [Test]
    public void PlanPublicEndpointNatPerZoneRoutesEachZoneThroughItsOwnNat()
    {
        var plan = Plan(TestArgs.Create(Tier.Essential, natGateways: NatGatewayStrategy.OnePerAz, zoneCount: 3));

        Assert.That(Children(plan)[..25], Is.EqualTo([
            "aws:ec2/vpc:Vpc mig-vpc",
            "aws:ec2/subnet:Subnet mig-private-a",
            "aws:ec2/subnet:Subnet mig-private-b",
            "aws:ec2/subnet:Subnet mig-private-c",
            "aws:ec2/subnet:Subnet mig-public-a",
            "aws:ec2/subnet:Subnet mig-public-b",
            "aws:ec2/subnet:Subnet mig-public-c",
            "aws:ec2/internetGateway:InternetGateway mig-igw",
            "aws:ec2/routeTable:RouteTable mig-public-rt",
            "aws:ec2/routeTableAssociation:RouteTableAssociation mig-public-a-rta",
            "aws:ec2/routeTableAssociation:RouteTableAssociation mig-public-b-rta",
            "aws:ec2/routeTableAssociation:RouteTableAssociation mig-public-c-rta",
            "aws:ec2/eip:Eip mig-nat-eip-a",
            "aws:ec2/natGateway:NatGateway mig-nat-a",
            "aws:ec2/eip:Eip mig-nat-eip-b",
            "aws:ec2/natGateway:NatGateway mig-nat-b",
            "aws:ec2/eip:Eip mig-nat-eip-c",
            "aws:ec2/natGateway:NatGateway mig-nat-c",
            "aws:ec2/routeTable:RouteTable mig-private-rt-a",
            "aws:ec2/routeTableAssociation:RouteTableAssociation mig-private-a-rta",
            "aws:ec2/routeTable:RouteTable mig-private-rt-b",
            "aws:ec2/routeTableAssociation:RouteTableAssociation mig-private-b-rta",
            "aws:ec2/routeTable:RouteTable mig-private-rt-c",
            "aws:ec2/routeTableAssociation:RouteTableAssociation mig-private-c-rta",
            "aws:ec2/securityGroup:SecurityGroup mig-dms-sg",]));
        Assert.Multiple(() =>
        {
            Assert.That(Input(plan, "mig-private-rt-b", "routes"), Is.EqualTo("""[{"cidrBlock":"0.0.0.0/0","natGatewayId":"ref(mig-nat-b).id"}]"""));
            Assert.That(Input(plan, "mig-private-c-rta", "routeTableId"), Is.EqualTo("\"ref(mig-private-rt-c).id\""));
            Assert.That(Input(plan, "mig-nat-c", "subnetId"), Is.EqualTo("\"ref(mig-public-c).id\""));
            Assert.That(Output(plan, ContractOutputs.NatGatewayPublicIps), Is.EqualTo(
                """["ref(mig-nat-eip-a).publicIp","ref(mig-nat-eip-b).publicIp","ref(mig-nat-eip-c).publicIp"]"""));
        });
    }

    [Test]
    public void PlanPublicEndpointPublicSubnetPutsAPubliclyAccessibleInstanceInPublicSubnets()
    {
        var plan = Plan(TestArgs.Create(Tier.Dedicated, publicAccess: PublicAccess.PublicSubnet, task: false));

        Assert.That(Children(plan), Is.EqualTo([
            "aws:ec2/vpc:Vpc mig-vpc",
            "aws:ec2/subnet:Subnet mig-public-a",
            "aws:ec2/subnet:Subnet mig-public-b",
            "aws:ec2/internetGateway:InternetGateway mig-igw",
            "aws:ec2/routeTable:RouteTable mig-public-rt",
            "aws:ec2/routeTableAssociation:RouteTableAssociation mig-public-a-rta",
            "aws:ec2/routeTableAssociation:RouteTableAssociation mig-public-b-rta",
            "aws:ec2/securityGroup:SecurityGroup mig-dms-sg",
            "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule mig-dms-egress-tidb",
            "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule mig-dms-egress-https",
            "aws:dms/replicationSubnetGroup:ReplicationSubnetGroup mig-subnet-group",
            "aws:dms/replicationInstance:ReplicationInstance mig-replication-instance",
            "aws:dms/certificate:Certificate mig-ca",
            "aws:dms/endpoint:Endpoint mig-tidb-endpoint",]));
        Assert.Multiple(() =>
        {
            Assert.That(Input(plan, "mig-subnet-group", "subnetIds"), Is.EqualTo("""["ref(mig-public-a).id","ref(mig-public-b).id"]"""));
            Assert.That(Input(plan, "mig-replication-instance", "publiclyAccessible"), Is.EqualTo("true"));
            Assert.That(Input(plan, "mig-public-a", "mapPublicIpOnLaunch"), Is.EqualTo("false"));
            Assert.That(Output(plan, ContractOutputs.IpAccessListCidrs), Is.EqualTo(
                """{"eachWithSuffix":{"source":"ref(mig-replication-instance).replicationInstancePublicIps","suffix":"/32"}}"""));
        });
    }

    [Test]
    public void PlanPrivateEndpointReachesTheClusterThroughAnInterfaceEndpointOnly()
    {
        var plan = Plan(TestArgs.Create(Tier.Starter, Connectivity.PrivateEndpoint));

        Assert.That(Children(plan), Is.EqualTo([
            "aws:ec2/vpc:Vpc mig-vpc",
            "aws:ec2/subnet:Subnet mig-private-a",
            "aws:ec2/subnet:Subnet mig-private-b",
            "aws:ec2/routeTable:RouteTable mig-private-rt",
            "aws:ec2/routeTableAssociation:RouteTableAssociation mig-private-a-rta",
            "aws:ec2/routeTableAssociation:RouteTableAssociation mig-private-b-rta",
            "aws:ec2/securityGroup:SecurityGroup mig-dms-sg",
            "aws:ec2/securityGroup:SecurityGroup mig-endpoint-sg",
            "aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule mig-endpoint-ingress",
            "aws:ec2/vpcEndpoint:VpcEndpoint mig-vpc-endpoint",
            "aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule mig-dms-egress-tidb",
            "aws:dms/replicationSubnetGroup:ReplicationSubnetGroup mig-subnet-group",
            "aws:dms/replicationInstance:ReplicationInstance mig-replication-instance",
            "aws:dms/endpoint:Endpoint mig-tidb-endpoint",
            "aws:dms/replicationTask:ReplicationTask mig-task",]));
        Assert.Multiple(() =>
        {
            Assert.That(Input(plan, "mig-private-rt", "routes"), Is.Null);
            Assert.That(Input(plan, "mig-endpoint-sg", "description"), Is.EqualTo("\"TiDB Cloud PrivateLink endpoint - managed by tidb-dms\""));
            Assert.That(Input(plan, "mig-endpoint-ingress", "securityGroupId"), Is.EqualTo("\"ref(mig-endpoint-sg).id\""));
            Assert.That(Input(plan, "mig-endpoint-ingress", "referencedSecurityGroupId"), Is.EqualTo("\"ref(mig-dms-sg).id\""));
            Assert.That(Input(plan, "mig-endpoint-ingress", "ipProtocol"), Is.EqualTo("\"tcp\""));
            Assert.That(Input(plan, "mig-endpoint-ingress", "fromPort"), Is.EqualTo("4000"));
            Assert.That(Input(plan, "mig-endpoint-ingress", "toPort"), Is.EqualTo("4000"));
            Assert.That(Input(plan, "mig-dms-egress-tidb", "referencedSecurityGroupId"), Is.EqualTo("\"ref(mig-endpoint-sg).id\""));
            Assert.That(Input(plan, "mig-dms-egress-tidb", "cidrIpv4"), Is.Null);
            Assert.That(Input(plan, "mig-vpc-endpoint", "serviceName"), Is.EqualTo($"\"{TestValues.ServiceName}\""));
            Assert.That(Input(plan, "mig-vpc-endpoint", "vpcEndpointType"), Is.EqualTo("\"Interface\""));
            Assert.That(Input(plan, "mig-vpc-endpoint", "subnetIds"), Is.EqualTo("""["ref(mig-private-a).id","ref(mig-private-b).id"]"""));
            Assert.That(Input(plan, "mig-vpc-endpoint", "securityGroupIds"), Is.EqualTo("""["ref(mig-endpoint-sg).id"]"""));
            Assert.That(Input(plan, "mig-vpc-endpoint", "privateDnsEnabled"), Is.EqualTo("true"));
            Assert.That(plan["mig-tidb-endpoint"].DependsOn, Is.Empty);
            Assert.That(plan["mig-task"].DependsOn, Is.EqualTo([
                "mig-private-rt", "mig-private-a-rta", "mig-private-b-rta", "mig-vpc-endpoint", "mig-endpoint-ingress", "mig-dms-egress-tidb",]));
            Assert.That(Input(plan, "mig-tidb-endpoint", "sslMode"), Is.EqualTo("\"none\""));
            Assert.That(Input(plan, "mig-tidb-endpoint", "certificateArn"), Is.Null);
        });
    }

    [Test]
    public void PlanVpcPeeringAcceptsThePeeringAndRoutesTheTidbCidrThroughIt()
    {
        var plan = Plan(TestArgs.Create(Tier.Dedicated, Connectivity.VpcPeering));

        Assert.That(Children(plan)[..7], Is.EqualTo([
            "aws:ec2/vpc:Vpc mig-vpc",
            "aws:ec2/subnet:Subnet mig-private-a",
            "aws:ec2/subnet:Subnet mig-private-b",
            "aws:ec2/vpcPeeringConnectionAccepter:VpcPeeringConnectionAccepter mig-peering",
            "aws:ec2/routeTable:RouteTable mig-private-rt",
            "aws:ec2/routeTableAssociation:RouteTableAssociation mig-private-a-rta",
            "aws:ec2/routeTableAssociation:RouteTableAssociation mig-private-b-rta",]));
        Assert.Multiple(() =>
        {
            Assert.That(Input(plan, "mig-peering", "vpcPeeringConnectionId"), Is.EqualTo($"\"{TestValues.PeeringConnectionId}\""));
            Assert.That(Input(plan, "mig-peering", "autoAccept"), Is.EqualTo("true"));
            Assert.That(Input(plan, "mig-private-rt", "routes"), Is.EqualTo(
                """[{"cidrBlock":"10.250.0.0/16","vpcPeeringConnectionId":"ref(mig-peering).id"}]"""));
            Assert.That(Input(plan, "mig-dms-egress-tidb", "cidrIpv4"), Is.EqualTo("\"10.250.0.0/16\""));
            Assert.That(HasChild(plan, "mig-dms-egress-https"), Is.False);
            Assert.That(HasChild(plan, "mig-igw"), Is.False);
        });
    }

    [Test]
    public void PlanServerlessWithCreatedRolesBuildsAReplicationConfigInsteadOfAnInstance()
    {
        var plan = Plan(TestArgs.Create(Tier.Starter, mode: ReplicationMode.Serverless, roles: DmsIamRoles.Create));

        Assert.That(Children(plan)[..5], Is.EqualTo([
            "aws:iam/role:Role mig-dms-vpc-role",
            "aws:iam/rolePolicyAttachment:RolePolicyAttachment mig-dms-vpc-role-policy",
            "aws:iam/role:Role mig-dms-logs-role",
            "aws:iam/rolePolicyAttachment:RolePolicyAttachment mig-dms-logs-role-policy",
            "aws:iam/serviceLinkedRole:ServiceLinkedRole mig-dms-serverless-role",]));
        Assert.That(Children(plan)[^4..], Is.EqualTo([
            "aws:dms/replicationSubnetGroup:ReplicationSubnetGroup mig-subnet-group",
            "aws:dms/certificate:Certificate mig-ca",
            "aws:dms/endpoint:Endpoint mig-tidb-endpoint",
            "aws:dms/replicationConfig:ReplicationConfig mig-replication-config",]));
        Assert.Multiple(() =>
        {
            Assert.That(HasChild(plan, "mig-replication-instance"), Is.False);
            Assert.That(Input(plan, "mig-dms-serverless-role", "awsServiceName"), Is.EqualTo("\"dms.amazonaws.com\""));
            Assert.That(plan["mig-replication-config"].DependsOn, Is.EqualTo(["mig-dms-serverless-role", "mig-dms-logs-role-policy"]));
            Assert.That(Input(plan, "mig-replication-config", "computeConfig"), Is.EqualTo(
                """{"maxCapacityUnits":4,"minCapacityUnits":1,"multiAz":false,"replicationSubnetGroupId":"ref(mig-subnet-group).replicationSubnetGroupId","vpcSecurityGroupIds":["ref(mig-dms-sg).id"]}"""));
            Assert.That(Input(plan, "mig-replication-config", "replicationType"), Is.EqualTo("\"full-load\""));
            Assert.That(Input(plan, "mig-replication-config", "startReplication"), Is.EqualTo("false"));
            Assert.That(Input(plan, "mig-replication-config", "sourceEndpointArn"), Is.EqualTo($"\"{TestValues.OtherEndpointArn}\""));
            Assert.That(Input(plan, "mig-replication-config", "targetEndpointArn"), Is.EqualTo("\"ref(mig-tidb-endpoint).endpointArn\""));
            Assert.That(Output(plan, ContractOutputs.ReplicationConfigArn), Is.EqualTo("\"ref(mig-replication-config).arn\""));
        });
    }

    public static IEnumerable<TestCaseData> OutputCases()
    {
        string[] common = ["vpcId", "securityGroupId", "replicationSubnetGroupId", "tidbEndpointArn"];
        string[] instance = ["replicationInstanceArn", "replicationInstancePrivateIps"];
        yield return Case("Starter NAT, instance, task", TestArgs.Create(Tier.Starter),
            [.. common, .. instance, "privateSubnetIds", "publicSubnetIds", "natGatewayPublicIps", "ipAccessListCidrs", "certificateArn", "replicationTaskArn"]);
        yield return Case("Dedicated NAT, instance, no task", TestArgs.Create(Tier.Dedicated, task: false),
            [.. common, .. instance, "privateSubnetIds", "publicSubnetIds", "natGatewayPublicIps", "ipAccessListCidrs", "certificateArn"]);
        yield return Case("Essential public subnet", TestArgs.Create(Tier.Essential, publicAccess: PublicAccess.PublicSubnet),
            [.. common, .. instance, "publicSubnetIds", "replicationInstancePublicIps", "ipAccessListCidrs", "certificateArn", "replicationTaskArn"]);
        yield return Case("Dedicated public subnet", TestArgs.Create(Tier.Dedicated, publicAccess: PublicAccess.PublicSubnet),
            [.. common, .. instance, "publicSubnetIds", "replicationInstancePublicIps", "ipAccessListCidrs", "certificateArn", "replicationTaskArn"]);
        yield return Case("Starter private endpoint", TestArgs.Create(Tier.Starter, Connectivity.PrivateEndpoint, task: false),
            [.. common, .. instance, "privateSubnetIds", "vpcEndpointId"]);
        yield return Case("Dedicated peering", TestArgs.Create(Tier.Dedicated, Connectivity.VpcPeering),
            [.. common, .. instance, "privateSubnetIds", "replicationTaskArn"]);
        yield return Case("Starter serverless NAT", TestArgs.Create(Tier.Starter, mode: ReplicationMode.Serverless),
            [.. common, "privateSubnetIds", "publicSubnetIds", "natGatewayPublicIps", "ipAccessListCidrs", "certificateArn", "replicationConfigArn"]);
        yield return Case("Dedicated serverless private endpoint", TestArgs.Create(Tier.Dedicated, Connectivity.PrivateEndpoint, mode: ReplicationMode.Serverless),
            [.. common, "privateSubnetIds", "vpcEndpointId", "replicationConfigArn"]);

        static TestCaseData Case(string name, TidbDmsMigrationArgs args, string[] outputs) =>
            new TestCaseData(args, outputs.Order(StringComparer.Ordinal).ToArray()).SetArgDisplayNames(name);
    }

    [TestCaseSource(nameof(OutputCases))]
    public void PlanEachTopologyHasExactlyTheOutputsThatApply(TidbDmsMigrationArgs args, string[] expected) =>
        Assert.That(Plan(args).Outputs.Keys, Is.EqualTo(expected));

    [Test]
    public void PlanAnyTopologyOutputsReadTheRightChildren()
    {
        var plan = Plan(TestArgs.Create(Tier.Dedicated, task: true));

        Assert.Multiple(() =>
        {
            Assert.That(Output(plan, "vpcId"), Is.EqualTo("\"ref(mig-vpc).id\""));
            Assert.That(Output(plan, "privateSubnetIds"), Is.EqualTo("""["ref(mig-private-a).id","ref(mig-private-b).id"]"""));
            Assert.That(Output(plan, "publicSubnetIds"), Is.EqualTo("""["ref(mig-public-a).id"]"""));
            Assert.That(Output(plan, "securityGroupId"), Is.EqualTo("\"ref(mig-dms-sg).id\""));
            Assert.That(Output(plan, "replicationSubnetGroupId"), Is.EqualTo("\"ref(mig-subnet-group).replicationSubnetGroupId\""));
            Assert.That(Output(plan, "replicationInstanceArn"), Is.EqualTo("\"ref(mig-replication-instance).replicationInstanceArn\""));
            Assert.That(Output(plan, "replicationInstancePrivateIps"), Is.EqualTo("\"ref(mig-replication-instance).replicationInstancePrivateIps\""));
            Assert.That(Output(plan, "natGatewayPublicIps"), Is.EqualTo("""["ref(mig-nat-eip-a).publicIp"]"""));
            Assert.That(Output(plan, "ipAccessListCidrs"), Is.EqualTo("""[{"concat":["ref(mig-nat-eip-a).publicIp","/32"]}]"""));
            Assert.That(Output(plan, "certificateArn"), Is.EqualTo("\"ref(mig-ca).certificateArn\""));
            Assert.That(Output(plan, "tidbEndpointArn"), Is.EqualTo("\"ref(mig-tidb-endpoint).endpointArn\""));
            Assert.That(Output(plan, "replicationTaskArn"), Is.EqualTo("\"ref(mig-task).replicationTaskArn\""));
        });
    }

    [TestCase(Connectivity.PublicEndpoint, PublicAccess.NatGateway, "false")]
    [TestCase(Connectivity.PublicEndpoint, PublicAccess.PublicSubnet, "true")]
    [TestCase(Connectivity.PrivateEndpoint, PublicAccess.NatGateway, "false")]
    [TestCase(Connectivity.VpcPeering, PublicAccess.NatGateway, "false")]
    public void PlanInstanceIsPubliclyAccessibleOnlyInPublicSubnets(Connectivity connectivity, PublicAccess access, string expected) =>
        Assert.That(Input(Plan(TestArgs.Create(Tier.Dedicated, connectivity, publicAccess: access)), "mig-replication-instance", "publiclyAccessible"), Is.EqualTo(expected));

    [Test]
    public void PlanAllMatrixCasesUseEveryAwsTypeTheProviderKnows()
    {
        var used = PlannerMatrixTests.Cases()
            .SelectMany(c => Plan((TidbDmsMigrationArgs)c.Arguments[0]!).Resources.Select(r => r.Type))
            .Distinct()
            .Order(StringComparer.Ordinal);

        Assert.That(used, Is.EqualTo(new[]
        {
            AwsTypes.Certificate, AwsTypes.Endpoint, AwsTypes.ReplicationConfig, AwsTypes.ReplicationInstance, AwsTypes.ReplicationSubnetGroup,
            AwsTypes.ReplicationTask, AwsTypes.Eip, AwsTypes.InternetGateway, AwsTypes.NatGateway, AwsTypes.RouteTable,
            AwsTypes.RouteTableAssociation, AwsTypes.SecurityGroup, AwsTypes.Subnet, AwsTypes.Vpc, AwsTypes.VpcEndpoint,
            AwsTypes.VpcPeeringConnectionAccepter, AwsTypes.Role, AwsTypes.RolePolicyAttachment, AwsTypes.ServiceLinkedRole,
            AwsTypes.SecurityGroupEgressRule, AwsTypes.SecurityGroupIngressRule, AwsTypes.EventSubscription, AwsTypes.Route,
        }.Order(StringComparer.Ordinal)));
    }
}
