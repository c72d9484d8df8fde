using TidbDms.Provider.Component;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Component;

/// <summary>What a TiDB Cloud host name tells: the AWS region of a Starter/Essential host, PrivateLink, Alibaba Cloud.</summary>
[Parallelizable(ParallelScope.All)]
internal sealed class TidbHostTests
{
    [TestCase(TestValues.StarterHost, "us-west-2")]
    [TestCase(TestValues.StarterPrivateLinkHost, "us-west-2")]
    [TestCase("GATEWAY01.EU-CENTRAL-1.PROD.AWS.TIDBCLOUD.COM", "eu-central-1")]
    public void AStarterHostOnAwsNamesItsRegion(string host, string region)
    {
        Assert.That(TidbHost.TryGetAwsRegion(host, out var found), Is.True);
        Assert.That(found, Is.EqualTo(region));
    }

    // an Alibaba Cloud gateway matches the pattern and names a region too, but not an AWS one
    [TestCase("gateway01.ap-southeast-1.prod.alicloud.tidbcloud.com")]
    [TestCase(TestValues.DedicatedHost)]
    [TestCase("db.example.com")]
    public void AnyOtherHostNamesNoAwsRegion(string host)
    {
        Assert.That(TidbHost.TryGetAwsRegion(host, out var found), Is.False);
        Assert.That(found, Is.Empty);
    }

    [TestCase(TestValues.StarterPrivateLinkHost, true)]
    [TestCase(TestValues.StarterHost, false)]
    [TestCase(TestValues.DedicatedPrivateLinkHost, false)]
    [TestCase("gateway01-privatelink.example.com", false)]
    public void OnlyAStarterGatewayWithThePrivateLinkSuffixIsAPrivateLinkHost(string host, bool isPrivateLink)
    {
        Assert.That(TidbHost.IsPrivateLink(host), Is.EqualTo(isPrivateLink));
    }
}
