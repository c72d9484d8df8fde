using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>The source and target endpoint ARNs of a task: the TiDB endpoint on its side, the user's on the other.</summary>
internal sealed record TaskEndpoints(PlanValue Source, PlanValue Target)
{
    public static TaskEndpoints For(TidbDmsMigrationArgs args, TaskArgs task, string tidbEndpoint)
    {
        PlanValue tidb = new PlanValue.Ref(tidbEndpoint, AwsOutputs.EndpointArn);
        var other = ArgValues.Of(task.OtherEndpointArn);
        return args.EndpointType == EndpointType.Source ? new(tidb, other) : new(other, tidb);
    }
}
