namespace TidbDms.Provider.Component;

/// <summary>
/// The component's own field map: which fields each object of <see cref="ContractInputs"/> has, read with
/// the generic reader (InputReader.cs) and the conversions into the args records.
/// </summary>
internal sealed partial class InputReader
{
    private TidbDmsMigrationArgs ReadArgs(Scope top)
    {
        CheckNames(top);
        var tier = Plain(top, "tier", ToEnum(ContractEnums.Tier), ContractEnums.Tier.Members[0].Value);
        var connectivity = Plain(top, "connectivity", ToEnum(ContractEnums.Connectivity), ContractEnums.Connectivity.Members[0].Value);
        var endpointType = Plain(top, "endpointType", ToEnum(ContractEnums.EndpointType), ContractEnums.EndpointType.Members[0].Value);
        return new TidbDmsMigrationArgs(
            tier,
            connectivity,
            endpointType,
            ReadCluster(top, connectivity),
            ReadNetwork(top),
            ReadPrivateEndpoint(top),
            ReadVpcPeering(top),
            ReadReplication(top),
            Plain(top, "dmsIamRoles", ToEnum(ContractEnums.DmsIamRoles), Defaults.IamRoles),
            ReadTask(top, endpointType),
            Optional(top, "tags", ToStringMap),
            ReadNotifications(top));
    }

    private ClusterArgs ReadCluster(Scope top, Connectivity connectivity)
    {
        // Required, so never absent: a missing cluster is reported and read as a failed object.
        var cluster = ReadObject(top, "cluster")!;
        return new ClusterArgs(
            Required(cluster, "host", ToText),
            WithDefault(cluster, "port", ToInt, Defaults.ClusterPort),
            Optional(cluster, "username", ToText),
            Optional(cluster, "password", ToText),
            Optional(cluster, "databaseName", ToText),
            WithDefault(cluster, "sslMode", ToEnum(ContractEnums.SslMode), Defaults.SslModeFor(connectivity)),
            Optional(cluster, "caCertificatePem", ToText))
        {
            // A cluster unknown as a whole (preview) is read as one with a password: what it holds
            // decides which children exist, so the presence of a secret must be given, not computed.
            SecretsManagerSecretArn = cluster.State == ScopeState.Unknown ? null : Optional(cluster, "secretsManagerSecretArn", ToText),
            SecretsManagerKmsKeyArn = cluster.State == ScopeState.Unknown ? null : Optional(cluster, "secretsManagerKmsKeyArn", ToText),
            EndpointSettings = cluster.State == ScopeState.Unknown ? null : ReadEndpointSettings(cluster),
        };
    }

    private NetworkArgs ReadNetwork(Scope top)
    {
        var network = ReadObject(top, "network") ?? EmptyObject(top, "network");
        var vpcCidr = WithDefault(network, "vpcCidr", ToText, Defaults.VpcCidr);
        var count = Plain(network, "availabilityZoneCount", ToInt, Defaults.AvailabilityZoneCount);
        var zones = Plain(network, "availabilityZones", ToStringList, []);

        // Pinned zones fix the count; when both are given and disagree, the validator says so.
        if (!zones.IsEmpty && !_given.ContainsKey("network.availabilityZoneCount"))
        {
            count = zones.Length;
        }

        return new NetworkArgs(
            vpcCidr,
            count,
            zones,
            Plain(network, "publicAccess", ToEnum(ContractEnums.PublicAccess), Defaults.NetworkPublicAccess),
            Plain(network, "natGateways", ToEnum(ContractEnums.NatGatewayStrategy), Defaults.NatGateways),
            ReadExistingVpc(network));
    }

    private PrivateEndpointArgs? ReadPrivateEndpoint(Scope top) =>
        ReadObject(top, "privateEndpoint") is { } scope
            ? new PrivateEndpointArgs(
                Required(scope, "serviceName", ToText),
                WithDefault(scope, "privateDnsEnabled", ToBool, Defaults.PrivateDnsEnabled))
            : null;

    private VpcPeeringArgs? ReadVpcPeering(Scope top) =>
        ReadObject(top, "vpcPeering") is { } scope
            ? new VpcPeeringArgs(Required(scope, "peeringConnectionId", ToText), Required(scope, "tidbCidr", ToText))
            : null;

    private ReplicationArgs ReadReplication(Scope top)
    {
        var replication = ReadObject(top, "replication") ?? EmptyObject(top, "replication");
        var mode = Plain(replication, "mode", ToEnum(ContractEnums.ReplicationMode), Defaults.Mode);
        var instanceClass = WithDefault(replication, "instanceClass", ToText, Defaults.InstanceClass);
        var allocatedStorage = WithDefault(replication, "allocatedStorage", ToInt, Defaults.AllocatedStorageGiB);
        var multiAz = WithDefault(replication, "multiAz", ToBool, Defaults.MultiAz);
        var engineVersion = Optional(replication, "engineVersion", ToText);
        return new ReplicationArgs(
            mode,
            instanceClass,
            allocatedStorage,
            multiAz,
            engineVersion,
            Optional(replication, "kmsKeyArn", ToText),
            WithDefault(replication, "minCapacityUnits", ToInt, Defaults.MinCapacityUnits),
            WithDefault(replication, "maxCapacityUnits", ToInt, Defaults.MaxCapacityUnits),
            WithDefault(replication, "autoMinorVersionUpgrade", ToBool, Defaults.AutoMinorVersionUpgradeFor(engineVersion is not null)),
            Optional(replication, "preferredMaintenanceWindow", ToText),
            WithDefault(replication, "applyImmediately", ToBool, Defaults.ApplyImmediately));
    }

    private TaskArgs? ReadTask(Scope top, EndpointType endpointType) =>
        ReadObject(top, "task") is { } task
            ? new TaskArgs(
                Required(task, "otherEndpointArn", ToText),
                WithDefault(task, "migrationType", ToEnum(ContractEnums.MigrationType), Defaults.TaskMigrationType),
                Optional(task, "schemas", ToStringList),
                Optional(task, "tableMappings", ToText),
                WithDefault(task, "startReplicationTask", ToBool, Defaults.StartReplicationTask))
            {
                Settings = ReadTaskSettings(task, endpointType),
                SettingsJson = Optional(task, "settingsJson", ToText),
            }
            : null;
}
