using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>
/// The account-wide IAM roles DMS looks up by fixed name, and the tag that marks the ones this
/// component created (registration reads it to tell "ours" from "someone else's").
/// </summary>
internal static class DmsRoleNames
{
    public const string Vpc = "dms-vpc-role";
    public const string CloudWatchLogs = "dms-cloudwatch-logs-role";

    /// <summary>The service-linked role DMS Serverless needs; AWS derives its name from the service.</summary>
    public const string Serverless = "AWSServiceRoleForDMSServerless";

    public const string OwnerTagKey = "tidb-dms:owner";

    public static string OwnerTagValue(string project, string stack, string componentName) => $"{project}/{stack}/{componentName}";

    /// <summary>The roles the args need, in the order they are checked and created.</summary>
    /// <remarks>
    /// dms-cloudwatch-logs-role is left out only when the task turns logging off
    /// (<c>task.settings.logging: false</c>); without a task it stays, as tasks started later on the
    /// instance log by default.
    /// </remarks>
    public static ImmutableArray<string> NeededFor(TidbDmsMigrationArgs args)
    {
        var logs = args.Task?.Settings.Logging ?? true;
        return [.. NeededFor(args.Replication.Mode).Where(role => logs || role != CloudWatchLogs)];
    }

    /// <summary>The most a replication mode can need (with task logging on), in the order they are checked and created.</summary>
    public static ImmutableArray<string> NeededFor(ReplicationMode mode) =>
        mode == ReplicationMode.Serverless ? [Vpc, CloudWatchLogs, Serverless] : [Vpc, CloudWatchLogs];
}
