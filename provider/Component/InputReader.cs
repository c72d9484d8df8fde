using System.Collections.Immutable;
using System.Globalization;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Component;

/// <summary>
/// Reads the component's raw inputs into <see cref="TidbDmsMigrationArgs"/>: names, types, required
/// fields, plain-ness, secrets, dependencies and defaults, exactly as <see cref="ContractInputs"/>
/// lists them. Cross-field rules are <see cref="InputValidator"/>'s.
/// </summary>
/// <remarks>
/// It never stops at a failure: a failed plain field gets its default (or the enum's first member),
/// a failed non-plain field becomes unknown, and the path is remembered so that no rule reports a
/// consequence of it. That is how every error is reported at once without cascades.
/// </remarks>
internal sealed partial class InputReader
{
    private const string ComponentName = "TidbDmsMigration";

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

    private static readonly ImmutableSortedDictionary<string, PropertyValue> Empty =
        ImmutableSortedDictionary<string, PropertyValue>.Empty.WithComparers(StringComparer.Ordinal);

    private readonly List<InputError> _errors = [];
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, PropertyValue> _given = new(StringComparer.Ordinal);

    private InputReader()
    {
    }

    private enum ScopeState
    {
        Known,

        /// <summary>A non-plain object that is unknown as a whole: every field is unknown.</summary>
        Unknown,

        /// <summary>An object that failed (missing, wrong type, unknown though plain): fields get stand-ins silently.</summary>
        Failed,
    }

    private enum SlotState
    {
        Absent,
        Failed,
        Unknown,
        Present,
    }

    public static InputReaderResult Read(ImmutableSortedDictionary<string, PropertyValue> inputs)
    {
        var reader = new InputReader();
        var args = reader.ReadArgs(new Scope(null, ScopeState.Known, inputs, false, []));
        return new InputReaderResult(
            args,
            [.. reader._errors],
            reader._failed.ToImmutableHashSet(StringComparer.Ordinal),
            reader._given.ToImmutableDictionary(StringComparer.Ordinal));
    }

    private TidbDmsMigrationArgs ReadArgs(Scope top)
    {
        CheckNames(top);
        var tier = Plain(top, "tier", ToEnum(ContractEnums.Tier), ContractEnums.Tier.Members[0].Value);
        var connectivity = Plain(top, "connectivity", ToEnum(ContractEnums.Connectivity), ContractEnums.Connectivity.Members[0].Value);
        var endpointType = Plain(top, "endpointType", ToEnum(ContractEnums.EndpointType), ContractEnums.EndpointType.Members[0].Value);
        return new TidbDmsMigrationArgs(
            tier,
            connectivity,
            endpointType,
            ReadCluster(top, connectivity),
            ReadNetwork(top),
            ReadPrivateEndpoint(top),
            ReadVpcPeering(top),
            ReadReplication(top),
            Plain(top, "dmsIamRoles", ToEnum(ContractEnums.DmsIamRoles), Defaults.IamRoles),
            ReadTask(top, endpointType),
            Optional(top, "tags", ToStringMap),
            ReadNotifications(top));
    }

    private ClusterArgs ReadCluster(Scope top, Connectivity connectivity)
    {
        var cluster = ReadObject(top, "cluster") ?? EmptyObject(top, "cluster");
        return new ClusterArgs(
            Required(cluster, "host", ToText),
            WithDefault(cluster, "port", ToInt, Defaults.ClusterPort),
            Optional(cluster, "username", ToText),
            Optional(cluster, "password", ToText),
            Optional(cluster, "databaseName", ToText),
            WithDefault(cluster, "sslMode", ToEnum(ContractEnums.SslMode), Defaults.SslModeFor(connectivity)),
            Optional(cluster, "caCertificatePem", ToText))
        {
            // A cluster unknown as a whole (preview) is read as one with a password: what it holds
            // decides which children exist, so the presence of a secret must be given, not computed.
            SecretsManagerSecretArn = cluster.State == ScopeState.Unknown ? null : Optional(cluster, "secretsManagerSecretArn", ToText),
            SecretsManagerKmsKeyArn = cluster.State == ScopeState.Unknown ? null : Optional(cluster, "secretsManagerKmsKeyArn", ToText),
            EndpointSettings = cluster.State == ScopeState.Unknown ? null : ReadEndpointSettings(cluster),
        };
    }

