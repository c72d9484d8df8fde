using System.Collections.Immutable;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Testing;

internal sealed class DefaultAwsMocksTests
{
    private const string Parent = "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration::mig";

    [Test]
    public async Task AnswersTheFunctionsTheComponentCallsForItsRegion()
    {
        var mocks = new DefaultAwsMocks(region: "eu-central-1", accountId: "210987654321");

        var zones = await mocks.CallAsync(Call(AwsFunctions.GetAvailabilityZones, ("state", PropertyValue.String("available"))));
        var region = await mocks.CallAsync(Call(AwsFunctions.GetRegion));
        var partition = await mocks.CallAsync(Call(AwsFunctions.GetPartition));
        var identity = await mocks.CallAsync(Call(AwsFunctions.GetCallerIdentity));

        Assert.Multiple(() =>
        {
            Assert.That(zones["names"], Is.EqualTo(["eu-central-1a", "eu-central-1b", "eu-central-1c", "eu-central-1d"]));
            Assert.That(zones["zoneIds"], Is.EqualTo(["euc1-az1", "euc1-az2", "euc1-az3", "euc1-az4"]));
            Assert.That(region["region"], Is.EqualTo("eu-central-1"));
            Assert.That(partition["partition"], Is.EqualTo("aws"));
            Assert.That(identity["accountId"], Is.EqualTo("210987654321"));
        });
    }

    [Test]
    public async Task AMissingRoleFailsAsPulumiAwsDoesAndARoleCreatedInAnUpdateIsFoundAfterwards()
    {
        var mocks = new DefaultAwsMocks(existingRoles: new Dictionary<string, IReadOnlyDictionary<string, string>>
        {
            ["dms-cloudwatch-logs-role"] = new Dictionary<string, string> { ["team"] = "data" },
        });

        var ex = Assert.ThrowsAsync<InvalidOperationException>(() => mocks.CallAsync(Call(AwsFunctions.GetRole, ("name", PropertyValue.String("dms-vpc-role")))));
        await mocks.NewResourceAsync(Resource("aws:iam/role:Role", "mig-dms-vpc-role", preview: false,
            ("name", PropertyValue.String("dms-vpc-role")),
            ("tags", PropertyValue.Object(("tidb-dms:owner", PropertyValue.String("proj/dev/mig"))))));
        var created = await mocks.CallAsync(Call(AwsFunctions.GetRole, ("name", PropertyValue.String("dms-vpc-role"))));
        var existing = await mocks.CallAsync(Call(AwsFunctions.GetRole, ("name", PropertyValue.String("dms-cloudwatch-logs-role"))));

        Assert.That(ex!.Message, Is.EqualTo("reading IAM Role (dms-vpc-role): couldn't find resource"));
        Assert.That(created["tags"], Is.EqualTo(new Dictionary<string, string> { ["tidb-dms:owner"] = "proj/dev/mig" }));
        Assert.That(created["arn"], Is.EqualTo("arn:aws:iam::123456789012:role/dms-vpc-role"));
        Assert.That(existing["tags"], Is.EqualTo(new Dictionary<string, string> { ["team"] = "data" }));
    }

    [Test]
    public async Task InAPreviewNothingIsCreated()
    {
        var (id, state) = await new DefaultAwsMocks().NewResourceAsync(Resource("aws:ec2/vpc:Vpc", "mig-vpc", preview: true));

        Assert.That(id, Is.Null);
        Assert.That(state, Is.Empty);
    }

    [Test]
    public async Task InAnUpdateIdsArnsAndAddressesArePlausibleDeterministicAndConsistent()
    {
        var mocks = new DefaultAwsMocks();

        var (vpcId, vpc) = await mocks.NewResourceAsync(Resource("aws:ec2/vpc:Vpc", "mig-vpc", preview: false));
        var (subnetId, _) = await mocks.NewResourceAsync(Resource("aws:ec2/subnet:Subnet", "mig-private-a", preview: false,
            ("vpcId", PropertyValue.String(vpcId!)), ("cidrBlock", PropertyValue.String("10.0.128.0/20")), ("availabilityZone", PropertyValue.String("us-west-2b"))));
        var (eipId, eip) = await mocks.NewResourceAsync(Resource("aws:ec2/eip:Eip", "mig-nat-eip-a", preview: false));
        var (_, nat) = await mocks.NewResourceAsync(Resource("aws:ec2/natGateway:NatGateway", "mig-nat-a", preview: false,
            ("allocationId", PropertyValue.String(eipId!)), ("subnetId", PropertyValue.String(subnetId!))));
        var (groupId, group) = await mocks.NewResourceAsync(Resource("aws:dms/replicationSubnetGroup:ReplicationSubnetGroup", "mig-subnet-group", preview: false,
            ("replicationSubnetGroupId", PropertyValue.String("mig-dev")), ("subnetIds", PropertyValue.Array(PropertyValue.String(subnetId!)))));
        var (instanceId, instance) = await mocks.NewResourceAsync(Resource("aws:dms/replicationInstance:ReplicationInstance", "mig-instance", preview: false,
            ("replicationInstanceId", PropertyValue.String("mig-dev")), ("replicationSubnetGroupId", PropertyValue.String(groupId!)), ("publiclyAccessible", PropertyValue.Bool(true))));
        var (again, _) = await new DefaultAwsMocks().NewResourceAsync(Resource("aws:ec2/vpc:Vpc", "mig-vpc", preview: false));

        Assert.Multiple(() =>
        {
            Assert.That(vpcId, Does.Match("^vpc-[0-9a-f]{17}$"));
            Assert.That(again, Is.EqualTo(vpcId));
            Assert.That(vpc["arn"], Is.EqualTo($"arn:aws:ec2:us-west-2:123456789012:vpc/{vpcId}"));
            Assert.That(subnetId, Does.Match("^subnet-[0-9a-f]{17}$"));
            Assert.That(nat["publicIp"], Is.EqualTo(eip["publicIp"]));
            Assert.That((string)nat["privateIp"]!, Does.StartWith("10.0.128."));
            Assert.That(groupId, Is.EqualTo("mig-dev"));
            Assert.That(group["vpcId"], Is.EqualTo(vpcId));
            Assert.That(instanceId, Is.EqualTo("mig-dev"));
            Assert.That((string)instance["replicationInstanceArn"]!, Does.Match("^arn:aws:dms:us-west-2:123456789012:rep:[0-9A-F]{26}$"));
            Assert.That((string[])instance["replicationInstancePrivateIps"]!, Has.Length.EqualTo(1).And.All.StartWith("10.0.128."));
            Assert.That((string[])instance["replicationInstancePublicIps"]!, Has.Length.EqualTo(1).And.All.StartWith("198.51.100."));
        });
    }

    private static MockCallArgs Call(string token, params (string Key, PropertyValue Value)[] args) =>
        new(token, args.ToImmutableSortedDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal), "");

    private static MockResourceArgs Resource(string type, string name, bool preview, params (string Key, PropertyValue Value)[] inputs) =>
        new(type, name, inputs.ToImmutableSortedDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal), "", "", true, Parent, $"{Parent}-{name}", preview);
}
