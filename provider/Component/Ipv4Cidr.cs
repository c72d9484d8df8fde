using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace TidbDms.Provider.Component;

/// <summary>An IPv4 CIDR block whose address is its network address (no host bits set).</summary>
internal readonly record struct Ipv4Cidr(uint Network, int PrefixLength)
{
    public ulong Size => 1UL << (32 - PrefixLength);

    private uint Mask => PrefixLength == 0 ? 0u : uint.MaxValue << (32 - PrefixLength);

    private ulong Last => Network + Size - 1;

    /// <summary>
    /// Parses <c>a.b.c.d/n</c>. Fails with a reason (for an error message) when the text is not a
    /// CIDR, or when host bits are set; <paramref name="aligned"/> then holds the network it meant.
    /// </summary>
    public static bool TryParse(string text, out Ipv4Cidr cidr, [NotNullWhen(false)] out string? problem, out Ipv4Cidr? aligned)
    {
        cidr = default;
        aligned = null;
        if (text.Split('/') is not [var addressText, var prefixText]
            || addressText.Split('.') is not { Length: 4 } octets
            || !int.TryParse(prefixText, NumberStyles.None, CultureInfo.InvariantCulture, out var prefix)
            || prefix > 32)
        {
            problem = "is not an IPv4 CIDR block of the form a.b.c.d/n";
            return false;
        }

        uint address = 0;
        foreach (var octet in octets)
        {
            if (octet.Length is 0 or > 3 || !byte.TryParse(octet, NumberStyles.None, CultureInfo.InvariantCulture, out var b))
            {
                problem = "is not an IPv4 CIDR block of the form a.b.c.d/n";
                return false;
            }

            address = (address << 8) | b;
        }

        var candidate = new Ipv4Cidr(address, prefix);
        var network = address & candidate.Mask;
        if (network != address)
        {
            aligned = new Ipv4Cidr(network, prefix);
            problem = $"has host bits set (its network is {aligned})";
            return false;
        }

        cidr = candidate;
        problem = null;
        return true;
    }

    public bool Overlaps(Ipv4Cidr other) => Network <= other.Last && other.Network <= Last;

    /// <summary>The <paramref name="index"/>-th block of prefix <paramref name="newPrefix"/> inside this one.</summary>
    public Ipv4Cidr Subnet(int newPrefix, int index)
    {
        if (newPrefix < PrefixLength || newPrefix > 32)
        {
            throw new ArgumentOutOfRangeException(nameof(newPrefix), newPrefix, $"must be between {PrefixLength} and 32");
        }

        var count = 1UL << (newPrefix - PrefixLength);
        if (index < 0 || (ulong)index >= count)
        {
            throw new ArgumentOutOfRangeException(nameof(index), index, $"{this} holds {count} /{newPrefix} blocks");
        }

        return new Ipv4Cidr((uint)(Network + ((ulong)index << (32 - newPrefix))), newPrefix);
    }

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Network >> 24}.{(Network >> 16) & 255}.{(Network >> 8) & 255}.{Network & 255}/{PrefixLength}");
}
