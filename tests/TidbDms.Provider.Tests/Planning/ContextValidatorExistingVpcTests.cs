using TidbDms.Provider.Tests.Support;
using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>The invoke checks of an existing VPC, each with its exact error; facts not looked up are not judged.</summary>
internal sealed class ContextValidatorExistingVpcTests
{
    private const string Vpc = ExistingNetwork.VpcId;
    private const string A = ExistingNetwork.SubnetA;
    private const string B = ExistingNetwork.SubnetB;

    private static readonly ExistingVpcFacts GoodVpc = new(Vpc, true, true, true, ExistingNetwork.VpcCidr);

    private static ImmutableArray<InputError> Errors(TidbDmsMigrationArgs args, ExistingNetworkFacts facts) =>
        ContextValidator.Validate(args, PlanText.Context() with { ExistingNetwork = facts }).Errors;

    private static TidbDmsMigrationArgs Args(Connectivity connectivity = Connectivity.PublicEndpoint) =>
        PlannerExistingVpcTests.InExistingVpc(TestArgs.Create(Tier.Dedicated, connectivity));

    private static TidbDmsMigrationArgs WithUnknownVpcId(TidbDmsMigrationArgs args) =>
        args.WithNetwork(n => n with { ExistingVpc = n.ExistingVpc! with { VpcId = Input<string>.Unknown() } });

    private static ExistingSubnetFacts Subnet(int index, string id, string zone, string vpc = Vpc) => new(index, id, true, vpc, zone);

    [Test]
    public void ASoundNetworkPasses()
    {
        var facts = new ExistingNetworkFacts(GoodVpc, [Subnet(0, A, "us-west-2a"), Subnet(1, B, "us-west-2b")], true);

        Assert.That(Errors(Args(Connectivity.VpcPeering), facts), Is.Empty);
    }

    [Test]
    public void AMissingSubnetNamesTheSubnetAndTheFix()
    {
        var facts = new ExistingNetworkFacts(GoodVpc, [Subnet(0, A, "us-west-2a"), new ExistingSubnetFacts(1, B, false)], true);

        Assert.That(Errors(Args(), facts), Is.EqualTo(new[]
        {
            new InputError(
                "network.subnetIds[1]",
                B,
                $"subnet '{B}' does not exist in account 123456789012, region 'us-west-2'",
                $"Use subnets of '{Vpc}': aws ec2 describe-subnets --filters Name=vpc-id,Values={Vpc}"),
        }));
    }

    [Test]
    public void ASubnetOfAnotherVPCNamesBothVPCs()
    {
        var facts = new ExistingNetworkFacts(GoodVpc, [Subnet(0, A, "us-west-2a"), Subnet(1, B, "us-west-2b", "vpc-0ffffffffffffffff")], true);

        Assert.That(Errors(Args(), facts), Is.EqualTo(new[]
        {
            new InputError(
                "network.subnetIds[1]",
                B,
                $"subnet '{B}' lies in VPC 'vpc-0ffffffffffffffff', not in network.vpcId '{Vpc}'",
                $"Use subnets of '{Vpc}' (aws ec2 describe-subnets --filters Name=vpc-id,Values={Vpc}), or set network.vpcId to 'vpc-0ffffffffffffffff'."),
        }));
    }

    [Test]
    public void SubnetsInOneZoneAreRefused()
    {
        var facts = new ExistingNetworkFacts(GoodVpc, [Subnet(0, A, "us-west-2a"), Subnet(1, B, "us-west-2a")], true);

        Assert.That(Errors(Args(), facts), Is.EqualTo(new[]
        {
            new InputError(
                "network.subnetIds",
                $"[{A}, {B}]",
                "the subnets all lie in availability zone 'us-west-2a', but a DMS subnet group must span at least 2 zones",
                $"Add a subnet of '{Vpc}' in another availability zone."),
        }));
    }

    [Test]
    public void AMissingSubnetOfAVpcIdUnknownInAPreviewPointsToNetworkVpcId()
    {
        var facts = new ExistingNetworkFacts(null, [Subnet(0, A, "us-west-2a"), new ExistingSubnetFacts(1, B, false)], true);

        Assert.That(Errors(WithUnknownVpcId(Args()), facts), Is.EqualTo(new[]
        {
            new InputError(
                "network.subnetIds[1]",
                B,
                $"subnet '{B}' does not exist in account 123456789012, region 'us-west-2'",
                "Use subnets of network.vpcId, from the AWS VPC console."),
        }));
    }

