using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Component;

/// <summary>Defaults (the contract's values, as the README's inputs table states them) and given values read as written.</summary>
[TestFixture]
internal sealed class InputDefaultsTests
{
    [Test]
    public void AMinimalInputGetsEveryDefault()
    {
        var args = Read(Inputs.Valid());

        Assert.Multiple(() =>
        {
            Assert.That(args.Tier, Is.EqualTo(Tier.Starter));
            Assert.That(args.Connectivity, Is.EqualTo(Connectivity.PublicEndpoint));
            Assert.That(args.EndpointType, Is.EqualTo(EndpointType.Target));
            Assert.That(args.Cluster.Host.Value, Is.EqualTo(TestValues.StarterHost));
            Assert.That(args.Cluster.Port, Is.EqualTo(Input<int>.Known(4000)).Using<Input<int>>(SameInput));
            Assert.That(args.Cluster.Username!.Value, Is.EqualTo(TestValues.StarterUsername));
            Assert.That(args.Cluster.Password!.Value, Is.EqualTo(TestValues.Password));
            Assert.That(args.Cluster.DatabaseName, Is.Null);
            Assert.That(args.Cluster.SslMode, Is.EqualTo(Input<SslMode>.Known(SslMode.VerifyFull)).Using<Input<SslMode>>(SameInput));
            Assert.That(args.Cluster.CaCertificatePem, Is.Null, "the planner picks ISRG Root X1 for Starter and Essential");
            Assert.That(args.Network.VpcCidr, Is.EqualTo(Input<string>.Known("10.0.0.0/16")).Using<Input<string>>(SameInput));
            Assert.That(args.Network.AvailabilityZoneCount, Is.EqualTo(2));
            Assert.That(args.Network.AvailabilityZones, Is.Empty);
            Assert.That(args.Network.PublicAccess, Is.EqualTo(PublicAccess.NatGateway));
            Assert.That(args.Network.NatGateways, Is.EqualTo(NatGatewayStrategy.Single));
            Assert.That(args.PrivateEndpoint, Is.Null);
            Assert.That(args.VpcPeering, Is.Null);
            Assert.That(args.Replication.Mode, Is.EqualTo(ReplicationMode.Instance));
            Assert.That(args.Replication.InstanceClass, Is.EqualTo(Input<string>.Known("dms.t3.large")).Using<Input<string>>(SameInput));
            Assert.That(args.Replication.AllocatedStorage, Is.EqualTo(Input<int>.Known(50)).Using<Input<int>>(SameInput));
            Assert.That(args.Replication.MultiAz, Is.EqualTo(Input<bool>.Known(false)).Using<Input<bool>>(SameInput));
            Assert.That(args.Replication.EngineVersion, Is.Null, "DMS's default");
            Assert.That(args.Replication.KmsKeyArn, Is.Null);
            Assert.That(args.Replication.MinCapacityUnits, Is.EqualTo(Input<int>.Known(1)).Using<Input<int>>(SameInput));
            Assert.That(args.Replication.MaxCapacityUnits, Is.EqualTo(Input<int>.Known(4)).Using<Input<int>>(SameInput));
            Assert.That(args.DmsIamRoles, Is.EqualTo(DmsIamRoles.Existing));
            Assert.That(args.Task, Is.Null);
            Assert.That(args.Tags, Is.Null);
        });
    }

    [Test]
    public void TheDefaultsAreThoseOfDefaults()
    {
        var args = Read(Inputs.Valid());

        Assert.Multiple(() =>
        {
            Assert.That(args.Cluster.Port.Value, Is.EqualTo(Defaults.ClusterPort));
            Assert.That(args.Network.VpcCidr.Value, Is.EqualTo(Defaults.VpcCidr));
            Assert.That(args.Network.AvailabilityZoneCount, Is.EqualTo(Defaults.AvailabilityZoneCount));
            Assert.That(args.Network.PublicAccess, Is.EqualTo(Defaults.NetworkPublicAccess));
            Assert.That(args.Network.NatGateways, Is.EqualTo(Defaults.NatGateways));
            Assert.That(args.Replication.Mode, Is.EqualTo(Defaults.Mode));
            Assert.That(args.Replication.InstanceClass.Value, Is.EqualTo(Defaults.InstanceClass));
            Assert.That(args.Replication.AllocatedStorage.Value, Is.EqualTo(Defaults.AllocatedStorageGiB));
            Assert.That(args.Replication.MultiAz.Value, Is.EqualTo(Defaults.MultiAz));
            Assert.That(args.Replication.MinCapacityUnits.Value, Is.EqualTo(Defaults.MinCapacityUnits));
            Assert.That(args.Replication.MaxCapacityUnits.Value, Is.EqualTo(Defaults.MaxCapacityUnits));
            Assert.That(args.DmsIamRoles, Is.EqualTo(Defaults.IamRoles));
        });
    }

