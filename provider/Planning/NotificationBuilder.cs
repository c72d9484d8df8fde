using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>
/// DMS event subscriptions (<c>notifications</c>, Instance mode): the replication instance's and
/// the task's events that need someone's attention, sent to the user's SNS topic. DMS offers
/// subscriptions for the source types <c>replication-instance</c> and <c>replication-task</c> only.
/// </summary>
internal static class NotificationBuilder
{
    public const string InstanceSourceType = "replication-instance";
    public const string TaskSourceType = "replication-task";

    /// <summary>
    /// DMS's categories for the instance (its full list: configuration change, creation, deletion,
    /// maintenance, low storage, failover, failure): the ones that mean the instance needs attention.
    /// </summary>
    public static readonly ImmutableArray<string> InstanceCategories = ["failure", "failover", "low storage"];

    /// <summary>DMS's categories for a task (its full list: configuration change, creation, deletion, failure, state change): a failure, and starts and stops.</summary>
    public static readonly ImmutableArray<string> TaskCategories = ["failure", "state change"];

    public static void Add(PlanBuilder plan, PlanScope scope, NotificationsArgs notifications, string instance, string? task)
    {
        var names = scope.Names;

        // Each subscription names its source by the source's identifier output, so it waits for the
        // source (DMS refuses a subscription to a source that does not exist) and destroy deletes it
        // first (no subscription outlives what it listens to).
        AddSubscription(
            plan, scope, notifications, names.InstanceEvents, scope.Ids.InstanceEventSubscription, InstanceSourceType,
            new PlanValue.Ref(instance, AwsOutputs.ReplicationInstanceId), InstanceCategories);
        if (task is not null)
        {
            AddSubscription(
                plan, scope, notifications, names.TaskEvents, scope.Ids.TaskEventSubscription, TaskSourceType,
                new PlanValue.Ref(task, AwsOutputs.ReplicationTaskId), TaskCategories);
        }
    }

    private static void AddSubscription(
        PlanBuilder plan,
        PlanScope scope,
        NotificationsArgs notifications,
        string name,
        string subscriptionName,
        string sourceType,
        PlanValue sourceId,
        ImmutableArray<string> categories) => plan.Add(
        AwsTypes.EventSubscription,
        name,
        new InputMap
        {
            { AwsInputs.EventSubscription.Name, PlanValue.Of(subscriptionName) },
            { AwsInputs.EventSubscription.SnsTopicArn, ArgValues.Of(notifications.SnsTopicArn) },
            { AwsInputs.EventSubscription.SourceType, PlanValue.Of(sourceType) },
            { AwsInputs.EventSubscription.SourceIds, PlanValue.ListOf([sourceId]) },
            { AwsInputs.EventSubscription.EventCategories, PlanValue.ListOf(categories.Select(PlanValue.Of)) },
            { AwsInputs.EventSubscription.Enabled, PlanValue.Of(true) },
            { AwsInputs.Common.Tags, scope.Tags.For(name) },
        });
}
