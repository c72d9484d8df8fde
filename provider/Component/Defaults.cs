namespace TidbDms.Provider.Component;

/// <summary>
/// Every default of the contract, in one place. The reader applies them, the schema documents
/// them, and nothing else may restate them.
/// </summary>
internal static class Defaults
{
    public const int ClusterPort = 4000;
    public const string VpcCidr = "10.0.0.0/16";
    public const int AvailabilityZoneCount = 2;
    public const PublicAccess NetworkPublicAccess = PublicAccess.NatGateway;
    public const NatGatewayStrategy NatGateways = NatGatewayStrategy.Single;
    public const bool PrivateDnsEnabled = true;
    public const ReplicationMode Mode = ReplicationMode.Instance;
    public const string InstanceClass = "dms.t3.large";
    public const int AllocatedStorageGiB = 50;
    public const bool MultiAz = false;
    public const int MinCapacityUnits = 1;
    public const int MaxCapacityUnits = 4;
    public const bool ApplyImmediately = false;
    public const DmsIamRoles IamRoles = DmsIamRoles.Existing;
    public const MigrationType TaskMigrationType = MigrationType.FullLoad;

    /// <summary>
    /// false: with true, a full load that finishes before the provider sees "running" fails the
    /// update (hashicorp/terraform-provider-aws#43466).
    /// </summary>
    public const bool StartReplicationTask = false;

    /// <summary>
    /// On, unless the engine version is pinned: AWS would upgrade a pinned instance past its pin in
    /// the maintenance window, and the next update would then try to downgrade it.
    /// </summary>
    public static bool AutoMinorVersionUpgradeFor(bool engineVersionPinned) => !engineVersionPinned;

    public const LobMode TaskLobMode = LobMode.Limited;
    public const int TaskLobMaxSizeKb = 32;
    public const int TaskFullLoadSubTasks = 8;
    public const bool TaskValidation = false;
    public const bool TaskBatchApply = false;
    public const bool TaskLogging = true;

    /// <summary>
    /// DoNothing when TiDB is the target (TiDB's guide: create the schema in TiDB first, since DMS
    /// creates tables without secondary indexes); DMS's own default, DropAndCreate, otherwise.
    /// </summary>
    public static TargetTablePrepMode TargetTablePrepModeFor(EndpointType endpointType) =>
        endpointType == EndpointType.Target ? TargetTablePrepMode.DoNothing : TargetTablePrepMode.DropAndCreate;

    /// <summary>verify-full on public endpoints (the TiDB Cloud doc's advice), none over private paths.</summary>
    public static SslMode SslModeFor(Connectivity connectivity) =>
        connectivity == Connectivity.PublicEndpoint ? SslMode.VerifyFull : SslMode.None;
}
