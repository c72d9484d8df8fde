using TidbDms.Provider.Component;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Planning;

/// <summary>
/// Carves the subnets out of <c>network.vpcCidr</c>: sixteen equal slots (prefix + 4); private
/// subnet <c>i</c> takes slot <c>i</c> and public subnet <c>i</c> slot <c>8 + i</c>, so adding a zone or
/// switching the public-access layout never moves an existing subnet.
/// </summary>
internal static class CidrAllocator
{
    /// <summary>Sixteen slots (<see cref="Limits.SubnetSlots"/>): private subnets use 0–7, public ones 8–15.</summary>
    public const int PrefixIncrease = 4;

    private const int MaxZones = Limits.MaxAvailabilityZones;

    /// <summary>The private subnet of zone <paramref name="zone"/>; unknown when the VPC CIDR is.</summary>
    public static PropertyValue PrivateSubnet(Input<string> vpcCidr, int zone) => Slot(vpcCidr, CheckZone(zone));

    /// <summary>The public subnet of zone <paramref name="zone"/>; unknown when the VPC CIDR is.</summary>
    public static PropertyValue PublicSubnet(Input<string> vpcCidr, int zone) => Slot(vpcCidr, MaxZones + CheckZone(zone));

    /// <summary>Slot <paramref name="slot"/> of a VPC block: the sixteenth of it at that position.</summary>
    public static Ipv4Cidr Slot(Ipv4Cidr vpc, int slot) => vpc.Subnet(vpc.PrefixLength + PrefixIncrease, slot);

    private static PropertyValue Slot(Input<string> vpcCidr, int slot) =>
        vpcCidr.ToPropertyValue(text => PropertyValue.String(Slot(Parse(text), slot).ToString()));

    private static Ipv4Cidr Parse(string text) =>
        Ipv4Cidr.TryParse(text, out var cidr, out var problem, out _)
            ? cidr
            : throw new ArgumentException($"network.vpcCidr '{text}' {problem}; the args reader should have refused it", nameof(text));

    private static int CheckZone(int zone) =>
        zone is >= 0 and < MaxZones ? zone : throw new ArgumentOutOfRangeException(nameof(zone), zone, $"at most {MaxZones} zones fit the subnet layout");
}