    [Test]
    public void SubnetsInOneZoneOfAVpcIdUnknownInAPreviewAreRefusedWithoutNamingTheVpc()
    {
        // With the VPC unknown, which VPC each subnet lies in is not judged; their zones still are.
        var facts = new ExistingNetworkFacts(null, [Subnet(0, A, "us-west-2b"), Subnet(1, B, "us-west-2b", "vpc-0ffffffffffffffff")], true);

        Assert.That(Errors(WithUnknownVpcId(Args()), facts), Is.EqualTo(new[]
        {
            new InputError(
                "network.subnetIds",
                $"[{A}, {B}]",
                "the subnets all lie in availability zone 'us-west-2b', but a DMS subnet group must span at least 2 zones",
                "Add a subnet of the VPC in another availability zone."),
        }));
    }

    [Test]
    public void ZonesAreNotJudgedWhenASubnetsZoneIsNotKnown()
    {
        var facts = new ExistingNetworkFacts(GoodVpc, [Subnet(0, A, "us-west-2a"), new ExistingSubnetFacts(1, B, true, Vpc)], true);

        Assert.That(Errors(Args(), facts), Is.Empty);
    }

    [Test]
    public void ZonesAreNotJudgedWhenASubnetWasNotLookedUp()
    {
        var facts = new ExistingNetworkFacts(GoodVpc, [Subnet(0, A, "us-west-2a")], false);

        Assert.That(Errors(Args(), facts), Is.Empty);
    }

    [Test]
    public void AMissingVPCNamesTheVPCAndTheRegion()
    {
        var facts = new ExistingNetworkFacts(new ExistingVpcFacts(Vpc, false), [], false);

        Assert.That(Errors(Args(), facts), Is.EqualTo(new[]
        {
            new InputError(
                "network.vpcId",
                Vpc,
                $"VPC '{Vpc}' does not exist in account 123456789012, region 'us-west-2'",
                "Copy the ID of an existing VPC from the AWS VPC console of region 'us-west-2' (the AWS provider's region)."),
        }));
    }

    [TestCase(Connectivity.PrivateEndpoint, "PrivateLink's private DNS (the cluster's host name resolving to the endpoint)")]
    [TestCase(Connectivity.VpcPeering, "resolving the cluster's host name across the peering")]
    public void PrivateLinkAndPeeringNeedDNSSupportAndHostNames(Connectivity connectivity, string needs)
    {
        var facts = new ExistingNetworkFacts(GoodVpc with { EnableDnsSupport = false, EnableDnsHostnames = false }, [], false);

        Assert.That(Errors(Args(connectivity), facts), Is.EqualTo(new[]
        {
            new InputError("network.vpcId", Vpc, $"VPC '{Vpc}' has DNS support disabled, which {needs} needs", $"Enable it: aws ec2 modify-vpc-attribute --vpc-id {Vpc} --enable-dns-support (or in the VPC console, Edit VPC settings)."),
            new InputError("network.vpcId", Vpc, $"VPC '{Vpc}' has DNS host names disabled, which {needs} needs", $"Enable it: aws ec2 modify-vpc-attribute --vpc-id {Vpc} --enable-dns-hostnames (or in the VPC console, Edit VPC settings)."),
        }));
    }

    [Test]
    public void APublicEndpointDoesNotNeedTheVPCsDNS()
    {
        var facts = new ExistingNetworkFacts(GoodVpc with { EnableDnsSupport = false, EnableDnsHostnames = false }, [], false);

        Assert.That(Errors(Args(), facts), Is.Empty);
    }

    [Test]
    public void TheTiDBCIDRMustNotOverlapTheExistingVPC()
    {
        var facts = new ExistingNetworkFacts(GoodVpc with { CidrBlock = "10.250.0.0/20" }, [], false);

        Assert.That(Errors(Args(Connectivity.VpcPeering), facts), Is.EqualTo(new[]
        {
            new InputError(
                "vpcPeering.tidbCidr",
                TestValues.TidbCidr,
                $"overlaps the CIDR of VPC '{Vpc}' (10.250.0.0/20), so the peering cannot route it",
                "Peer a VPC whose CIDR does not overlap the TiDB Cloud project CIDR (the project CIDR is fixed once the project has clusters)."),
        }));
    }

    [Test]
    public void NothingIsJudgedWithoutFacts()
    {
        Assert.That(ContextValidator.Validate(Args(Connectivity.VpcPeering), PlanText.Context()).Errors, Is.Empty);
    }
}
