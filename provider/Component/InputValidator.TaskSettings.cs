namespace TidbDms.Provider.Component;

/// <summary>task.settings and task.settingsJson rules: combinations DMS refuses or ignores, ranges, and JSON that parses.</summary>
internal sealed partial class InputValidator
{
    private void TaskSettingsRules()
    {
        if (_args.Task is not { } task)
        {
            return;
        }

        var settings = task.Settings;
        BatchApplyNeedsChanges(task, settings);
        BatchApplyNeedsLimitedLobs(settings);
        LobMaxSizeNeedsLimitedMode(settings);
        InRange("task.settings.fullLoadSubTasks", settings.FullLoadSubTasks, Limits.MinFullLoadSubTasks, Limits.MaxFullLoadSubTasks);
        InRange("task.settings.lobMaxSizeKb", settings.LobMaxSizeKb, Limits.MinLobMaxSizeKb, Limits.MaxLobMaxSizeKb);
        SettingsJsonIsUsable(task);
    }

    private void BatchApplyNeedsChanges(TaskArgs task, TaskSettingsArgs settings)
    {
        if (settings.BatchApply.Is(b => b) && task.MigrationType.Is(t => t == MigrationType.FullLoad))
        {
            Error(
                "task.settings.batchApply",
                $"applies ongoing changes in batches, but task.migrationType is '{ContractEnums.MigrationType.ToWire(MigrationType.FullLoad)}', which migrates no changes",
                $"Set task.settings.batchApply to false (or remove it), or set task.migrationType to '{ContractEnums.MigrationType.ToWire(MigrationType.Cdc)}' or '{ContractEnums.MigrationType.ToWire(MigrationType.FullLoadAndCdc)}'");
        }
    }

    private void BatchApplyNeedsLimitedLobs(TaskSettingsArgs settings)
    {
        if (settings.BatchApply.Is(b => b) && settings.LobMode.Is(m => m == LobMode.Full))
        {
            Error(
                "task.settings.batchApply",
                $"cannot be combined with task.settings.lobMode '{ContractEnums.LobMode.ToWire(LobMode.Full)}': DMS applies changes to LOB columns in batches only in limited LOB mode",
                $"Set task.settings.lobMode to '{ContractEnums.LobMode.ToWire(LobMode.Limited)}', or task.settings.batchApply to false");
        }
    }

    private void LobMaxSizeNeedsLimitedMode(TaskSettingsArgs settings)
    {
        if (_read.IsGiven("task.settings.lobMaxSizeKb") && settings.LobMode.Is(m => m != LobMode.Limited))
        {
            Error(
                "task.settings.lobMaxSizeKb",
                $"applies only with task.settings.lobMode '{ContractEnums.LobMode.ToWire(LobMode.Limited)}', but lobMode is '{ContractEnums.LobMode.ToWire(settings.LobMode.Value)}'",
                $"Remove task.settings.lobMaxSizeKb, or set task.settings.lobMode to '{ContractEnums.LobMode.ToWire(LobMode.Limited)}'");
        }
    }

    /// <summary>
    /// The JSON must parse to an object and may not set what DMS sets itself. The text is never
    /// quoted back (it may hold secrets): errors give the position only. Keys the typed inputs own
    /// are allowed (the JSON wins) but warned about, since the input then says one thing and the task does another.
    /// </summary>
    private void SettingsJsonIsUsable(TaskArgs task)
    {
        const string Path = "task.settingsJson";
        if (task.SettingsJson is not { IsKnown: true } json)
        {
            return;
        }

        if (!TaskSettingsDocument.TryParse(json.Value!, out var document, out var problem))
        {
            Error(Path, null, problem!, "Fix the JSON at that position; it must be one JSON object such as {\"ChangeProcessingTuning\": {\"CommitTimeout\": 5}}");
            return;
        }

        if (document![TaskSettingsDocument.Logging] is System.Text.Json.Nodes.JsonObject logging)
        {
            foreach (var key in TaskSettingsDocument.ReadOnlyLoggingKeys.Where(logging.ContainsKey))
            {
                Error(
                    Path,
                    null,
                    $"sets Logging.{key}, which DMS sets itself (a task that gives it fails to create)",
                    $"Remove Logging.{key} from task.settingsJson");
            }
        }

        foreach (var key in TaskSettingsDocument.OwnedKeysSetBy(document))
        {
            _warnings.Add(new InputWarning(
                Path,
                $"sets {key}, which {TaskSettingsDocument.OwnedKeys[key]} decides; the JSON wins, so the task does not do what that input says: set the input instead"));
        }
    }
}