    private NetworkArgs ReadNetwork(Scope top)
    {
        var network = ReadObject(top, "network") ?? EmptyObject(top, "network");
        var vpcCidr = WithDefault(network, "vpcCidr", ToText, Defaults.VpcCidr);
        var count = Plain(network, "availabilityZoneCount", ToInt, Defaults.AvailabilityZoneCount);
        var zones = Plain(network, "availabilityZones", ToStringList, []);

        // Pinned zones fix the count; when both are given and disagree, the validator says so.
        if (!zones.IsEmpty && !_given.ContainsKey("network.availabilityZoneCount"))
        {
            count = zones.Length;
        }

        return new NetworkArgs(
            vpcCidr,
            count,
            zones,
            Plain(network, "publicAccess", ToEnum(ContractEnums.PublicAccess), Defaults.NetworkPublicAccess),
            Plain(network, "natGateways", ToEnum(ContractEnums.NatGatewayStrategy), Defaults.NatGateways),
            ReadExistingVpc(network));
    }

    private PrivateEndpointArgs? ReadPrivateEndpoint(Scope top) =>
        ReadObject(top, "privateEndpoint") is { } scope
            ? new PrivateEndpointArgs(
                Required(scope, "serviceName", ToText),
                WithDefault(scope, "privateDnsEnabled", ToBool, Defaults.PrivateDnsEnabled))
            : null;

    private VpcPeeringArgs? ReadVpcPeering(Scope top) =>
        ReadObject(top, "vpcPeering") is { } scope
            ? new VpcPeeringArgs(Required(scope, "peeringConnectionId", ToText), Required(scope, "tidbCidr", ToText))
            : null;

    private ReplicationArgs ReadReplication(Scope top)
    {
        var replication = ReadObject(top, "replication") ?? EmptyObject(top, "replication");
        var mode = Plain(replication, "mode", ToEnum(ContractEnums.ReplicationMode), Defaults.Mode);
        var instanceClass = WithDefault(replication, "instanceClass", ToText, Defaults.InstanceClass);
        var allocatedStorage = WithDefault(replication, "allocatedStorage", ToInt, Defaults.AllocatedStorageGiB);
        var multiAz = WithDefault(replication, "multiAz", ToBool, Defaults.MultiAz);
        var engineVersion = Optional(replication, "engineVersion", ToText);
        return new ReplicationArgs(
            mode,
            instanceClass,
            allocatedStorage,
            multiAz,
            engineVersion,
            Optional(replication, "kmsKeyArn", ToText),
            WithDefault(replication, "minCapacityUnits", ToInt, Defaults.MinCapacityUnits),
            WithDefault(replication, "maxCapacityUnits", ToInt, Defaults.MaxCapacityUnits),
            WithDefault(replication, "autoMinorVersionUpgrade", ToBool, Defaults.AutoMinorVersionUpgradeFor(engineVersion is not null)),
            Optional(replication, "preferredMaintenanceWindow", ToText),
            WithDefault(replication, "applyImmediately", ToBool, Defaults.ApplyImmediately));
    }

    private TaskArgs? ReadTask(Scope top, EndpointType endpointType) =>
        ReadObject(top, "task") is { } task
            ? new TaskArgs(
                Required(task, "otherEndpointArn", ToText),
                WithDefault(task, "migrationType", ToEnum(ContractEnums.MigrationType), Defaults.TaskMigrationType),
                Optional(task, "schemas", ToStringList),
                Optional(task, "tableMappings", ToText),
                WithDefault(task, "startReplicationTask", ToBool, Defaults.StartReplicationTask))
            {
                Settings = ReadTaskSettings(task, endpointType),
                SettingsJson = Optional(task, "settingsJson", ToText),
            }
            : null;

