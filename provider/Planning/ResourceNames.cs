namespace TidbDms.Provider.Planning;

/// <summary>
/// The logical names of the component's children, all derived from the component's name so that
/// two components in one program never collide. These names are contract: renaming one makes the
/// engine replace the cloud resource, so a golden test pins every one of them.
/// </summary>
/// <remarks>Per-zone names carry the zone's position as a letter (<c>a</c> for the first zone), not the AZ name, so pinning other zones updates subnets in place of renaming them.</remarks>
internal sealed partial class ResourceNames(string component)
{
    public string Component { get; } = component;

    public string Vpc => Child("vpc");

    public string PrivateSubnet(int zone) => Child($"private-{Letter(zone)}");

    public string PublicSubnet(int zone) => Child($"public-{Letter(zone)}");

    public string PrivateSubnetAssociation(int zone) => $"{PrivateSubnet(zone)}-rta";

    public string PublicSubnetAssociation(int zone) => $"{PublicSubnet(zone)}-rta";

    public string InternetGateway => Child("igw");

    public string NatEip(int zone) => Child($"nat-eip-{Letter(zone)}");

    public string NatGateway(int zone) => Child($"nat-{Letter(zone)}");

    public string PublicRouteTable => Child("public-rt");

    /// <summary>The one private route table every private subnet shares.</summary>
    public string PrivateRouteTable => Child("private-rt");

    /// <summary>A zone's own private route table (one NAT gateway per zone).</summary>
    public string ZonalPrivateRouteTable(int zone) => Child($"private-rt-{Letter(zone)}");

    public string DmsSecurityGroup => Child("dms-sg");

    public string DmsEgressTidb => Child("dms-egress-tidb");

    public string DmsEgressHttps => Child("dms-egress-https");

    public string EndpointSecurityGroup => Child("endpoint-sg");

    public string EndpointIngress => Child("endpoint-ingress");

    public string VpcEndpoint => Child("vpc-endpoint");

    public string Peering => Child("peering");

    public string DmsVpcRole => Child("dms-vpc-role");

    public string DmsVpcRolePolicy => Child("dms-vpc-role-policy");

    public string DmsLogsRole => Child("dms-logs-role");

    public string DmsLogsRolePolicy => Child("dms-logs-role-policy");

    public string DmsServerlessRole => Child("dms-serverless-role");

    public string SubnetGroup => Child("subnet-group");

    public string ReplicationInstance => Child("replication-instance");

    public string Certificate => Child("ca");

    public string TidbEndpoint => Child("tidb-endpoint");

    public string Task => Child("task");

    public string ReplicationConfig => Child("replication-config");

    /// <summary>The DMS event subscription to the replication instance's events.</summary>
    public string InstanceEvents => Child("instance-events");

    /// <summary>The DMS event subscription to the task's events.</summary>
    public string TaskEvents => Child("task-events");

    /// <summary>The route to the TiDB project CIDR in the <paramref name="index"/>-th given route table (an existing VPC), numbered from 1.</summary>
    public string PeeringRoute(int index) => Child(string.Create(System.Globalization.CultureInfo.InvariantCulture, $"peering-route-{index + 1}"));

    /// <summary>The zone's letter: <c>a</c> for the first zone, <c>b</c> for the second, ….</summary>
    public static char Letter(int zone) =>
        zone is >= 0 and < 26 ? (char)('a' + zone) : throw new ArgumentOutOfRangeException(nameof(zone), zone, "zones are numbered 0 to 25");

    private string Child(string suffix) => $"{Component}-{suffix}";
}
