using TidbDms.Provider.Cli;
using static TidbDms.Provider.Tests.Cli.SamplePreviews;

namespace TidbDms.Provider.Tests.Cli;

internal sealed class PreviewMermaidRendererTests
{
    private static List<string> Lines(params PreviewComponentResult[] components)
    {
        using var output = new StringWriter();
        PreviewMermaidRenderer.Render(Result(components), output);
        return [.. output.ToString().Split('\n').Select(l => l.Trim())];
    }

    [Test]
    public void RenderNatDrawsZonesNatAndThePathThroughTheInternetGateway()
    {
        var lines = Lines(Nat());
        Assert.Multiple(() =>
        {
            Assert.That(lines[0], Is.EqualTo("flowchart LR"));
            Assert.That(lines, Does.Contain("subgraph mig_vpc[\"VPC mig-vpc<br/>10.0.0.0/16\"]"));
            Assert.That(lines, Does.Contain("subgraph mig_az_us_west_2a[\"us-west-2a\"]"));
            Assert.That(lines, Does.Contain("subgraph mig_az_us_west_2b[\"us-west-2b\"]"));
            Assert.That(lines, Does.Contain("mig_private_a[\"private subnet<br/>mig-private-a<br/>10.0.0.0/20\"]"));
            Assert.That(lines, Does.Contain("mig_private_b[\"private subnet<br/>mig-private-b<br/>10.0.16.0/20\"]"));
            Assert.That(lines, Does.Contain("mig_public_a[\"public subnet<br/>mig-public-a<br/>10.0.128.0/24\"]"));
            Assert.That(lines, Does.Contain("mig_nat_a{{\"NAT gateway<br/>mig-nat-a\"}}"));
            Assert.That(lines, Does.Contain("mig_igw((\"internet gateway<br/>mig-igw\"))"));
            Assert.That(lines, Does.Contain("mig_dms[[\"DMS replication instance<br/>mig-dms<br/>dms.t3.large\"]]"));
            Assert.That(lines, Does.Contain("mig_tidb[(\"TiDB Cloud Starter<br/>gateway01.us-west-2.prod.aws.tidbcloud.com:4000\")]"));
            Assert.That(lines, Does.Contain("mig_dms -. subnet group .- mig_private_a"));
            Assert.That(lines, Does.Contain("mig_dms -. subnet group .- mig_private_b"));
            Assert.That(lines, Does.Contain("mig_dms -->|\"0.0.0.0/0\"| mig_nat_a"));
            Assert.That(lines, Does.Contain("mig_nat_a --> mig_igw"));
            Assert.That(lines, Does.Contain("mig_igw -->|\"TCP 4000, TLS verify-full\"| mig_tidb"));
        });
    }

    [Test]
    public void RenderNatPutsTheNatGatewayInItsSubnetsZone()
    {
        var lines = Lines(Nat());
        var zone = lines.IndexOf("subgraph mig_az_us_west_2a[\"us-west-2a\"]");
        var end = lines.IndexOf("end", zone);
        Assert.That(lines.IndexOf("mig_nat_a{{\"NAT gateway<br/>mig-nat-a\"}}"), Is.InRange(zone, end));
    }

    [Test]
    public void RenderPublicSubnetGoesStraightThroughTheInternetGateway()
    {
        var lines = Lines(PublicSubnet());
        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain("mig_public_a[\"public subnet<br/>mig-public-a<br/>10.0.128.0/24\"]"));
            Assert.That(lines, Does.Contain("mig_public_b[\"public subnet<br/>mig-public-b<br/>10.0.129.0/24\"]"));
            Assert.That(lines, Does.Contain("mig_dms -. subnet group .- mig_public_a"));
            Assert.That(lines, Does.Contain("mig_dms -->|\"public IP\"| mig_igw"));
            Assert.That(lines, Does.Contain("mig_igw -->|\"TCP 4000, TLS verify-full\"| mig_tidb"));
            Assert.That(lines.Any(l => l.Contains("NAT", StringComparison.Ordinal)), Is.False);
            Assert.That(lines, Does.Contain("mig_tidb[(\"TiDB Cloud Dedicated<br/>gateway01.us-west-2.prod.aws.tidbcloud.com:4000\")]"));
        });
    }

    [Test]
    public void RenderPrivateEndpointGoesThroughTheInterfaceEndpoint()
    {
        var lines = Lines(PrivateEndpoint());
        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain("mig_tidb_endpoint[/\"interface VPC endpoint (PrivateLink)<br/>mig-tidb-endpoint<br/>com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0\"/]"));
            Assert.That(lines, Does.Contain("mig_private_a[\"private subnet<br/>mig-private-a<br/>10.0.0.0/20\"]"));
            Assert.That(lines, Does.Contain("mig_dms --> mig_tidb_endpoint"));
            Assert.That(lines, Does.Contain("mig_tidb_endpoint -->|\"TCP 4000, no TLS\"| mig_tidb"));
            Assert.That(lines.Any(l => l.Contains("internet gateway", StringComparison.Ordinal)), Is.False);
        });
    }

    [Test]
    public void RenderVpcPeeringRoutesTheTidbCidrThroughThePeering()
    {
        var lines = Lines(VpcPeering());
        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain("mig_peering[/\"VPC peering (accepted)<br/>mig-peering<br/>pcx-0123456789abcdef0\"/]"));
            Assert.That(lines, Does.Contain("mig_dms -->|\"route to 10.250.0.0/16\"| mig_peering"));
            Assert.That(lines, Does.Contain("mig_peering -->|\"TCP 4000, no TLS\"| mig_tidb"));
            Assert.That(lines, Does.Contain("mig_private_b[\"private subnet<br/>mig-private-b<br/>10.0.16.0/20\"]"));
        });
    }

    [Test]
    public void RenderTwoComponentsDrawsBothWithDistinctIds()
    {
        var lines = Lines(Nat("a"), PrivateEndpoint("b"));
        Assert.Multiple(() =>
        {
            Assert.That(lines, Does.Contain("%% a (tidb-dms:index:TidbDmsMigration)"));
            Assert.That(lines, Does.Contain("%% b (tidb-dms:index:TidbDmsMigration)"));
            Assert.That(lines, Does.Contain("a_igw -->|\"TCP 4000, TLS verify-full\"| a_tidb"));
            Assert.That(lines, Does.Contain("b_tidb_endpoint -->|\"TCP 4000, no TLS\"| b_tidb"));
        });
    }

    [Test]
    public void RenderAnythingNeverShowsASecret()
    {
        var lines = Lines(Nat(), PublicSubnet("p"), PrivateEndpoint("e"), VpcPeering("v"));
        Assert.That(lines.Where(l => l.Contains("hunter2", StringComparison.Ordinal)), Is.Empty);
    }

    [Test]
    public void RenderNoComponentIsAnEmptyChartWithAComment()
    {
        Assert.That(Lines(), Is.EqualTo(["flowchart LR", "%% no TidbDmsMigration was previewed", ""]));
    }
}
