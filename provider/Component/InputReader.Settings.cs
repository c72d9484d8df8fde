namespace TidbDms.Provider.Component;

/// <summary>The second release's nested settings objects: cluster.endpointSettings and task.settings.</summary>
internal sealed partial class InputReader
{
    private EndpointSettingsArgs? ReadEndpointSettings(Scope cluster) =>
        ReadObject(cluster, "endpointSettings") is { } settings
            ? new EndpointSettingsArgs(
                Optional(settings, "parallelLoadThreads", ToInt),
                Optional(settings, "maxFileSizeKb", ToInt),
                Optional(settings, "targetDbType", ToEnum(ContractEnums.TargetDbType)),
                Optional(settings, "afterConnectScript", ToText),
                Optional(settings, "executeTimeoutSeconds", ToInt),
                Optional(settings, "serverTimezone", ToText))
            : null;

    /// <summary>Absent settings take every default; the table preparation mode's depends on the endpoint type.</summary>
    private TaskSettingsArgs ReadTaskSettings(Scope task, EndpointType endpointType)
    {
        var settings = ReadObject(task, "settings") ?? EmptyObject(task, "settings");
        return new TaskSettingsArgs(
            WithDefault(settings, "targetTablePrepMode", ToEnum(ContractEnums.TargetTablePrepMode), Defaults.TargetTablePrepModeFor(endpointType)),
            WithDefault(settings, "lobMode", ToEnum(ContractEnums.LobMode), Defaults.TaskLobMode),
            WithDefault(settings, "lobMaxSizeKb", ToInt, Defaults.TaskLobMaxSizeKb),
            WithDefault(settings, "fullLoadSubTasks", ToInt, Defaults.TaskFullLoadSubTasks),
            WithDefault(settings, "validation", ToBool, Defaults.TaskValidation),
            WithDefault(settings, "batchApply", ToBool, Defaults.TaskBatchApply),
            Plain(settings, "logging", ToBool, Defaults.TaskLogging));
    }
}
