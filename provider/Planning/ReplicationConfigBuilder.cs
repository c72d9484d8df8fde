using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>The DMS Serverless replication config (Serverless mode, which always has a task).</summary>
internal static class ReplicationConfigBuilder
{
    public static string Add(
        PlanBuilder plan, PlanScope scope, TaskArgs task, string subnetGroup, string tidbEndpoint, NetworkResources network, DmsRoles roles)
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

        // Serverless compute is provisioned in the subnets: like an instance, it waits for the routes.
        ImmutableArray<string> dependsOn =
        [
            .. network.RoutingComplete,
            .. new[] { roles.ServiceLinkedRole, roles.LogsPolicyAttachment }.OfType<string>(),
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
                { AwsInputs.ReplicationConfig.ComputeConfig, computeConfig },
                { AwsInputs.Common.Tags, scope.Tags.For(name) },
            },
            dependsOn: dependsOn);
        plan.Output(ContractOutputs.ReplicationConfigArn, new PlanValue.Ref(config, AwsOutputs.Arn));
        return config;
    }
}
