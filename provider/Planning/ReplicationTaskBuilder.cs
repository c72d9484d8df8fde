using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>The replication task on the instance (Instance mode with a task).</summary>
internal static class ReplicationTaskBuilder
{
    /// <param name="pathToCluster">Everything the task's connection to the cluster crosses.</param>
    public static string Add(
        PlanBuilder plan, PlanScope scope, TaskArgs task, string instance, string tidbEndpoint, ImmutableArray<string> pathToCluster, DmsRoles roles)
    {
        var name = scope.Names.Task;
        var endpoints = TaskEndpoints.For(scope.Args, task, tidbEndpoint);

        // The task is what connects: to both DMS endpoints (references; the other endpoint's through
        // its input's dependencies) whenever it runs, on creation with startReplicationTask (where
        // pulumi-aws waits for DMS's connection test and "running") or when started later. So it
        // waits for the whole path to the cluster, and destroy keeps the path until the task is
        // stopped and gone. It costs no time: the instance it waits for takes longer than the path.
        // DMS writes task logs with dms-cloudwatch-logs-role: when this component makes it, the task waits for it.
        ImmutableArray<string> dependsOn = [.. pathToCluster, .. new[] { roles.LogsPolicyAttachment }.OfType<string>()];
        var created = plan.Add(
            AwsTypes.ReplicationTask,
            name,
            new InputMap
            {
                { AwsInputs.ReplicationTask.ReplicationTaskId, PlanValue.Of(scope.Ids.ReplicationTask) },
                { AwsInputs.ReplicationTask.MigrationType, ArgValues.Of(task.MigrationType, ContractEnums.MigrationType) },
                { AwsInputs.ReplicationTask.ReplicationInstanceArn, new PlanValue.Ref(instance, AwsOutputs.ReplicationInstanceArn) },
                { AwsInputs.ReplicationTask.SourceEndpointArn, endpoints.Source },
                { AwsInputs.ReplicationTask.TargetEndpointArn, endpoints.Target },
                { AwsInputs.ReplicationTask.TableMappings, TableMappings.For(task) },
                { AwsInputs.ReplicationTask.StartReplicationTask, ArgValues.Of(task.StartReplicationTask) },
                { AwsInputs.TaskSettings.ReplicationTaskSettings, PlanValue.Of(TaskSettingsDocument.For(task)) },
                { AwsInputs.Common.Tags, scope.Tags.For(name) },
            },
            dependsOn: dependsOn);
        plan.Output(ContractOutputs.ReplicationTaskArn, new PlanValue.Ref(created, AwsOutputs.ReplicationTaskArn));
        return created;
    }
}
