namespace TidbDms.Provider.Component;

/// <summary>cluster.endpointSettings rules: each setting belongs to one endpoint type, and stays in DMS's range.</summary>
internal sealed partial class InputValidator
{
    private void EndpointSettingsRules()
    {
        if (_args.Cluster.EndpointSettings is not { } settings)
        {
            return;
        }

        if (Usable("endpointType"))
        {
            SettingBelongsTo("parallelLoadThreads", settings.ParallelLoadThreads is { IsKnown: true }, EndpointType.Target);
            SettingBelongsTo("maxFileSizeKb", settings.MaxFileSizeKb is { IsKnown: true }, EndpointType.Target);
            SettingBelongsTo("targetDbType", settings.TargetDbType is { IsKnown: true }, EndpointType.Target);
            SettingBelongsTo("executeTimeoutSeconds", settings.ExecuteTimeoutSeconds is { IsKnown: true }, EndpointType.Source);
            SettingBelongsTo("serverTimezone", settings.ServerTimezone is { IsKnown: true }, EndpointType.Source);
        }

        InRange("cluster.endpointSettings.parallelLoadThreads", settings.ParallelLoadThreads, Limits.MinParallelLoadThreads, Limits.MaxParallelLoadThreads);
        InRange("cluster.endpointSettings.maxFileSizeKb", settings.MaxFileSizeKb, Limits.MinMaxFileSizeKb, Limits.MaxMaxFileSizeKb);
        InRange("cluster.endpointSettings.executeTimeoutSeconds", settings.ExecuteTimeoutSeconds, 1, int.MaxValue);

        if (settings.TargetDbType is { } type && type.Is(t => t == TargetDbType.SpecificDatabase) && _args.Cluster.DatabaseName is null)
        {
            Error(
                "cluster.endpointSettings.targetDbType",
                "'SpecificDatabase' puts every table into cluster.databaseName, which is not given",
                "Set cluster.databaseName to the database every table goes into, or set targetDbType to 'MultipleDatabases' (or remove it)");
        }
    }

    /// <summary>A setting DMS reads only on one endpoint type: given on the other, it would silently do nothing. An unknown may still be null.</summary>
    private void SettingBelongsTo(string name, bool given, EndpointType owner)
    {
        if (!given || _args.EndpointType == owner)
        {
            return;
        }

        var path = $"cluster.endpointSettings.{name}";
        var ownerName = ContractEnums.EndpointType.ToWire(owner);
        Error(
            path,
            $"is a setting of a {ownerName} endpoint, but endpointType is '{ContractEnums.EndpointType.ToWire(_args.EndpointType)}'",
            $"Remove {path}: DMS ignores it on a {ContractEnums.EndpointType.ToWire(_args.EndpointType)} endpoint");
    }

    private void InRange(string path, Input<int>? input, int min, int max)
    {
        if (input is not null && input.Is(v => v < min || v > max))
        {
            Error(
                path,
                max == int.MaxValue ? $"must be at least {min}" : $"must be between {min} and {max}",
                $"Set {path} to a whole number {(max == int.MaxValue ? $"of at least {min}" : $"from {min} to {max}")}, or remove it");
        }
    }
}
