using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Planning;

internal sealed class CidrAllocatorTests
{
    [TestCase("10.0.0.0/16", 0, "10.0.0.0/20", "10.0.128.0/20")]
    [TestCase("10.0.0.0/16", 1, "10.0.16.0/20", "10.0.144.0/20")]
    [TestCase("10.0.0.0/16", 7, "10.0.112.0/20", "10.0.240.0/20")]
    [TestCase("172.16.8.0/21", 2, "172.16.9.0/25", "172.16.13.0/25")]
    [TestCase("192.168.1.0/24", 1, "192.168.1.16/28", "192.168.1.144/28")]
    public void SubnetsTakeSlotIForPrivateAndEightPlusIForPublic(string vpc, int zone, string privateCidr, string publicCidr)
    {
        var cidr = Input<string>.Known(vpc);

        Assert.Multiple(() =>
        {
            Assert.That(CidrAllocator.PrivateSubnet(cidr, zone), Is.EqualTo(PropertyValue.String(privateCidr)));
            Assert.That(CidrAllocator.PublicSubnet(cidr, zone), Is.EqualTo(PropertyValue.String(publicCidr)));
        });
    }

    [Test]
    public void SubnetsOfAnUnknownVpcCidrAreUnknownWithItsDependencies()
    {
        var cidr = Input<string>.Unknown(dependencies: ["urn:a"]);

        Assert.That(CidrAllocator.PrivateSubnet(cidr, 0), Is.EqualTo(PropertyValue.Computed.WithDependencies(["urn:a"])));
    }

    [Test]
    public void SubnetsBeyondEightZonesAreRefused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => CidrAllocator.PrivateSubnet(Input<string>.Known("10.0.0.0/16"), 8));

        Assert.Multiple(() =>
        {
            Assert.That(error!.ParamName, Is.EqualTo("zone"));
            Assert.That(error.ActualValue, Is.EqualTo(8));
            Assert.That(error.Message, Is.EqualTo("at most 8 zones fit the subnet layout (Parameter 'zone')" + Environment.NewLine + "Actual value was 8."));
        });
    }
}