    /// <summary>An object input: null when absent and optional, else the scope its fields are read from.</summary>
    private Scope? ReadObject(Scope parent, string name)
    {
        var slot = Take(parent, name);
        switch (slot.State)
        {
            case SlotState.Absent:
                return null;
            case SlotState.Failed:
                return new Scope(slot.Path, ScopeState.Failed, Empty, slot.IsSecret, slot.Dependencies);
            case SlotState.Unknown:
                return new Scope(slot.Path, ScopeState.Unknown, Empty, slot.IsSecret, slot.Dependencies);
        }

        if (!slot.Value.TryGetObject(out var properties))
        {
            TypeError<Scope>(slot, $"an object with {JoinAnd(ContractInputs.ChildrenOf(slot.Path).Select(s => s.Name))}");
            return new Scope(slot.Path, ScopeState.Failed, Empty, slot.IsSecret, slot.Dependencies);
        }

        // An object's own secret flag and dependencies cover its fields; its fields' own do not cover their siblings.
        var scope = new Scope(slot.Path, ScopeState.Known, properties, slot.Value.IsSecret, parent.Dependencies.Union(slot.Value.Dependencies));
        CheckNames(scope);
        return scope;
    }

    /// <summary>An optional object that was not given: its fields take their defaults.</summary>
    private static Scope EmptyObject(Scope parent, string name) =>
        new(InputPath.Child(parent.Path, name), ScopeState.Known, Empty, parent.IsSecret, parent.Dependencies);

    private Input<T>? Optional<T>(Scope scope, string name, Func<Slot, Converted<T>> convert)
    {
        var slot = Take(scope, name);
        if (slot.State == SlotState.Absent)
        {
            return null;
        }

        if (slot.State == SlotState.Present)
        {
            var converted = convert(slot);
            if (converted.IsOk)
            {
                return Input<T>.Known(converted.Value!, slot.IsSecret, slot.Dependencies);
            }

            if (!converted.IsUnknown)
            {
                _failed.Add(slot.Path);
            }
        }

        // Unknown in a preview, or a stand-in for a value that failed: no rule looks at an unknown.
        return Input<T>.Unknown(slot.IsSecret, slot.Dependencies);
    }

    private Input<T> WithDefault<T>(Scope scope, string name, Func<Slot, Converted<T>> convert, T defaultValue) =>
        Optional(scope, name, convert) ?? Input<T>.Known(defaultValue);

    private Input<T> Required<T>(Scope scope, string name, Func<Slot, Converted<T>> convert) =>
        Optional(scope, name, convert) ?? Input<T>.Unknown(scope.IsSecret, scope.Dependencies);

    /// <summary>A plain input: always a known value, the fallback when absent or failed.</summary>
    private T Plain<T>(Scope scope, string name, Func<Slot, Converted<T>> convert, T fallback)
    {
        var slot = Take(scope, name);
        if (slot.State != SlotState.Present)
        {
            return fallback;
        }

        var converted = convert(slot);
        if (converted.IsOk)
        {
            return converted.Value!;
        }

        _failed.Add(slot.Path);
        return fallback;
    }

    /// <summary>Looks a field up: required and plain checks, secret marking, dependencies, and the record of what was given.</summary>
    private Slot Take(Scope scope, string name)
    {
        var path = InputPath.Child(scope.Path, name);
        var spec = ContractInputs.Get(path);
        var secret = scope.IsSecret || spec.Secret;
        switch (scope.State)
        {
            case ScopeState.Failed:
                return new Slot(path, spec, SlotState.Failed, PropertyValue.Null, secret, scope.Dependencies);
            case ScopeState.Unknown when spec.Plain:
                PlainUnknown(path, PropertyValue.Computed);
                return new Slot(path, spec, SlotState.Failed, PropertyValue.Null, secret, scope.Dependencies);
            case ScopeState.Unknown:
                return new Slot(path, spec, SlotState.Unknown, PropertyValue.Computed, secret, scope.Dependencies);
        }

        if (!scope.Properties.TryGetValue(name, out var value) || value.IsNull)
        {
            if (spec.Required)
            {
                Fail(path, null, "is required", RequiredFix(spec));
                return new Slot(path, spec, SlotState.Failed, PropertyValue.Null, secret, scope.Dependencies);
            }

            return new Slot(path, spec, SlotState.Absent, PropertyValue.Null, secret, scope.Dependencies);
        }

        // Marked before anything renders it: a password that arrived plain must never be shown.
        value = MarkSecretFields(path, secret && !value.IsSecret ? value.WithSecret() : value);
        _given[path] = value;
        var dependencies = scope.Dependencies.Union(value.AllDependencies);
        if (value.IsComputed)
        {
            if (spec.Plain)
            {
                PlainUnknown(path, value);
                return new Slot(path, spec, SlotState.Failed, value, secret || value.IsSecret, dependencies);
            }

            return new Slot(path, spec, SlotState.Unknown, value, secret || value.IsSecret, dependencies);
        }

        return new Slot(path, spec, SlotState.Present, value, secret || value.ContainsSecrets, dependencies);
    }

