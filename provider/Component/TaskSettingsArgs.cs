namespace TidbDms.Provider.Component;

/// <summary>
/// <c>task.settings.*</c> with every default applied: what the generated task-settings document says
/// (see <c>Planning.TaskSettingsDocument</c>).
/// </summary>
/// <param name="TargetTablePrepMode">Defaulted per endpoint type (<see cref="Defaults.TargetTablePrepModeFor"/>).</param>
/// <param name="Logging">Plain: it decides whether the task needs <c>dms-cloudwatch-logs-role</c>.</param>
internal sealed record TaskSettingsArgs(
    Input<TargetTablePrepMode> TargetTablePrepMode,
    Input<LobMode> LobMode,
    Input<int> LobMaxSizeKb,
    Input<int> FullLoadSubTasks,
    Input<bool> Validation,
    Input<bool> BatchApply,
    bool Logging)
{
    /// <summary>The settings of a task that gives no <c>task.settings</c>.</summary>
    public static TaskSettingsArgs DefaultsFor(EndpointType endpointType) => new(
        Input<TargetTablePrepMode>.Known(Defaults.TargetTablePrepModeFor(endpointType)),
        Input<LobMode>.Known(Defaults.TaskLobMode),
        Input<int>.Known(Defaults.TaskLobMaxSizeKb),
        Input<int>.Known(Defaults.TaskFullLoadSubTasks),
        Input<bool>.Known(Defaults.TaskValidation),
        Input<bool>.Known(Defaults.TaskBatchApply),
        Defaults.TaskLogging);
}
