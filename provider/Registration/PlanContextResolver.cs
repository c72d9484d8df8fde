using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration.Construct;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Registration;

/// <summary>
/// Resolves the outside facts a plan needs with monitor invokes through the component's AWS
/// provider: zones, region, partition, account, and what the account holds under each fixed DMS
/// role name. All lookups run at once.
/// </summary>
internal sealed partial class PlanContextResolver
{
    private readonly IResourceMonitor _monitor;
    private readonly TimeSpan _timeout;

    public PlanContextResolver(IResourceMonitor monitor, TimeSpan timeout)
    {
        _monitor = monitor;
        _timeout = timeout;
    }

    public async Task<PlanContext> ResolveAsync(ComponentRequest request, TidbDmsMigrationArgs args, CancellationToken cancellationToken)
    {
        var zones = InvokeAsync(AwsFunctions.GetAvailabilityZones, Args(("state", PropertyValue.String("available"))), request, cancellationToken);
        var region = InvokeAsync(AwsFunctions.GetRegion, Args(), request, cancellationToken);
        var partition = InvokeAsync(AwsFunctions.GetPartition, Args(), request, cancellationToken);
        var identity = InvokeAsync(AwsFunctions.GetCallerIdentity, Args(), request, cancellationToken);
        var roles = DmsRoleNames.NeededFor(args)
            .Select(async name => KeyValuePair.Create(name, await RoleStateAsync(name, request, cancellationToken).ConfigureAwait(false)))
            .ToArray();

        var existingNetwork = ExistingNetworkAsync(request, args, cancellationToken);

        // Await everything before reading any result, so no lookup outlives a failure.
        await Task.WhenAll([zones, region, partition, identity, existingNetwork, .. roles]).ConfigureAwait(false);

        var zoneNames = zones.Result.TryGetValue("names", out var names) && names.TryGetArray(out var items)
            ? items.Select(i => i.TryGetString(out var s) ? s : "").Where(s => s.Length > 0).ToImmutableArray()
            : [];
        if (zoneNames.IsEmpty)
        {
            throw new EnvironmentException(
                $"{AwsFunctions.GetAvailabilityZones} returned no available zones: the AWS provider's region has none this account can use. Deploy to another region.");
        }

        return new PlanContext(
            StringOutput(region.Result, AwsFunctions.GetRegion, "region", "name"),
            StringOutput(partition.Result, AwsFunctions.GetPartition, "partition"),
            zoneNames,
            StringOutput(identity.Result, AwsFunctions.GetCallerIdentity, "accountId"),
            request.Project,
            request.Stack,
            roles.Select(r => r.Result).ToImmutableSortedDictionary(StringComparer.Ordinal),
            existingNetwork.Result);
    }

    private async Task<DmsRoleState> RoleStateAsync(string roleName, ComponentRequest request, CancellationToken cancellationToken)
    {
        ImmutableSortedDictionary<string, PropertyValue>? role;
        try
        {
            role = await InvokeIfKnownAsync(AwsFunctions.GetRole, Args(("name", PropertyValue.String(roleName))), request, cancellationToken)
                .ConfigureAwait(false);
        }
        catch (EnvironmentException ex) when (NotFound().IsMatch(ex.Message))
        {
            // getRole fails for a missing role, as the data source does: that is an answer, not an error.
            return DmsRoleState.Missing;
        }

        if (role is null)
        {
            // Not known in this preview: no rule about the role is checked, as when it is not looked up.
            return DmsRoleState.Unknown;
        }

        var owner = role.TryGetValue("tags", out var tags) && tags.TryGetObject(out var tagMap)
            && tagMap.TryGetValue(DmsRoleNames.OwnerTagKey, out var tag) && tag.TryGetString(out var value)
            ? value
            : null;
        return string.Equals(owner, DmsRoleNames.OwnerTagValue(request.Project, request.Stack, request.Name), StringComparison.Ordinal)
            ? DmsRoleState.OwnedByThisComponent
            : DmsRoleState.Exists;
    }

    /// <summary>A lookup the plan cannot do without: a result not known yet is an error the user must fix.</summary>
    private async Task<ImmutableSortedDictionary<string, PropertyValue>> InvokeAsync(
        string token,
        ImmutableSortedDictionary<string, PropertyValue> args,
        ComponentRequest request,
        CancellationToken cancellationToken) =>
        await InvokeIfKnownAsync(token, args, request, cancellationToken).ConfigureAwait(false)
        ?? throw new EnvironmentException(
            $"{token} has no known result yet: the AWS provider passed to the component is configured from values that are "
            + "unknown during this preview. Create that provider in an earlier update, or use the default AWS provider.");

    /// <returns>The result, or null when it is not known yet (a preview through a provider configured from unknowns).</returns>
    private async Task<ImmutableSortedDictionary<string, PropertyValue>?> InvokeIfKnownAsync(
        string token,
        ImmutableSortedDictionary<string, PropertyValue> args,
        ComponentRequest request,
        CancellationToken cancellationToken)
    {
        InvokeResult result;
        try
        {
            result = await EngineCalls.CallAsync(
                ct => _monitor.InvokeAsync(token, args, request.Options.AwsProvider, Registrar.AwsPluginVersion, ct),
                _timeout,
                $"calling {token}",
                cancellationToken).ConfigureAwait(false);
        }
        catch (RegistrationException ex) when (ex.Failure == RegistrationFailure.EngineError && ex.InnerException is MonitorCallException engine)
        {
            // The provider (AWS) refused: credentials, permissions, region. The user fixes that outside the program.
            throw new EnvironmentException(
                $"{token} failed through the AWS provider: {engine.Detail}. Check the AWS provider's credentials, permissions and region.",
                ex);
        }

        if (!result.Failures.IsEmpty)
        {
            var reasons = string.Join("; ", result.Failures.Select(f => f.Property.Length > 0 ? $"{f.Property}: {f.Reason}" : f.Reason));
            throw new EnvironmentException($"{token} failed: {reasons}");
        }

        return result.IsUnknown || result.Return.Values.Any(v => v.ContainsUnknowns) ? null : result.Return;
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

        throw new EnvironmentException($"{token} returned no '{keys[0]}'.");
    }

    private static ImmutableSortedDictionary<string, PropertyValue> Args(params (string Key, PropertyValue Value)[] entries) =>
        entries.ToImmutableSortedDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);

    /// <summary>How pulumi-aws (the Terraform data source) and IAM say a role does not exist.</summary>
    [GeneratedRegex(@"couldn't find resource|NoSuchEntity|cannot be found|not found", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex NotFound();
}
