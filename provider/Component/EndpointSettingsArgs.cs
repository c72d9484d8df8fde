namespace TidbDms.Provider.Component;

/// <summary>
/// <c>cluster.endpointSettings.*</c>: the MySQL endpoint settings of the TiDB endpoint (its
/// <c>mysqlSettings</c>). Each is null when not given; which endpoint type each belongs to is
/// <see cref="InputValidator"/>'s rule.
/// </summary>
/// <param name="ParallelLoadThreads">Target: threads loading into TiDB.</param>
/// <param name="MaxFileSizeKb">Target: the largest CSV file DMS writes before loading it, in KB.</param>
/// <param name="TargetDbType">Target: one database for every schema, or one per schema.</param>
/// <param name="AfterConnectScript">Either type: SQL run after DMS connects.</param>
/// <param name="ExecuteTimeoutSeconds">Source: the client statement timeout.</param>
/// <param name="ServerTimezone">Source: the cluster's time zone.</param>
internal sealed record EndpointSettingsArgs(
    Input<int>? ParallelLoadThreads,
    Input<int>? MaxFileSizeKb,
    Input<TargetDbType>? TargetDbType,
    Input<string>? AfterConnectScript,
    Input<int>? ExecuteTimeoutSeconds,
    Input<string>? ServerTimezone);
