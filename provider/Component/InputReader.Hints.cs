using System.Collections.Immutable;

namespace TidbDms.Provider.Component;

/// <summary>
/// What an error message offers beyond the problem: the fix for a missing or refused value, and the
/// closest known name for a misspelt one.
/// </summary>
internal sealed partial class InputReader
{
    /// <summary>What to give for a required string; enums and objects derive theirs from the contract.</summary>
    private static readonly ImmutableDictionary<string, string> RequiredHints = new Dictionary<string, string>
    {
        ["cluster.host"] = "the host name from the cluster's Connect dialog in the TiDB Cloud console",
        ["cluster.username"] = "the SQL user DMS logs in as (Starter and Essential: '<prefix>.<name>')",
        ["cluster.password"] = "the SQL user's password, from a secret config value",
        ["privateEndpoint.serviceName"] = "the endpoint service name from the cluster's Connect dialog ('com.amazonaws.vpce.<region>.vpce-svc-…')",
        ["vpcPeering.peeringConnectionId"] = "the ID of the peering connection TiDB Cloud requested ('pcx-…')",
        ["vpcPeering.tidbCidr"] = "the CIDR of the TiDB Cloud project in the region (Networking page of the TiDB Cloud console)",
        ["task.otherEndpointArn"] = "the ARN of the DMS endpoint on the other side of the migration",
        ["notifications.snsTopicArn"] = "the ARN of the SNS topic DMS sends the events to ('arn:aws:sns:<region>:<account>:<topic>')",

        // An object's required fields, where some are required only without others.
        ["cluster"] = "host, username and password (or secretsManagerSecretArn instead of username and password)",
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>Values that are not wire names, but common enough to deserve their own explanation.</summary>
    private static readonly ImmutableDictionary<(string Path, string Value), (string Problem, string Fix)> RefusedValues =
        new Dictionary<(string Path, string Value), (string Problem, string Fix)>
        {
            [("cluster.sslMode", "require")] = (
                "DMS does not support 'require' for MySQL endpoints",
                $"Set cluster.sslMode to '{ContractEnums.SslMode.ToWire(SslMode.VerifyFull)}', or '{ContractEnums.SslMode.ToWire(SslMode.VerifyCa)}'"),
        }.ToImmutableDictionary();

    private static readonly ImmutableDictionary<string, string> AllowedByEnumName = new Dictionary<string, string>
    {
        [ContractEnums.Tier.Name] = ContractEnums.Tier.AllowedList,
        [ContractEnums.Connectivity.Name] = ContractEnums.Connectivity.AllowedList,
        [ContractEnums.EndpointType.Name] = ContractEnums.EndpointType.AllowedList,
        [ContractEnums.SslMode.Name] = ContractEnums.SslMode.AllowedList,
        [ContractEnums.PublicAccess.Name] = ContractEnums.PublicAccess.AllowedList,
        [ContractEnums.NatGatewayStrategy.Name] = ContractEnums.NatGatewayStrategy.AllowedList,
        [ContractEnums.ReplicationMode.Name] = ContractEnums.ReplicationMode.AllowedList,
        [ContractEnums.DmsIamRoles.Name] = ContractEnums.DmsIamRoles.AllowedList,
        [ContractEnums.MigrationType.Name] = ContractEnums.MigrationType.AllowedList,
    }.ToImmutableDictionary(StringComparer.Ordinal);

    /// <summary>Reports every property that is not in the contract, with the closest known name when one is near.</summary>
    private void CheckNames(Scope scope)
    {
        var known = ContractInputs.ChildrenOf(scope.Path).Select(s => s.Name).ToArray();
        foreach (var (key, value) in scope.Properties)
        {
            if (value.IsNull || known.Contains(key, StringComparer.Ordinal))
            {
                continue;
            }

            var suggestion = Closest(key, known);
            var problem = scope.Path is null ? $"is not an input of {ComponentName}" : $"is not a property of {scope.Path}";
            var fix = suggestion is not null ? $"Did you mean '{suggestion}'?" : $"Remove it, or use one of: {string.Join(", ", known)}";

            // No value: a misspelt property may well be the password.
            Fail(InputPath.Key(scope.Path, key), null, problem, fix);
        }
    }

    private static string? Closest(string name, IEnumerable<string> candidates)
    {
        string? best = null;
        var bestDistance = 3;
        foreach (var candidate in candidates)
        {
            var distance = EditDistance(name.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best;
    }

    private static int EditDistance(string a, string b)
    {
        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j], current[j - 1]) + 1);
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }

    private static string RequiredFix(InputSpec spec) => spec.Type switch
    {
        InputType.Object => $"Add {spec.Path} with {(RequiredHints.TryGetValue(spec.Path, out var fields) ? fields : JoinAnd(ContractInputs.ChildrenOf(spec.Path).Where(s => s.Required).Select(s => s.Name)))}",
        InputType.Enum => $"Set {spec.Path} to {AllowedByEnumName[spec.EnumName!]}",
        _ => $"Set {spec.Path} to {RequiredHints[spec.Path]}",
    };

    private static string RemoveFix(InputSpec spec) => spec.DefaultText is null
        ? $"Remove {spec.Path}, or give it a value"
        : $"Remove {spec.Path} to get the default ({spec.DefaultText.Replace("`", "", StringComparison.Ordinal)})";

    private static string JoinAnd(IEnumerable<string> names)
    {
        var all = names.ToArray();
        return all.Length <= 1 ? string.Concat(all) : string.Join(", ", all[..^1]) + " and " + all[^1];
    }
}
