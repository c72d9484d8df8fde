using Grpc.Core;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Tests.Rpc;
using TidbDms.Provider.Tests.Support;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Registration;

/// <summary>
/// An existing VPC through a real Construct against the offline engine and the mocks' account: the
/// getVpc and getSubnet lookups run before any child, in a preview as in an update, and a failure
/// names the subnet or VPC.
/// </summary>
internal sealed class ConstructExistingVpcTests
{
    private static Inputs Existing(Inputs inputs, params string[] subnets) => inputs
        .With("network.vpcId", ExistingNetwork.VpcId)
        .With("network.subnetIds", Inputs.Strings(subnets.Length == 0 ? [ExistingNetwork.SubnetA, ExistingNetwork.SubnetB] : subnets));

    private static DefaultAwsMocks Mocks(ExistingNetwork? network = null) => new(
        Scenario.Region,
        availabilityZones: Scenario.Zones,
        existingRoles: DmsRoleNames.NeededFor(ReplicationMode.Serverless).ToDictionary(n => n, IReadOnlyDictionary<string, string> (_) => new Dictionary<string, string>()),
        existingNetwork: network);

    [TestCase(true)]
    [TestCase(false)]
    public async Task TheLookupsRunBeforeAnyChildAndASoundNetworkPlans(bool preview)
    {
        await using var test = await ComponentTest.StartAsync(Mocks(), new MockEngineOptions { Project = Scenario.Project, Stack = Scenario.Stack, IsPreview = preview });

        await test.ConstructAsync("mig", Existing(Inputs.Valid()).Build());

        Assert.Multiple(() =>
        {
            Assert.That(
                test.Engine.Invokes.Where(i => i.Token is AwsFunctions.GetVpc or AwsFunctions.GetSubnet).Select(i => $"{i.Token} {i.Args["id"].AsString}").Order(),
                Is.EqualTo(new[]
                {
                    $"{AwsFunctions.GetSubnet} {ExistingNetwork.SubnetA}",
                    $"{AwsFunctions.GetSubnet} {ExistingNetwork.SubnetB}",
                    $"{AwsFunctions.GetVpc} {ExistingNetwork.VpcId}",
                }));
            Assert.That(test.Engine.Resources.Select(r => r.Type), Does.Not.Contain(AwsTypes.Vpc).And.Not.Contain(AwsTypes.Subnet).And.Contain(AwsTypes.ReplicationInstance));
        });
    }

    [Test]
    public async Task AMissingSubnetAndOneOfAnotherVPCFailBeforeAnyChildWithTheirExactErrors()
    {
        var network = ExistingNetwork.Sample().WithSubnet("subnet-0ddddddddddddddd4", new MockSubnet("vpc-0ffffffffffffffff", "us-west-2b", "10.9.0.0/24"));
        await using var test = await ComponentTest.StartAsync(Mocks(network), new MockEngineOptions { Project = Scenario.Project, Stack = Scenario.Stack, IsPreview = true });

        var ex = Assert.ThrowsAsync<RpcException>(() => test.ConstructAsync(
            "mig", Existing(Inputs.Valid(), ExistingNetwork.SubnetA, "subnet-0eeeeeeeeeeeeeee5", "subnet-0ddddddddddddddd4").Build()));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(StatusDetails.PropertyErrors(StatusDetails.Read(ex)), Is.EqualTo(new[]
            {
                ("network.subnetIds[1]", "subnet 'subnet-0eeeeeeeeeeeeeee5' does not exist in account 123456789012, region 'us-west-2'. "
                    + $"Use subnets of '{ExistingNetwork.VpcId}': aws ec2 describe-subnets --filters Name=vpc-id,Values={ExistingNetwork.VpcId}"),
                ("network.subnetIds[2]", $"subnet 'subnet-0ddddddddddddddd4' lies in VPC 'vpc-0ffffffffffffffff', not in network.vpcId '{ExistingNetwork.VpcId}'. "
                    + $"Use subnets of '{ExistingNetwork.VpcId}' (aws ec2 describe-subnets --filters Name=vpc-id,Values={ExistingNetwork.VpcId}), or set network.vpcId to 'vpc-0ffffffffffffffff'."),
            }));
            Assert.That(test.Engine.Resources.Select(r => r.Type), Is.EqualTo(new[] { Tokens.TidbDmsMigration }), "only the component itself");
        });
    }

    [Test]
    public async Task AVPCWithoutDNSFailsPrivateLink()
    {
        var network = ExistingNetwork.Sample().WithVpc(ExistingNetwork.VpcId, new MockVpc(ExistingNetwork.VpcCidr, EnableDnsSupport: true, EnableDnsHostnames: false));
        await using var test = await ComponentTest.StartAsync(Mocks(network), new MockEngineOptions { Project = Scenario.Project, Stack = Scenario.Stack, IsPreview = false });
        var inputs = Existing(Inputs.Valid())
            .With("connectivity", "PrivateEndpoint")
            .With("cluster.host", "gateway01-privatelink.us-west-2.prod.aws.tidbcloud.com")
            .With("privateEndpoint.serviceName", TestValues.ServiceName);

        var ex = Assert.ThrowsAsync<RpcException>(() => test.ConstructAsync("mig", inputs.Build()));

        Assert.That(StatusDetails.PropertyErrors(StatusDetails.Read(ex!)), Is.EqualTo(new[]
        {
            ("network.vpcId", $"VPC '{ExistingNetwork.VpcId}' has DNS host names disabled, which PrivateLink's private DNS (the cluster's host name resolving to the endpoint) needs. "
                + $"Enable it: aws ec2 modify-vpc-attribute --vpc-id {ExistingNetwork.VpcId} --enable-dns-hostnames (or in the VPC console, Edit VPC settings)."),
        }));
    }
}
