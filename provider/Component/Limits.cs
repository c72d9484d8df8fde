using System.Collections.Immutable;

namespace TidbDms.Provider.Component;

/// <summary>
/// The bounds the contract's rules enforce, in one place: the validator checks them, messages quote
/// them, and the planner relies on them (the subnet layout assumes at most
/// <see cref="MaxAvailabilityZones"/> zones and a VPC of at least <see cref="SmallestVpcPrefix"/>).
/// </summary>
internal static class Limits
{
    public const int MinPort = 1;
    public const int MaxPort = 65535;

    /// <summary>A DMS replication subnet group must span at least two zones.</summary>
    public const int MinAvailabilityZones = 2;

    /// <summary>The CIDR layout reserves this many zones' worth of subnet slots (one private and one public /28 each).</summary>
    public const int MaxAvailabilityZones = 8;

    /// <summary>Subnet slots the planner carves from the VPC: a private and a public one per zone.</summary>
    public const int SubnetSlots = 2 * MaxAvailabilityZones;

    /// <summary>AWS's smallest subnet: the slot size in the smallest VPC the layout allows.</summary>
    public const int SubnetPrefix = 28;

    /// <summary>AWS allows VPCs from /16 (largest) to /28; the layout needs <see cref="SmallestVpcPrefix"/> at most.</summary>
    public const int LargestVpcPrefix = 16;

    /// <summary>The smallest VPC that holds <see cref="SubnetSlots"/> /28 slots: 16 × 16 addresses = a /24.</summary>
    public const int SmallestVpcPrefix = 24;

    public const int MinAllocatedStorageGiB = 5;
    public const int MaxAllocatedStorageGiB = 6144;

    /// <summary>The DMS Serverless capacity units DMS accepts.</summary>
    public static readonly ImmutableArray<int> CapacityUnits = [1, 2, 4, 8, 16, 32, 64, 128, 192, 256, 384];

    /// <summary>AWS allows 50 tags per resource; the planner adds a Name tag, so users get one fewer.</summary>
    public const int MaxAwsTags = 50;

    public const int MaxUserTags = MaxAwsTags - 1;

    /// <summary>AWS reserves tag keys with this prefix (in any case).</summary>
    public const string ReservedTagPrefix = "aws:";

    /// <summary>
    /// The databases every TiDB cluster has. Migrating them would copy TiDB's own metadata, so
    /// generated selection rules never name them (compared case-insensitively).
    /// </summary>
    public static readonly ImmutableArray<string> TidbDefaultDatabases =
        ["INFORMATION_SCHEMA", "PERFORMANCE_SCHEMA", "METRICS_SCHEMA", "mysql", "sys", "test", "lightning_task_info"];

    /// <summary>cluster.endpointSettings.parallelLoadThreads: the contract's range.</summary>
    public const int MinParallelLoadThreads = 1;
    public const int MaxParallelLoadThreads = 32;

    /// <summary>cluster.endpointSettings.maxFileSizeKb: DMS's MaxFileSize range for MySQL targets (1 KB to 1 GB).</summary>
    public const int MinMaxFileSizeKb = 1;
    public const int MaxMaxFileSizeKb = 1048576;

    /// <summary>task.settings.fullLoadSubTasks: DMS's MaxFullLoadSubTasks range.</summary>
    public const int MinFullLoadSubTasks = 1;
    public const int MaxFullLoadSubTasks = 49;

    /// <summary>task.settings.lobMaxSizeKb: DMS's recommended maximum LobMaxSize (100 MB).</summary>
    public const int MinLobMaxSizeKb = 1;
    public const int MaxLobMaxSizeKb = 102400;
}
