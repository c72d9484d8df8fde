using TidbDms.Provider.Planning;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>Child names are contract (renaming one replaces a cloud resource): every one is pinned here.</summary>
internal sealed class ResourceNamesTests
{
    private static readonly ResourceNames Names = new("mig");

    public static IEnumerable<TestCaseData> Pinned()
    {
        (string Actual, string Expected)[] names =
        [
            (Names.Vpc, "mig-vpc"),
            (Names.PrivateSubnet(0), "mig-private-a"),
            (Names.PrivateSubnet(1), "mig-private-b"),
            (Names.PrivateSubnet(5), "mig-private-f"),
            (Names.PublicSubnet(0), "mig-public-a"),
            (Names.PublicSubnet(2), "mig-public-c"),
            (Names.PrivateSubnetAssociation(1), "mig-private-b-rta"),
            (Names.PublicSubnetAssociation(0), "mig-public-a-rta"),
            (Names.InternetGateway, "mig-igw"),
            (Names.NatEip(0), "mig-nat-eip-a"),
            (Names.NatGateway(1), "mig-nat-b"),
            (Names.PublicRouteTable, "mig-public-rt"),
            (Names.PrivateRouteTable, "mig-private-rt"),
            (Names.ZonalPrivateRouteTable(2), "mig-private-rt-c"),
            (Names.DmsSecurityGroup, "mig-dms-sg"),
            (Names.DmsEgressTidb, "mig-dms-egress-tidb"),
            (Names.DmsEgressHttps, "mig-dms-egress-https"),
            (Names.EndpointSecurityGroup, "mig-endpoint-sg"),
            (Names.EndpointIngress, "mig-endpoint-ingress"),
            (Names.VpcEndpoint, "mig-vpc-endpoint"),
            (Names.Peering, "mig-peering"),
            (Names.DmsVpcRole, "mig-dms-vpc-role"),
            (Names.DmsVpcRolePolicy, "mig-dms-vpc-role-policy"),
            (Names.DmsLogsRole, "mig-dms-logs-role"),
            (Names.DmsLogsRolePolicy, "mig-dms-logs-role-policy"),
            (Names.DmsServerlessRole, "mig-dms-serverless-role"),
            (Names.SubnetGroup, "mig-subnet-group"),
            (Names.ReplicationInstance, "mig-replication-instance"),
            (Names.Certificate, "mig-ca"),
            (Names.TidbEndpoint, "mig-tidb-endpoint"),
            (Names.Task, "mig-task"),
            (Names.ReplicationConfig, "mig-replication-config"),
        ];
        return names.Select(n => new TestCaseData(n.Actual).Returns(n.Expected).SetArgDisplayNames(n.Expected));
    }

    [TestCaseSource(nameof(Pinned))]
    public string NameIsPinned(string actual) => actual;

    [Test]
    public void LetterPastTheAlphabetIsRefused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => ResourceNames.Letter(26));

        Assert.That(error!.Message, Is.EqualTo("zones are numbered 0 to 25 (Parameter 'zone')" + Environment.NewLine + "Actual value was 26."));
    }
}
