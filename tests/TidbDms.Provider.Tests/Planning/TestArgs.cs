using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>
/// Valid args built directly (not through the reader), with the contract's defaults and the values
/// of <see cref="TestValues"/> that fit the tier and connectivity. Tests change one thing with <c>with</c>.
/// </summary>
internal static class TestArgs
{
    public static Input<T> Known<T>(T value) => Input<T>.Known(value);

    public static TidbDmsMigrationArgs Create(
        Tier tier = Tier.Starter,
        Connectivity connectivity = Connectivity.PublicEndpoint,
        EndpointType endpointType = EndpointType.Target,
        PublicAccess publicAccess = PublicAccess.NatGateway,
        NatGatewayStrategy natGateways = NatGatewayStrategy.Single,
        ReplicationMode mode = ReplicationMode.Instance,
        bool task = true,
        DmsIamRoles roles = DmsIamRoles.Existing,
        int zoneCount = 2)
    {
        var sslMode = Defaults.SslModeFor(connectivity);
        return new TidbDmsMigrationArgs(
            tier,
            connectivity,
            endpointType,
            new ClusterArgs(
                Known(HostFor(tier, connectivity)),
                Known(Defaults.ClusterPort),
                Known(tier == Tier.Dedicated ? TestValues.DedicatedUsername : TestValues.StarterUsername),
                Input<string>.Known(TestValues.Password, isSecret: true),
                null,
                Known(sslMode),
                tier == Tier.Dedicated && sslMode != SslMode.None ? Known(TestValues.CaPem) : null),
            new NetworkArgs(Known(Defaults.VpcCidr), zoneCount, [], publicAccess, natGateways),
            connectivity == Connectivity.PrivateEndpoint ? new PrivateEndpointArgs(Known(TestValues.ServiceName), Known(true)) : null,
            connectivity == Connectivity.VpcPeering ? new VpcPeeringArgs(Known(TestValues.PeeringConnectionId), Known(TestValues.TidbCidr)) : null,
            new ReplicationArgs(
                mode,
                Known(Defaults.InstanceClass),
                Known(Defaults.AllocatedStorageGiB),
                Known(Defaults.MultiAz),
                null,
                null,
                Known(Defaults.MinCapacityUnits),
                Known(Defaults.MaxCapacityUnits)),
            roles,
            task || mode == ReplicationMode.Serverless
                ? new TaskArgs(Known(TestValues.OtherEndpointArn), Known(MigrationType.FullLoad), Known<ImmutableArray<string>>(["shop"]), null, Known(false))
                {
                    Settings = TaskSettingsArgs.DefaultsFor(endpointType),
                }
                : null,
            Known(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, [KeyValuePair.Create("team", "data")])));
    }

    public static string HostFor(Tier tier, Connectivity connectivity) => (tier, connectivity) switch
    {
        (Tier.Dedicated, Connectivity.PublicEndpoint) => TestValues.DedicatedHost,
        (Tier.Dedicated, Connectivity.PrivateEndpoint) => TestValues.DedicatedPrivateLinkHost,
        (Tier.Dedicated, _) => TestValues.DedicatedPeeringHost,
        (_, Connectivity.PrivateEndpoint) => TestValues.StarterPrivateLinkHost,
        _ => TestValues.StarterHost,
    };

    public static TidbDmsMigrationArgs WithSslMode(this TidbDmsMigrationArgs args, Input<SslMode> sslMode, Input<string>? ca = null) =>
        args with { Cluster = args.Cluster with { SslMode = sslMode, CaCertificatePem = ca ?? args.Cluster.CaCertificatePem } };

    public static TidbDmsMigrationArgs WithTask(this TidbDmsMigrationArgs args, Func<TaskArgs, TaskArgs> change) =>
        args with { Task = change(args.Task!) };

    public static TidbDmsMigrationArgs WithNetwork(this TidbDmsMigrationArgs args, Func<NetworkArgs, NetworkArgs> change) =>
        args with { Network = change(args.Network) };

    public const string SecretArn = "arn:aws:secretsmanager:us-west-2:123456789012:secret:tidb/dms-AbCdEf";
    public const string SecretKmsKeyArn = "arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    /// <summary>The credentials from Secrets Manager instead of a password (the user name stays, for the prefix rule and preflight).</summary>
    public static TidbDmsMigrationArgs WithSecret(this TidbDmsMigrationArgs args, string? kmsKeyArn = null) =>
        args with
        {
            Cluster = args.Cluster with
            {
                Password = null,
                SecretsManagerSecretArn = Known(SecretArn),
                SecretsManagerKmsKeyArn = kmsKeyArn is null ? null : Known(kmsKeyArn),
            },
        };

    public static TidbDmsMigrationArgs WithTaskSettings(this TidbDmsMigrationArgs args, Func<TaskSettingsArgs, TaskSettingsArgs> change, string? settingsJson = null) =>
        args.WithTask(t => t with { Settings = change(t.Settings), SettingsJson = settingsJson is null ? t.SettingsJson : Known(settingsJson) });
}
