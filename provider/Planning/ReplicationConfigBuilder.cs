using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>The DMS Serverless replication config (Serverless mode, which always has a task).</summary>
internal static class ReplicationConfigBuilder
{
    /// <param name="pathToCluster">Everything the replication's connection to the cluster crosses.</param>
    public static string Add(
        PlanBuilder plan, PlanScope scope, TaskArgs task, string subnetGroup, string tidbEndpoint, ImmutableArray<string> pathToCluster, DmsRoles roles)
    {
        var replication = scope.Args.Replication;
        var name = scope.Names.ReplicationConfig;
        var endpoints = TaskEndpoints.For(scope.Args, task, tidbEndpoint);
        var computeConfig = PlanValue.MapOf(new InputMap
        {
            { AwsInputs.ComputeConfig.ReplicationSubnetGroupId, new PlanValue.Ref(subnetGroup, AwsOutputs.ReplicationSubnetGroupId) },
            { AwsInputs.ComputeConfig.MinCapacityUnits, ArgValues.Of(replication.MinCapacityUnits) },
            { AwsInputs.ComputeConfig.MaxCapacityUnits, ArgValues.Of(replication.MaxCapacityUnits) },
            { AwsInputs.ComputeConfig.MultiAz, ArgValues.Of(replication.MultiAz) },
            { AwsInputs.ComputeConfig.VpcSecurityGroupIds, ReplicationInstanceBuilder.DmsSecurityGroupIds(scope) },
            { AwsInputs.ComputeConfig.KmsKeyId, ArgValues.OfOptional(replication.KmsKeyArn) },
        });

        // Refers to its subnet group, security group and TiDB endpoint (and, through the inputs'
        // dependencies, the KMS key and the other endpoint). DMS Serverless needs its service-linked
        // role (which cannot be deleted while a replication uses it) and writes logs with
        // dms-cloudwatch-logs-role: when this component makes them, the replication waits for them.
        // Creating the config stores settings only; starting it connects to both endpoints (DMS
        // tests the connections, then provisions capacity), so a replication that starts on
        // creation (or may: the input is unknown in a preview) waits for the whole path to the
        // cluster, and destroy keeps the path until it is stopped and gone. One that does not
        // start is created at once, without waiting for the NAT gateways.
        var starts = !task.StartReplicationTask.IsKnown || task.StartReplicationTask.Value;
        ImmutableArray<string> dependsOn =
        [
            .. new[] { roles.ServiceLinkedRole, roles.LogsPolicyAttachment }.OfType<string>(),
            .. starts ? pathToCluster : [],
        ];
        var config = plan.Add(
            AwsTypes.ReplicationConfig,
            name,
            new InputMap
            {
                { AwsInputs.ReplicationConfig.ReplicationConfigIdentifier, PlanValue.Of(scope.Ids.ReplicationConfig) },
                { AwsInputs.ReplicationConfig.ReplicationType, ArgValues.Of(task.MigrationType, ContractEnums.MigrationType) },
                { AwsInputs.ReplicationConfig.SourceEndpointArn, endpoints.Source },
                { AwsInputs.ReplicationConfig.TargetEndpointArn, endpoints.Target },
                { AwsInputs.ReplicationConfig.TableMappings, TableMappings.For(task) },
                { AwsInputs.ReplicationConfig.StartReplication, ArgValues.Of(task.StartReplicationTask) },
                { AwsInputs.TaskSettings.ReplicationSettings, PlanValue.Of(TaskSettingsDocument.For(task)) },
                { AwsInputs.ReplicationConfig.ComputeConfig, computeConfig },
                { AwsInputs.Common.Tags, scope.Tags.For(name) },
            },
            dependsOn: dependsOn);
        plan.Output(ContractOutputs.ReplicationConfigArn, new PlanValue.Ref(config, AwsOutputs.Arn));
        return config;
    }
}