    /// <summary>Marks the secret fields of an object input (the password) secret, even if they arrived plain.</summary>
    private static PropertyValue MarkSecretFields(string path, PropertyValue value)
    {
        if (!value.TryGetObject(out var properties))
        {
            return value;
        }

        var marked = properties;
        foreach (var spec in ContractInputs.ChildrenOf(path).Where(s => s.Secret))
        {
            if (marked.TryGetValue(spec.Name, out var field) && !field.IsSecret)
            {
                marked = marked.SetItem(spec.Name, field.WithSecret());
            }
        }

        return ReferenceEquals(marked, properties)
            ? value
            : PropertyValue.Object(marked).WithSecret(value.IsSecret).WithDependencies(value.Dependencies);
    }

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

    private Converted<string> ToText(Slot slot)
    {
        if (!slot.Value.TryGetString(out var text))
        {
            return TypeError<string>(slot, "a string");
        }

        if (string.IsNullOrWhiteSpace(text))
        {
            Fail(slot.Path, slot.Value, "must not be empty", slot.Spec.Required || RequiredHints.ContainsKey(slot.Path) ? RequiredFix(slot.Spec) : RemoveFix(slot.Spec));
            return Converted<string>.Failed;
        }

        return Converted<string>.Of(text);
    }

    private Converted<int> ToInt(Slot slot)
    {
        var example = slot.Spec.DefaultValue is { } d ? $", e.g. {Convert.ToString(d, CultureInfo.InvariantCulture)}" : "";
        if (!slot.Value.TryGetNumber(out var number))
        {
            return TypeError<int>(slot, $"a whole number{example}");
        }

        var fix = $"Set {slot.Path} to a whole number{example}";
        if (!double.IsFinite(number) || Math.Floor(number) != number)
        {
            Fail(slot.Path, slot.Value, "must be a whole number", fix);
            return Converted<int>.Failed;
        }

        if (number is < int.MinValue or > int.MaxValue)
        {
            Fail(slot.Path, slot.Value, "is out of range", fix);
            return Converted<int>.Failed;
        }

        return Converted<int>.Of((int)number);
    }

    private Converted<bool> ToBool(Slot slot) =>
        slot.Value.TryGetBool(out var flag) ? Converted<bool>.Of(flag) : TypeError<bool>(slot, "true or false");

    private Func<Slot, Converted<TEnum>> ToEnum<TEnum>(ContractEnum<TEnum> contractEnum)
        where TEnum : struct, Enum => slot =>
    {
        if (!slot.Value.TryGetString(out var wire))
        {
            return TypeError<TEnum>(slot, $"one of {contractEnum.AllowedList}");
        }

        if (contractEnum.TryParse(wire, out var value))
        {
            return Converted<TEnum>.Of(value);
        }

        if (RefusedValues.TryGetValue((slot.Path, wire.ToLowerInvariant()), out var refusal))
        {
            Fail(slot.Path, slot.Value, refusal.Problem, refusal.Fix);
            return Converted<TEnum>.Failed;
        }

        // A secret's spelling is not echoed back, even corrected.
        var suggestion = slot.IsSecret ? null : contractEnum.SuggestFor(wire);
        Fail(
            slot.Path,
            slot.Value,
            $"must be {contractEnum.AllowedList}",
            suggestion is not null ? $"Write '{suggestion}' (values are case-sensitive)" : $"Set {slot.Path} to one of those values");
        return Converted<TEnum>.Failed;
    };

    private Converted<ImmutableArray<string>> ToStringList(Slot slot)
    {
        if (!slot.Value.TryGetArray(out var items))
        {
            return TypeError<ImmutableArray<string>>(slot, "a list of strings");
        }

        var strings = ImmutableArray.CreateBuilder<string>(items.Length);
        var ok = true;
        var unknown = false;
        for (var i = 0; i < items.Length; i++)
        {
            var path = InputPath.Element(slot.Path, i);
            var item = slot.IsSecret ? items[i].WithSecret() : items[i];
            if (item.IsComputed && slot.Spec.Plain)
            {
                PlainUnknown(path, item);
                ok = false;
            }
            else if (item.IsComputed)
            {
                unknown = true;
            }
            else if (item.TryGetString(out var text))
            {
                strings.Add(text);
            }
            else
            {
                Fail(path, item, $"must be a string, got {item.Describe()}", $"Write {path} as a string");
                ok = false;
            }
        }

        return !ok ? Converted<ImmutableArray<string>>.Failed
            : unknown ? Converted<ImmutableArray<string>>.Unknown
            : Converted<ImmutableArray<string>>.Of(strings.DrainToImmutable());
    }

