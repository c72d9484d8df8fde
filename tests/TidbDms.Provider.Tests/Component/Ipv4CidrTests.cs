using TidbDms.Provider.Component;

namespace TidbDms.Provider.Tests.Component;

/// <summary>
/// IPv4 CIDR blocks as the input rules and the subnet layout use them: what parses, host bits,
/// overlap at the edges, and carving a block into smaller ones.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class Ipv4CidrTests
{
    private const string NotABlock = "is not an IPv4 CIDR block of the form a.b.c.d/n";

    private static readonly Ipv4Cidr Vpc = new(0x0A000000u, 16);

    [TestCase("10.0.0.0/16", 0x0A000000u, 16)]
    [TestCase("0.0.0.0/0", 0u, 0)]
    [TestCase("10.1.2.3/32", 0x0A010203u, 32)]
    [TestCase("255.255.255.255/32", 0xFFFFFFFFu, 32)]
    [TestCase("192.168.128.0/17", 0xC0A88000u, 17)]
    public void AWellFormedBlockIsParsedAndWrittenBackTheSame(string text, uint network, int prefix)
    {
        var parsed = Ipv4Cidr.TryParse(text, out var cidr, out var problem, out var aligned);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.True);
            Assert.That(cidr, Is.EqualTo(new Ipv4Cidr(network, prefix)));
            Assert.That(problem, Is.Null);
            Assert.That(aligned, Is.Null);
            Assert.That(cidr.ToString(), Is.EqualTo(text));
        });
    }

    [TestCase("10.0.0.0")]
    [TestCase("/16")]
    [TestCase("10.0.0.0/")]
    [TestCase("10.0.0/16")]
    [TestCase("10.0.0.0.0/16")]
    [TestCase("10.0.0.0/33")]
    [TestCase("10.0.0.0/+8")]
    [TestCase("10.0.0.0/16/8")]
    [TestCase("10.0..0/16")]
    [TestCase("10.0.0.256/16")]
    [TestCase("10.0.0.0001/16")]
    [TestCase("10.0.0.-1/16")]
    [TestCase(" 10.0.0.0/16")]
    public void AnythingElseIsNotABlock(string text)
    {
        var parsed = Ipv4Cidr.TryParse(text, out var cidr, out var problem, out var aligned);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.False);
            Assert.That(problem, Is.EqualTo(NotABlock));
            Assert.That(aligned, Is.Null);
            Assert.That(cidr, Is.EqualTo(default(Ipv4Cidr)));
        });
    }

    [TestCase("10.0.0.1/16", "10.0.0.0/16")]
    [TestCase("192.168.1.1/24", "192.168.1.0/24")]
    [TestCase("10.0.0.0/0", "0.0.0.0/0")]
    [TestCase("10.0.0.129/25", "10.0.0.128/25")]
    public void HostBitsAreRefusedWithTheNetworkMeant(string text, string network)
    {
        var parsed = Ipv4Cidr.TryParse(text, out _, out var problem, out var aligned);

        Assert.Multiple(() =>
        {
            Assert.That(parsed, Is.False);
            Assert.That(problem, Is.EqualTo($"has host bits set (its network is {network})"));
            Assert.That(aligned?.ToString(), Is.EqualTo(network));
        });
    }

    // the edges: one block's first or last address is the other's only one
    [TestCase("10.0.1.0/24", "10.0.1.0/32", true)]
    [TestCase("10.0.1.0/24", "10.0.1.255/32", true)]
    [TestCase("10.0.1.0/24", "10.0.0.255/32", false)]
    [TestCase("10.0.1.0/24", "10.0.2.0/32", false)]
    [TestCase("10.0.0.0/16", "10.0.128.0/17", true)]
    [TestCase("0.0.0.0/0", "255.255.255.255/32", true)]
    public void BlocksOverlapWhenTheyShareAnAddress(string a, string b, bool overlap)
    {
        Assert.Multiple(() =>
        {
            Assert.That(Parse(a).Overlaps(Parse(b)), Is.EqualTo(overlap));
            Assert.That(Parse(b).Overlaps(Parse(a)), Is.EqualTo(overlap));
        });
    }

    [TestCase(16, 0, "10.0.0.0/16")]
    [TestCase(20, 0, "10.0.0.0/20")]
    [TestCase(20, 15, "10.0.240.0/20")]
    [TestCase(32, 65535, "10.0.255.255/32")]
    public void TheNthSmallerBlockIsCarvedInOrder(int prefix, int index, string expected)
    {
        Assert.That(Vpc.Subnet(prefix, index).ToString(), Is.EqualTo(expected));
    }

    [TestCase(15)]
    [TestCase(33)]
    public void APrefixOutsideTheBlockAndAddressSpaceIsAProgrammingError(int prefix)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Vpc.Subnet(prefix, 0))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.ParamName, Is.EqualTo("newPrefix"));
            Assert.That(error.ActualValue, Is.EqualTo(prefix));
            Assert.That(error.Message, Does.StartWith("must be between 16 and 32"));
        });
    }

    [TestCase(-1)]
    [TestCase(16)]
    public void AnIndexPastTheBlocksIsAProgrammingError(int index)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => Vpc.Subnet(20, index))!;

        Assert.Multiple(() =>
        {
            Assert.That(error.ParamName, Is.EqualTo("index"));
            Assert.That(error.ActualValue, Is.EqualTo(index));
            Assert.That(error.Message, Does.StartWith("10.0.0.0/16 holds 16 /20 blocks"));
        });
    }

    private static Ipv4Cidr Parse(string text)
    {
        Assert.That(Ipv4Cidr.TryParse(text, out var cidr, out var problem, out _), Is.True, problem);
        return cidr;
    }
}
