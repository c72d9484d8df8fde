using System.Collections.Immutable;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.OfflineEngine;

/// <summary>The AWS account an offline preview assumes: what each function the component calls answers, and that nothing is created.</summary>
internal sealed class OfflineAwsCloudTests
{
    private static readonly ImmutableSortedDictionary<string, PropertyValue> NoArgs = ImmutableSortedDictionary<string, PropertyValue>.Empty;

    private static Task<CloudInvokeResult> Invoke(OfflineAwsCloud cloud, string token, ImmutableSortedDictionary<string, PropertyValue>? args = null) =>
        cloud.InvokeAsync(new CloudInvokeRequest(token, args ?? NoArgs, "", DryRun: true), CancellationToken.None);

    private static PropertyValue S(string value) => PropertyValue.String(value);

    [Test]
    public async Task AnswersTheRegionsSixZonesTheRegionItsPartitionAndAPlaceholderAccount()
    {
        var cloud = new OfflineAwsCloud("eu-central-1");

        var zones = await Invoke(cloud, AwsFunctions.GetAvailabilityZones, NoArgs.Add("state", S("available")));
        var region = await Invoke(cloud, AwsFunctions.GetRegion);
        var partition = await Invoke(cloud, AwsFunctions.GetPartition);
        var identity = await Invoke(cloud, AwsFunctions.GetCallerIdentity);

        Assert.Multiple(() =>
        {
            Assert.That(zones.Return["names"], Is.EqualTo(PropertyValue.Array(Enumerable.Range(0, 6).Select(i => S($"eu-central-1{(char)('a' + i)}")))));
            Assert.That(zones.Return["zoneIds"], Is.EqualTo(PropertyValue.Array(Enumerable.Range(1, 6).Select(i => S($"euc1-az{i}")))));
            Assert.That(region.Return["region"], Is.EqualTo(S("eu-central-1")));
            Assert.That(region.Return["endpoint"], Is.EqualTo(S("ec2.eu-central-1.amazonaws.com")));
            Assert.That(partition.Return["partition"], Is.EqualTo(S("aws")));
            Assert.That(identity.Return["accountId"], Is.EqualTo(S("123456789012")));
            Assert.That(identity.Return["arn"], Is.EqualTo(S("arn:aws:iam::123456789012:user/offline-preview")));
            Assert.That(new[] { zones, region, partition, identity }.Select(r => (r.IsUnknown, r.Failures.Length)).Distinct(), Is.EqualTo(new[] { (false, 0) }));
        });
    }

    [TestCase("cn-north-1", "aws-cn", "amazonaws.com.cn")]
    [TestCase("us-gov-west-1", "aws-us-gov", "amazonaws.com")]
    [TestCase("ap-southeast-1", "aws", "amazonaws.com")]
    public async Task ThePartitionFollowsTheRegion(string region, string expected, string dnsSuffix)
    {
        var partition = await Invoke(new OfflineAwsCloud(region), AwsFunctions.GetPartition);

        Assert.That((partition.Return["partition"], partition.Return["dnsSuffix"]), Is.EqualTo((S(expected), S(dnsSuffix))));
    }

    [Test]
    public async Task NobodyLookedIntoTheAccountSoARoleIsNotKnown()
    {
        var role = await Invoke(new OfflineAwsCloud("us-west-2"), AwsFunctions.GetRole, NoArgs.Add("name", S("dms-vpc-role")));

        Assert.That((role.IsUnknown, role.Return.Count), Is.EqualTo((true, 0)));
    }

    [Test]
    public async Task NothingIsCreated()
    {
        var created = await new OfflineAwsCloud("us-west-2").CreateAsync(
            new CloudResourceRequest("urn:pulumi:dev::p::aws:ec2/vpc:Vpc::v", AwsTypes.Vpc, "v", "", NoArgs.Add("cidrBlock", S("10.0.0.0/16")), "", DryRun: true),
            CancellationToken.None);

        Assert.That((created.Id, created.State.Count), Is.EqualTo(((string?)null, 0)));
    }

    [Test]
    public void AFunctionItHasNoFactForFailsAsAProviderWould()
    {
        var ex = Assert.ThrowsAsync<NotSupportedException>(() => Invoke(new OfflineAwsCloud("us-west-2"), "aws:ec2/getSecurityGroup:getSecurityGroup"));

        Assert.That(ex!.Message, Is.EqualTo("the offline AWS facts have no answer for aws:ec2/getSecurityGroup:getSecurityGroup"));
    }

    [TestCase("aws:ec2/getSubnet:getSubnet", "subnet-0123456789abcdef0")]
    [TestCase("aws:ec2/getVpc:getVpc", "vpc-0123456789abcdef0")]
    public async Task TheUsersVPCAndSubnetsAreNotKnownSoMadeUpIdsPlan(string token, string id)
    {
        // Nobody looked into an account: the rules about them are left to a real preview.
        var result = await Invoke(new OfflineAwsCloud("us-west-2"), token, ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("id", S(id))]));

        Assert.That(result.IsUnknown, Is.True);
    }
}
