using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Registration;

/// <summary>
/// Resolves the outside facts a plan needs with monitor invokes through the component's AWS
/// provider: zones, region, partition, account, and what the account holds under each fixed DMS
/// role name. All lookups run at once.
/// </summary>
internal sealed partial class PlanContextResolver
{
    public const string GetAvailabilityZones = "aws:index/getAvailabilityZones:getAvailabilityZones";
    public const string GetRegion = "aws:index/getRegion:getRegion";
    public const string GetPartition = "aws:index/getPartition:getPartition";
    public const string GetCallerIdentity = "aws:index/getCallerIdentity:getCallerIdentity";
    public const string GetRole = "aws:iam/getRole:getRole";

    public const string DmsVpcRole = "dms-vpc-role";
    public const string DmsCloudWatchLogsRole = "dms-cloudwatch-logs-role";
    public const string DmsServerlessRole = "AWSServiceRoleForDMSServerless";

    /// <summary>The tag the planner puts on the roles it creates, so a later run knows they are its own.</summary>
    public const string OwnerTagKey = "tidb-dms:owner";

    private readonly IResourceMonitor _monitor;
    private readonly TimeSpan _timeout;

    public PlanContextResolver(IResourceMonitor monitor, TimeSpan timeout)
    {
        _monitor = monitor;
        _timeout = timeout;
    }

    /// <summary>The owner tag's value for this component: <c>{project}/{stack}/{name}</c>.</summary>
    public static string OwnerTagValue(ComponentRequest request) => $"{request.Project}/{request.Stack}/{request.Name}";

    /// <summary>The fixed role names the chosen replication mode needs.</summary>
    public static ImmutableArray<string> RoleNames(ReplicationMode mode) =>
        mode == ReplicationMode.Serverless
            ? [DmsVpcRole, DmsCloudWatchLogsRole, DmsServerlessRole]
            : [DmsVpcRole, DmsCloudWatchLogsRole];

    public async Task<PlanContext> ResolveAsync(ComponentRequest request, TidbDmsMigrationArgs args, CancellationToken cancellationToken)
    {
        var zones = InvokeAsync(GetAvailabilityZones, Args(("state", PropertyValue.String("available"))), request, cancellationToken);
        var region = InvokeAsync(GetRegion, Args(), request, cancellationToken);
        var partition = InvokeAsync(GetPartition, Args(), request, cancellationToken);
        var identity = InvokeAsync(GetCallerIdentity, Args(), request, cancellationToken);
        var roles = RoleNames(args.Replication.Mode)
            .Select(async name => KeyValuePair.Create(name, await RoleStateAsync(name, request, cancellationToken).ConfigureAwait(false)))
            .ToArray();

        // Await everything before reading any result, so no lookup outlives a failure.
        await Task.WhenAll([zones, region, partition, identity, .. roles]).ConfigureAwait(false);

        var zoneNames = zones.Result.TryGetValue("names", out var names) && names.TryGetArray(out var items)
            ? items.Select(i => i.TryGetString(out var s) ? s : "").Where(s => s.Length > 0).ToImmutableArray()
            : [];
        if (zoneNames.IsEmpty)
        {
            throw new RegistrationException(
                RegistrationFailure.Environment,
                $"{GetAvailabilityZones} returned no available zones: the AWS provider's region has none the account can use.");
        }

        return new PlanContext(
            StringOutput(region.Result, GetRegion, "region", "name"),
            StringOutput(partition.Result, GetPartition, "partition"),
            zoneNames,
            StringOutput(identity.Result, GetCallerIdentity, "accountId"),
            request.Project,
            request.Stack,
            roles.Select(r => r.Result).ToImmutableSortedDictionary(StringComparer.Ordinal));
    }

    private async Task<DmsRoleState> RoleStateAsync(string roleName, ComponentRequest request, CancellationToken cancellationToken)
    {
        ImmutableSortedDictionary<string, PropertyValue> role;
        try
        {
            role = await InvokeAsync(GetRole, Args(("name", PropertyValue.String(roleName))), request, cancellationToken).ConfigureAwait(false);
        }
        catch (RegistrationException ex) when (ex.InnerException is MonitorCallException inner && NotFound().IsMatch(inner.Detail)
            || ex.InnerException is null && NotFound().IsMatch(ex.Message))
        {
            // getRole fails for a missing role, as the data source does: that is an answer, not an error.
            return DmsRoleState.Missing;
        }

        var owner = role.TryGetValue("tags", out var tags) && tags.TryGetObject(out var tagMap)
            && tagMap.TryGetValue(OwnerTagKey, out var tag) && tag.TryGetString(out var value)
            ? value
            : null;
        return string.Equals(owner, OwnerTagValue(request), StringComparison.Ordinal)
            ? DmsRoleState.OwnedByThisComponent
            : DmsRoleState.Exists;
    }

    private async Task<ImmutableSortedDictionary<string, PropertyValue>> InvokeAsync(
        string token,
        ImmutableSortedDictionary<string, PropertyValue> args,
        ComponentRequest request,
        CancellationToken cancellationToken)
    {
        var what = $"calling {token}";
        var result = await EngineCalls.CallAsync(
            ct => _monitor.InvokeAsync(token, args, request.Options.AwsProvider, Registrar.AwsPluginVersion, ct),
            _timeout,
            what,
            cancellationToken).ConfigureAwait(false);
        if (!result.Failures.IsEmpty)
        {
            var reasons = string.Join("; ", result.Failures.Select(f => f.Property.Length > 0 ? $"{f.Property}: {f.Reason}" : f.Reason));
            throw new RegistrationException(RegistrationFailure.Environment, $"{token} failed: {reasons}");
        }

        if (result.IsUnknown || result.Return.Values.Any(v => v.ContainsUnknowns))
        {
            throw new RegistrationException(
                RegistrationFailure.Environment,
                $"{token} has no known result yet: the AWS provider passed to the component is configured from values that are "
                + "unknown during this preview. Create that provider in an earlier update, or use the default AWS provider.");
        }

        return result.Return;
    }

    private static string StringOutput(ImmutableSortedDictionary<string, PropertyValue> result, string token, params string[] keys)
    {
        foreach (var key in keys)
        {
            if (result.TryGetValue(key, out var value) && value.TryGetString(out var s) && s.Length > 0)
            {
                return s;
            }
        }

        throw new RegistrationException(RegistrationFailure.Environment, $"{token} returned no '{keys[0]}'.");
    }

    private static ImmutableSortedDictionary<string, PropertyValue> Args(params (string Key, PropertyValue Value)[] entries) =>
        entries.ToImmutableSortedDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    /// <summary>How pulumi-aws (the Terraform data source) and IAM say a role does not exist.</summary>
    [GeneratedRegex(@"couldn't find resource|NoSuchEntity|cannot be found|not found", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotFound();
}