    [TestCase("PublicEndpoint", SslMode.VerifyFull)]
    [TestCase("PrivateEndpoint", SslMode.None)]
    [TestCase("VpcPeering", SslMode.None)]
    public void TheSslModeDefaultsPerConnectivity(string connectivity, SslMode expected)
    {
        var inputs = Inputs.ValidDedicated()
            .With("connectivity", connectivity)
            .With("privateEndpoint.serviceName", TestValues.ServiceName)
            .With("vpcPeering.peeringConnectionId", TestValues.PeeringConnectionId)
            .With("vpcPeering.tidbCidr", TestValues.TidbCidr);
        inputs = connectivity == "PrivateEndpoint" ? inputs.Without("vpcPeering") : inputs.Without("privateEndpoint");
        inputs = connectivity == "VpcPeering" ? inputs : inputs.Without("vpcPeering");

        var args = Read(inputs);

        Assert.That(args.Cluster.SslMode.Value, Is.EqualTo(expected));
        Assert.That(args.Cluster.SslMode.Value, Is.EqualTo(Defaults.SslModeFor(args.Connectivity)));
    }

    [Test]
    public void ObjectDefaultsApplyInsideGivenObjects()
    {
        var args = Read(Inputs.Valid()
            .With("connectivity", "PrivateEndpoint")
            .With("privateEndpoint.serviceName", TestValues.ServiceName)
            .With("task.otherEndpointArn", TestValues.OtherEndpointArn)
            .With("task.schemas", Inputs.Strings("app")));

        Assert.Multiple(() =>
        {
            Assert.That(args.PrivateEndpoint!.PrivateDnsEnabled.Value, Is.EqualTo(true));
            Assert.That(args.Task!.MigrationType.Value, Is.EqualTo(MigrationType.FullLoad));
            Assert.That(args.Task.MigrationType.Value, Is.EqualTo(Defaults.TaskMigrationType));
            Assert.That(args.Task.StartReplicationTask.Value, Is.EqualTo(false));
            Assert.That(args.Task.TableMappings, Is.Null);
        });
    }

    [Test]
    public void PinnedZonesFixTheCount()
    {
        var args = Read(Inputs.Valid().With("network.availabilityZones", Inputs.Strings("us-west-2b", "us-west-2c", "us-west-2d")));

        Assert.That(args.Network.AvailabilityZones, Is.EqualTo(["us-west-2b", "us-west-2c", "us-west-2d"]));
        Assert.That(args.Network.AvailabilityZoneCount, Is.EqualTo(3));
    }

