using System.Collections.Immutable;

namespace TidbDms.Testing;

/// <summary>
/// VPCs and subnets an account holds before the component runs, as <see cref="DefaultAwsMocks"/>
/// answers getVpc and getSubnet for them. <see cref="Sample"/> is the one tests bring as "their" VPC.
/// </summary>
internal sealed record ExistingNetwork(ImmutableDictionary<string, MockVpc> Vpcs, ImmutableDictionary<string, MockSubnet> Subnets)
{
    public const string VpcId = "vpc-0a1b2c3d4e5f60718";
    public const string VpcCidr = "10.40.0.0/16";
    public const string SubnetA = "subnet-0aaaaaaaaaaaaaaa1";
    public const string SubnetB = "subnet-0bbbbbbbbbbbbbbb2";
    public const string SubnetC = "subnet-0ccccccccccccccc3";
    public const string RouteTableA = "rtb-0aaaaaaaaaaaaaaa1";
    public const string RouteTableB = "rtb-0bbbbbbbbbbbbbbb2";

    /// <summary>A VPC with DNS support and host names, and one subnet in each of the region's first three zones.</summary>
    public static ExistingNetwork Sample(string region = "us-west-2") => new(
        ImmutableDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create(VpcId, new MockVpc(VpcCidr, true, true))]),
        ImmutableDictionary.CreateRange(
            StringComparer.Ordinal,
            [
                KeyValuePair.Create(SubnetA, new MockSubnet(VpcId, region + "a", "10.40.0.0/20")),
                KeyValuePair.Create(SubnetB, new MockSubnet(VpcId, region + "b", "10.40.16.0/20")),
                KeyValuePair.Create(SubnetC, new MockSubnet(VpcId, region + "c", "10.40.32.0/20")),
            ]));

    public ExistingNetwork WithVpc(string id, MockVpc vpc) => this with { Vpcs = Vpcs.SetItem(id, vpc) };

    public ExistingNetwork WithSubnet(string id, MockSubnet subnet) => this with { Subnets = Subnets.SetItem(id, subnet) };
}

/// <summary>An existing VPC: its CIDR and DNS attributes.</summary>
internal sealed record MockVpc(string CidrBlock, bool EnableDnsSupport, bool EnableDnsHostnames);

/// <summary>An existing subnet: the VPC it lies in, its zone and CIDR.</summary>
internal sealed record MockSubnet(string VpcId, string AvailabilityZone, string CidrBlock);
