using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>The replication task on the instance (Instance mode with a task).</summary>
internal static class ReplicationTaskBuilder
{
    public static string Add(PlanBuilder plan, PlanScope scope, TaskArgs task, string instance, string tidbEndpoint, DmsRoles roles)
    {
        var name = scope.Names.Task;
        var endpoints = TaskEndpoints.For(scope.Args, task, tidbEndpoint);

        // DMS writes task logs with dms-cloudwatch-logs-role: when this component makes it, the task waits for it.
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
                { AwsInputs.Common.Tags, scope.Tags.For(name) },
            },
            dependsOn: roles.LogsPolicyAttachment is null ? null : [roles.LogsPolicyAttachment]);
        plan.Output(ContractOutputs.ReplicationTaskArn, new PlanValue.Ref(created, AwsOutputs.ReplicationTaskArn));
        return created;
    }
}