    [Test]
    public void EveryGivenValueIsReadAsWritten()
    {
        var inputs = Inputs.ValidDedicated()
            .With("connectivity", "PrivateEndpoint")
            .With("endpointType", "source")
            .With("cluster.port", 4001)
            .With("cluster.databaseName", "app")
            .With("cluster.sslMode", "verify-ca")
            .With("network.vpcCidr", "10.20.0.0/20")
            .With("network.availabilityZoneCount", 3)
            .With("network.availabilityZones", Inputs.Strings("us-west-2a", "us-west-2b", "us-west-2c"))
            .With("network.publicAccess", "NatGateway")
            .With("network.natGateways", "Single")
            .With("privateEndpoint.serviceName", TestValues.ServiceName)
            .With("privateEndpoint.privateDnsEnabled", false)
            .With("replication.mode", "Instance")
            .With("replication.instanceClass", "dms.c5.xlarge")
            .With("replication.allocatedStorage", 100)
            .With("replication.multiAz", true)
            .With("replication.engineVersion", "3.5.3")
            .With("replication.kmsKeyArn", "arn:aws:kms:us-west-2:123456789012:alias/dms")
            .With("replication.minCapacityUnits", 1)
            .With("replication.maxCapacityUnits", 4)
            .With("replication.autoMinorVersionUpgrade", false)
            .With("replication.preferredMaintenanceWindow", "sun:23:00-mon:01:30")
            .With("replication.applyImmediately", true)
            .With("dmsIamRoles", "Create")
            .With("task.otherEndpointArn", TestValues.OtherEndpointArn)
            .With("task.migrationType", "full-load")
            .With("task.schemas", Inputs.Strings("app", "billing"))
            .With("task.startReplicationTask", true)
            .With("tags.team", "data")
            .With("tags.env", "prod");

        var args = Read(inputs);

        Assert.That(ArgsText.Render(args), Is.EqualTo(ArgsText.Render(new TidbDmsMigrationArgs(
            Tier.Dedicated,
            Connectivity.PrivateEndpoint,
            EndpointType.Source,
            new ClusterArgs(
                Input<string>.Known(TestValues.DedicatedHost),
                Input<int>.Known(4001),
                Input<string>.Known(TestValues.DedicatedUsername),
                Input<string>.Known(TestValues.Password, isSecret: true),
                Input<string>.Known("app"),
                Input<SslMode>.Known(SslMode.VerifyCa),
                Input<string>.Known(TestValues.CaPem)),
            new NetworkArgs(Input<string>.Known("10.20.0.0/20"), 3, ["us-west-2a", "us-west-2b", "us-west-2c"], PublicAccess.NatGateway, NatGatewayStrategy.Single),
            new PrivateEndpointArgs(Input<string>.Known(TestValues.ServiceName), Input<bool>.Known(false)),
            null,
            new ReplicationArgs(
                ReplicationMode.Instance,
                Input<string>.Known("dms.c5.xlarge"),
                Input<int>.Known(100),
                Input<bool>.Known(true),
                Input<string>.Known("3.5.3"),
                Input<string>.Known("arn:aws:kms:us-west-2:123456789012:alias/dms"),
                Input<int>.Known(1),
                Input<int>.Known(4),
                Input<bool>.Known(false),
                Input<string>.Known("sun:23:00-mon:01:30"),
                Input<bool>.Known(true)),
            DmsIamRoles.Create,
            new TaskArgs(
                Input<string>.Known(TestValues.OtherEndpointArn),
                Input<MigrationType>.Known(MigrationType.FullLoad),
                Input<ImmutableArray<string>>.Known(["app", "billing"]),
                null,
                Input<bool>.Known(true))
            {
                Settings = TaskSettingsArgs.DefaultsFor(EndpointType.Source),
            },
            Input<ImmutableSortedDictionary<string, string>>.Known(
                new Dictionary<string, string> { ["env"] = "prod", ["team"] = "data" }.ToImmutableSortedDictionary(StringComparer.Ordinal))))));
    }

    [Test]
    public void TableMappingsAreReadAsWritten()
    {
        const string Json = "{\"rules\": [{\"rule-type\": \"selection\", \"rule-id\": \"1\"}]}";
        var args = Read(Inputs.Valid().With("task.otherEndpointArn", TestValues.OtherEndpointArn).With("task.tableMappings", Json));

        Assert.That(args.Task!.TableMappings!.Value, Is.EqualTo(Json));
        Assert.That(args.Task.Schemas, Is.Null);
    }

    private static bool SameInput<T>(Input<T> a, Input<T> b) =>
        a.IsKnown == b.IsKnown && a.IsSecret == b.IsSecret && a.Dependencies.SequenceEqual(b.Dependencies)
        && EqualityComparer<T>.Default.Equals(a.Value, b.Value);

    private static TidbDmsMigrationArgs Read(Inputs inputs)
    {
        var result = InputCheck.Run(inputs.Build());
        Assert.That(result.Errors, Is.Empty);
        return result.Args!;
    }
}
