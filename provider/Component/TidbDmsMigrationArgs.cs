using System.Collections.Immutable;

namespace TidbDms.Provider.Component;

/// <summary>
/// The component's inputs after reading, with every default applied (see <see cref="Defaults"/>).
/// Plain inputs are plain C# values: they decide which resources exist, so they are always known.
/// Other inputs are <see cref="Input{T}"/>: possibly unknown in a preview, possibly secret.
/// </summary>
internal sealed record TidbDmsMigrationArgs(
    Tier Tier,
    Connectivity Connectivity,
    EndpointType EndpointType,
    ClusterArgs Cluster,
    NetworkArgs Network,
    PrivateEndpointArgs? PrivateEndpoint,
    VpcPeeringArgs? VpcPeering,
    ReplicationArgs Replication,
    DmsIamRoles DmsIamRoles,
    TaskArgs? Task,
    Input<ImmutableSortedDictionary<string, string>>? Tags,
    NotificationsArgs? Notifications = null);

/// <summary><c>cluster.*</c>: how DMS connects to the TiDB cluster.</summary>
/// <param name="Username">Null only when the credentials come from Secrets Manager and no user name was given.</param>
/// <param name="Password">Null when the credentials come from Secrets Manager.</param>
/// <param name="SslMode">Defaulted per connectivity (<see cref="Defaults.SslModeFor"/>).</param>
/// <param name="CaCertificatePem">The given CA, or null: the planner then uses ISRG Root X1 for Starter/Essential.</param>
internal sealed record ClusterArgs(
    Input<string> Host,
    Input<int> Port,
    Input<string>? Username,
    Input<string>? Password,
    Input<string>? DatabaseName,
    Input<SslMode> SslMode,
    Input<string>? CaCertificatePem)
{
    /// <summary><c>cluster.endpointSettings</c>: null when not given.</summary>
    public EndpointSettingsArgs? EndpointSettings { get; init; }

    /// <summary>The Secrets Manager secret DMS reads the credentials from; exclusive with <see cref="Password"/>.</summary>
    public Input<string>? SecretsManagerSecretArn { get; init; }

    /// <summary>The customer-managed KMS key that encrypts the secret, if any.</summary>
    public Input<string>? SecretsManagerKmsKeyArn { get; init; }
}

/// <summary><c>network.*</c>.</summary>
/// <param name="AvailabilityZones">Pinned AZ names; empty means "the region's first <paramref name="AvailabilityZoneCount"/>".</param>
/// <param name="ExistingVpc">The user's VPC (<c>network.vpcId</c>), or null when the component builds one.</param>
internal sealed record NetworkArgs(
    Input<string> VpcCidr,
    int AvailabilityZoneCount,
    ImmutableArray<string> AvailabilityZones,
    PublicAccess PublicAccess,
    NatGatewayStrategy NatGateways,
    ExistingVpcArgs? ExistingVpc = null);

/// <summary><c>privateEndpoint.*</c> (PrivateEndpoint connectivity only).</summary>
internal sealed record PrivateEndpointArgs(Input<string> ServiceName, Input<bool> PrivateDnsEnabled);

/// <summary><c>vpcPeering.*</c> (VpcPeering connectivity only).</summary>
internal sealed record VpcPeeringArgs(Input<string> PeeringConnectionId, Input<string> TidbCidr);

/// <summary><c>replication.*</c>. Instance-only and Serverless-only settings are both present, with defaults.</summary>
/// <param name="AutoMinorVersionUpgrade">Defaulted by the reader (<see cref="Defaults.AutoMinorVersionUpgradeFor"/>); null only in args built without it.</param>
/// <param name="PreferredMaintenanceWindow">Null: AWS picks the window.</param>
internal sealed record ReplicationArgs(
    ReplicationMode Mode,
    Input<string> InstanceClass,
    Input<int> AllocatedStorage,
    Input<bool> MultiAz,
    Input<string>? EngineVersion,
    Input<string>? KmsKeyArn,
    Input<int> MinCapacityUnits,
    Input<int> MaxCapacityUnits,
    Input<bool>? AutoMinorVersionUpgrade = null,
    Input<string>? PreferredMaintenanceWindow = null,
    Input<bool>? ApplyImmediately = null);

/// <summary><c>task.*</c>: exactly one of <paramref name="Schemas"/> and <paramref name="TableMappings"/> is set.</summary>
internal sealed record TaskArgs(
    Input<string> OtherEndpointArn,
    Input<MigrationType> MigrationType,
    Input<ImmutableArray<string>>? Schemas,
    Input<string>? TableMappings,
    Input<bool> StartReplicationTask)
{
    /// <summary><c>task.settings</c> with its defaults (set by the reader for the endpoint type).</summary>
    public TaskSettingsArgs Settings { get; init; } = TaskSettingsArgs.DefaultsFor(EndpointType.Target);

    /// <summary><c>task.settingsJson</c>: deep-merged over the generated document; null when not given.</summary>
    public Input<string>? SettingsJson { get; init; }
}