    private Converted<ImmutableSortedDictionary<string, string>> ToStringMap(Slot slot)
    {
        if (!slot.Value.TryGetObject(out var entries))
        {
            return TypeError<ImmutableSortedDictionary<string, string>>(slot, "a map of string values");
        }

        var map = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var ok = true;
        var unknown = false;
        foreach (var (key, raw) in entries)
        {
            var path = InputPath.Key(slot.Path, key);
            var entry = slot.IsSecret ? raw.WithSecret() : raw;
            if (entry.IsNull)
            {
                continue;
            }

            if (entry.IsComputed)
            {
                unknown = true;
            }
            else if (entry.TryGetString(out var text))
            {
                map[key] = text;
            }
            else
            {
                Fail(path, entry, $"must be a string, got {entry.Describe()}", $"Write {path} as a string");
                ok = false;
            }
        }

        return !ok ? Converted<ImmutableSortedDictionary<string, string>>.Failed
            : unknown ? Converted<ImmutableSortedDictionary<string, string>>.Unknown
            : Converted<ImmutableSortedDictionary<string, string>>.Of(map.ToImmutable());
    }

    private Converted<T> TypeError<T>(Slot slot, string expected)
    {
        var fix = $"Set {slot.Path} to {expected}";

        // "4000" or "true" from a config value: the value is right, only its quotes are not.
        if (!slot.IsSecret && slot.Value.TryGetString(out var text)
            && ((slot.Spec.Type == InputType.Integer && int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out _))
                || (slot.Spec.Type == InputType.Boolean && text is "true" or "false")))
        {
            fix = $"Write {text} without quotes";
        }

        Fail(slot.Path, slot.Value, $"must be {TypeName(slot.Spec.Type)}, got {slot.Value.Describe()}", fix);
        return Converted<T>.Failed;
    }

    private static string TypeName(InputType type) => type switch
    {
        InputType.String or InputType.Enum => "a string",
        InputType.Integer => "a whole number",
        InputType.Boolean => "a boolean",
        InputType.StringList => "a list of strings",
        InputType.StringMap => "a map of strings",
        InputType.Object => "an object",
        _ => type.ToString(),
    };

    private void PlainUnknown(string path, PropertyValue value) => Fail(
        path,
        value,
        "is unknown during the preview, but it decides which resources the component creates",
        $"Set {path} from a literal or a config value, not from another resource's output");

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

    private void Fail(string path, PropertyValue? value, string problem, string fix)
    {
        // However the value came (a misspelt secret, a map holding one), a message shows only what ShownValue allows.
        _errors.Add(new InputError(path, ShownValue.Of(path, value)?.ToString(), problem, fix));
        _failed.Add(path);
    }

    /// <summary>An object being read: its path, state, properties, and the secret flag and dependencies it passes to its fields.</summary>
    private sealed record Scope(
        string? Path,
        ScopeState State,
        ImmutableSortedDictionary<string, PropertyValue> Properties,
        bool IsSecret,
        ImmutableSortedSet<string> Dependencies);

    /// <summary>One field as found: its value (secret-marked), and the secret flag and dependencies its Input gets.</summary>
    private readonly record struct Slot(
        string Path,
        InputSpec Spec,
        SlotState State,
        PropertyValue Value,
        bool IsSecret,
        ImmutableSortedSet<string> Dependencies);

    /// <summary>A conversion's outcome: a value, unknown (a list with an unknown element), or failed (error already reported).</summary>
    private readonly record struct Converted<T>(T? Value, bool IsOk, bool IsUnknown)
    {
        public static Converted<T> Failed => new(default, false, false);

        public static Converted<T> Unknown => new(default, false, true);

        public static Converted<T> Of(T value) => new(value, true, false);
    }
}
