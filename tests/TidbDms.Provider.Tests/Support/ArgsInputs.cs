using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Tests.Support;

/// <summary>The state of one non-plain input after reading, comparable with <c>Is.EqualTo</c>.</summary>
internal sealed record InputState(bool IsKnown, bool IsSecret, ImmutableArray<string> Dependencies)
{
    public static InputState Unknown(bool isSecret = false, params string[] dependencies) => new(false, isSecret, [.. dependencies]);

    public static InputState Known(bool isSecret = false, params string[] dependencies) => new(true, isSecret, [.. dependencies]);

    public bool Equals(InputState? other) =>
        other is not null && other.IsKnown == IsKnown && other.IsSecret == IsSecret && other.Dependencies.SequenceEqual(Dependencies);

    public override int GetHashCode() => HashCode.Combine(IsKnown, IsSecret, Dependencies.Length);

    public override string ToString() =>
        $"{(IsKnown ? "known" : "unknown")}{(IsSecret ? ", secret" : "")}, deps [{string.Join(", ", Dependencies)}]";
}

/// <summary>Every non-plain input of read args by contract path, so tests can assert them all at once.</summary>
internal static class ArgsInputs
{
    /// <summary>The non-plain inputs that are set (absent optional ones are left out).</summary>
    public static ImmutableSortedDictionary<string, InputState> NonPlain(TidbDmsMigrationArgs args)
    {
        var states = ImmutableSortedDictionary.CreateBuilder<string, InputState>(StringComparer.Ordinal);
        void Add<T>(string path, Input<T>? input)
        {
            if (input is not null)
            {
                states[path] = new InputState(input.IsKnown, input.IsSecret, [.. input.Dependencies]);
            }
        }

        Add("cluster.host", args.Cluster.Host);
        Add("cluster.port", args.Cluster.Port);
        Add("cluster.username", args.Cluster.Username);
        Add("cluster.password", args.Cluster.Password);
        Add("cluster.databaseName", args.Cluster.DatabaseName);
        Add("cluster.sslMode", args.Cluster.SslMode);
        Add("cluster.caCertificatePem", args.Cluster.CaCertificatePem);
        Add("network.vpcCidr", args.Network.VpcCidr);
        Add("network.vpcId", args.Network.ExistingVpc?.VpcId);
        Add("network.subnetIds", args.Network.ExistingVpc?.SubnetIds);
        Add("privateEndpoint.serviceName", args.PrivateEndpoint?.ServiceName);
        Add("privateEndpoint.privateDnsEnabled", args.PrivateEndpoint?.PrivateDnsEnabled);
        Add("vpcPeering.peeringConnectionId", args.VpcPeering?.PeeringConnectionId);
        Add("vpcPeering.tidbCidr", args.VpcPeering?.TidbCidr);
        Add("replication.instanceClass", args.Replication.InstanceClass);
        Add("replication.allocatedStorage", args.Replication.AllocatedStorage);
        Add("replication.multiAz", args.Replication.MultiAz);
        Add("replication.engineVersion", args.Replication.EngineVersion);
        Add("replication.kmsKeyArn", args.Replication.KmsKeyArn);
        Add("replication.minCapacityUnits", args.Replication.MinCapacityUnits);
        Add("replication.maxCapacityUnits", args.Replication.MaxCapacityUnits);
        Add("replication.autoMinorVersionUpgrade", args.Replication.AutoMinorVersionUpgrade);
        Add("replication.preferredMaintenanceWindow", args.Replication.PreferredMaintenanceWindow);
        Add("replication.applyImmediately", args.Replication.ApplyImmediately);
        Add("task.otherEndpointArn", args.Task?.OtherEndpointArn);
        Add("task.migrationType", args.Task?.MigrationType);
        Add("task.schemas", args.Task?.Schemas);
        Add("task.tableMappings", args.Task?.TableMappings);
        Add("task.startReplicationTask", args.Task?.StartReplicationTask);
        Add("cluster.secretsManagerSecretArn", args.Cluster.SecretsManagerSecretArn);
        Add("cluster.secretsManagerKmsKeyArn", args.Cluster.SecretsManagerKmsKeyArn);
        Add("cluster.endpointSettings.parallelLoadThreads", args.Cluster.EndpointSettings?.ParallelLoadThreads);
        Add("cluster.endpointSettings.maxFileSizeKb", args.Cluster.EndpointSettings?.MaxFileSizeKb);
        Add("cluster.endpointSettings.targetDbType", args.Cluster.EndpointSettings?.TargetDbType);
        Add("cluster.endpointSettings.afterConnectScript", args.Cluster.EndpointSettings?.AfterConnectScript);
        Add("cluster.endpointSettings.executeTimeoutSeconds", args.Cluster.EndpointSettings?.ExecuteTimeoutSeconds);
        Add("cluster.endpointSettings.serverTimezone", args.Cluster.EndpointSettings?.ServerTimezone);
        Add("task.settings.targetTablePrepMode", args.Task?.Settings.TargetTablePrepMode);
        Add("task.settings.lobMode", args.Task?.Settings.LobMode);
        Add("task.settings.lobMaxSizeKb", args.Task?.Settings.LobMaxSizeKb);
        Add("task.settings.fullLoadSubTasks", args.Task?.Settings.FullLoadSubTasks);
        Add("task.settings.validation", args.Task?.Settings.Validation);
        Add("task.settings.batchApply", args.Task?.Settings.BatchApply);
        Add("task.settingsJson", args.Task?.SettingsJson);
        Add("tags", args.Tags);
        Add("notifications.snsTopicArn", args.Notifications?.SnsTopicArn);
        return states.ToImmutable();
    }
}
