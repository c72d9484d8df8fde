using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>
/// The TiDB endpoint's <c>mysqlSettings</c> from <c>cluster.endpointSettings</c>. On a target, the
/// foreign-key statement (<see cref="TidbEndpointBuilder.TargetExtraConnectionAttributes"/>) stays in
/// effect whatever the user's <c>afterConnectScript</c> does: the statement is appended to it, so it
/// runs last (the extra connection attribute sets it too, when DMS connects).
/// </summary>
internal static class MysqlSettings
{
    public const string ForeignKeyChecksOff = "SET FOREIGN_KEY_CHECKS=0;";

    /// <summary>null when no setting is given (the endpoint then has no <c>mysqlSettings</c>).</summary>
    public static PlanValue? For(PlanScope scope)
    {
        if (scope.Args.Cluster.EndpointSettings is not { } settings)
        {
            return null;
        }

        var map = new InputMap
        {
            { AwsInputs.EndpointMysqlSettings.ParallelLoadThreads, Optional(settings.ParallelLoadThreads) },
            { AwsInputs.EndpointMysqlSettings.MaxFileSize, Optional(settings.MaxFileSizeKb) },
            { AwsInputs.EndpointMysqlSettings.TargetDbType, settings.TargetDbType is { } type ? ArgValues.Of(type, AwsTargetDbType) : null },
            { AwsInputs.EndpointMysqlSettings.AfterConnectScript, AfterConnectScript(scope.Args.EndpointType, settings.AfterConnectScript) },
            { AwsInputs.EndpointMysqlSettings.ExecuteTimeout, Optional(settings.ExecuteTimeoutSeconds) },
            { AwsInputs.EndpointMysqlSettings.ServerTimezone, ArgValues.OfOptional(settings.ServerTimezone) },
        };
        return map.Any() ? PlanValue.MapOf(map) : null;
    }

    /// <summary>
    /// pulumi-aws's (and the DMS API's) spelling of a target database type. Not a contract enum: users
    /// write the contract's names (<c>SpecificDatabase</c>); this is only what the endpoint is given.
    /// </summary>
    public static string AwsTargetDbType(TargetDbType type) => type switch
    {
        TargetDbType.SpecificDatabase => "specific-database",
        TargetDbType.MultipleDatabases => "multiple-databases",
        _ => throw new ArgumentOutOfRangeException(nameof(type)),
    };

    /// <summary>The user's script with the foreign-key statement after it (target), or the script as given (source).</summary>
    public static PlanValue? AfterConnectScript(EndpointType endpointType, Input<string>? script)
    {
        if (script is null)
        {
            return null;
        }

        if (endpointType != EndpointType.Target)
        {
            return ArgValues.Of(script);
        }

        // A statement without its ';' would swallow the appended one.
        var separator = script.Is(s => s.TrimEnd().EndsWith(';')) ? " " : "; ";
        return script.IsKnown
            ? ArgValues.Of(Input<string>.Known(script.Value!.TrimEnd() + separator + ForeignKeyChecksOff, script.IsSecret, script.Dependencies))
            : ArgValues.Of(script);
    }

    private static PlanValue? Optional(Input<int>? input) => input is null ? null : ArgValues.Of(input);
}
