using System.Collections.Immutable;

namespace TidbDms.Provider.Component;

/// <summary>
/// Every input of <c>TidbDmsMigration</c> (the public contract: the README's inputs table), parents before their children. The
/// schema is generated from this list, and the reader knows exactly these paths.
/// </summary>
internal static class ContractInputs
{
    public static readonly ImmutableArray<InputSpec> All =
    [
        new("tier", InputType.Enum, "The TiDB Cloud plan of the cluster.", Plain: true, Required: true, EnumName: "Tier"),
        new("connectivity", InputType.Enum, "How DMS reaches the cluster: public endpoint, AWS PrivateLink, or VPC peering (Dedicated only).", Plain: true, Required: true, EnumName: "Connectivity"),
        new("endpointType", InputType.Enum, "The cluster's role in DMS: `source` (data moves out of TiDB, full load only) or `target`.", Plain: true, Required: true, EnumName: "EndpointType"),

        new("cluster", InputType.Object, "How DMS connects to the TiDB cluster.", Required: true, ObjectName: "Cluster"),
        new("cluster.host", InputType.String, "The cluster's host name, from the TiDB Cloud console's Connect dialog (for example `gateway01.us-west-2.prod.aws.tidbcloud.com`).", Required: true),
        new("cluster.port", InputType.Integer, "The cluster's SQL port.", DefaultText: "4000", DefaultValue: Defaults.ClusterPort),
        new("cluster.username", InputType.String, "The SQL user DMS logs in as. Starter and Essential user names carry the cluster's prefix: `<prefix>.<name>`. Required unless `secretsManagerSecretArn` is given (the secret then holds the user name; give it anyway for the prefix rule and `preflight`)."),
        new("cluster.password", InputType.String, "The SQL user's password. Always secret. Exactly one of `password` and `secretsManagerSecretArn` is required.", Secret: true),
        new("cluster.databaseName", InputType.String, "The database the DMS endpoint names. Leave it unset for MySQL-compatible endpoints unless every table should land in one database: schemas come from the task's table mappings."),
        new("cluster.sslMode", InputType.Enum, "The DMS SSL mode. `require` is not supported by DMS for MySQL endpoints.", DefaultText: "`verify-full` with PublicEndpoint, else `none`", EnumName: "SslMode"),
        new("cluster.caCertificatePem", InputType.String, "The CA certificate (PEM) that verifies the server under `verify-ca`/`verify-full`. Required for Dedicated (download it from the Connect dialog).", DefaultText: "ISRG Root X1 for Starter and Essential"),
        new("cluster.secretsManagerSecretArn", InputType.String, "An AWS Secrets Manager secret holding the cluster's credentials in DMS's format (JSON with `username`, `password`, `host` and `port`). DMS reads it through an IAM role this component creates, allowed to read only this secret; the endpoint then carries no user name or password. Exclusive with `password`. With Serverless, the component also builds a Secrets Manager interface VPC endpoint."),
        new("cluster.secretsManagerKmsKeyArn", InputType.String, "The customer-managed KMS key that encrypts the secret, if any: the access role may decrypt with this key only. Only with `secretsManagerSecretArn`."),
        new("cluster.endpointSettings", InputType.Object, "MySQL endpoint settings of the TiDB endpoint (its `mysqlSettings`). Each belongs to one endpoint type; a setting for the other type is an error.", ObjectName: "EndpointSettings"),
        new("cluster.endpointSettings.parallelLoadThreads", InputType.Integer, "Target only: how many threads load data into TiDB, 1 to 32 (DMS's ParallelLoadThreads; one connection each).", DefaultText: "DMS's default (1)"),
        new("cluster.endpointSettings.maxFileSizeKb", InputType.Integer, "Target only: the largest CSV file DMS writes before loading it into TiDB, in KB, 1 to 1048576 (DMS's MaxFileSize).", DefaultText: "DMS's default (32768)"),
        new("cluster.endpointSettings.targetDbType", InputType.Enum, "Target only: `SpecificDatabase` puts every table into `cluster.databaseName` (which it then needs); `MultipleDatabases` keeps one database per source schema.", DefaultText: "DMS's default (`MultipleDatabases`)", EnumName: "TargetDbType"),
        new("cluster.endpointSettings.afterConnectScript", InputType.String, "SQL DMS runs right after it connects. On a target, `SET FOREIGN_KEY_CHECKS=0;` is appended, so the foreign-key checks stay off for the load whatever the script sets."),
        new("cluster.endpointSettings.executeTimeoutSeconds", InputType.Integer, "Source only: the client statement timeout in seconds (DMS's ExecuteTimeout).", DefaultText: "DMS's default (60)"),
        new("cluster.endpointSettings.serverTimezone", InputType.String, "Source only: the cluster's time zone, e.g. `UTC` or `US/Pacific` (DMS's ServerTimezone)."),

        new("network", InputType.Object, "The VPC the component builds for DMS.", Plain: true, ObjectName: "Network"),
        new("network.vpcCidr", InputType.String, "The VPC's IPv4 CIDR, from /16 to /24. Subnets are carved from it deterministically.", DefaultText: Defaults.VpcCidr, DefaultValue: Defaults.VpcCidr),
        new("network.availabilityZoneCount", InputType.Integer, "How many availability zones the subnets span (at least 2, for the DMS subnet group).", Plain: true, DefaultText: "2", DefaultValue: Defaults.AvailabilityZoneCount),
        new("network.availabilityZones", InputType.StringList, "Pins the availability zones by name; it then fixes the count. For PrivateEndpoint, use the zones the TiDB endpoint service offers.", Plain: true, DefaultText: "the region's first `availabilityZoneCount` available zones"),
        new("network.publicAccess", InputType.Enum, "How the replication instance reaches a public endpoint (PublicEndpoint only).", Plain: true, DefaultText: "`NatGateway`", DefaultValue: "NatGateway", EnumName: "PublicAccess"),
        new("network.natGateways", InputType.Enum, "How many NAT gateways to build (PublicEndpoint with NatGateway only).", Plain: true, DefaultText: "`Single`", DefaultValue: "Single", EnumName: "NatGatewayStrategy"),
        new("network.vpcId", InputType.String, "Use this existing VPC (`vpc-…`) instead of building one: the component then builds no VPC, subnets, internet gateway, NAT gateways, Elastic IPs or route tables, and `vpcCidr`, `availabilityZoneCount`, `availabilityZones` and `natGateways` (other than their defaults) are errors. Its value may be unknown in a preview; whether it is given decides the topology. `publicAccess` says what the given subnets are: `NatGateway`, private subnets that reach the internet through your NAT; `PublicSubnet`, subnets routed to an internet gateway. With PrivateEndpoint or VpcPeering the VPC needs DNS support and DNS host names."),
        new("network.subnetIds", InputType.StringList, "With `vpcId` (and required with it): the existing subnets of the DMS subnet group (and of the PrivateLink endpoint), at least 2, in at least 2 availability zones of that VPC."),
        new("network.routeTableIds", InputType.StringList, "With `vpcId` and VpcPeering (and required with them): the existing route tables that get a route to `vpcPeering.tidbCidr` through the peering connection, one route each. Its elements may be unknown in a preview, but not the list itself: its length decides how many routes are created."),

        new("privateEndpoint", InputType.Object, "The cluster's AWS PrivateLink endpoint service (PrivateEndpoint only).", ObjectName: "PrivateEndpoint"),
        new("privateEndpoint.serviceName", InputType.String, "The endpoint service name from the Connect dialog: `com.amazonaws.vpce.<region>.vpce-svc-…`.", Required: true),
        new("privateEndpoint.privateDnsEnabled", InputType.Boolean, "Whether the interface endpoint gets private DNS, so the cluster's host name resolves to it.", DefaultText: "true", DefaultValue: Defaults.PrivateDnsEnabled),

        new("vpcPeering", InputType.Object, "The VPC peering connection TiDB Cloud requested (VpcPeering only).", ObjectName: "VpcPeering"),
        new("vpcPeering.peeringConnectionId", InputType.String, "The peering connection to accept: `pcx-…`.", Required: true),
        new("vpcPeering.tidbCidr", InputType.String, "The TiDB Cloud project CIDR of the region; routed through the peering. Must not overlap `network.vpcCidr`.", Required: true),

        new("replication", InputType.Object, "The DMS compute that runs the migration.", Plain: true, ObjectName: "Replication"),
        new("replication.mode", InputType.Enum, "A provisioned replication instance, or DMS Serverless.", Plain: true, DefaultText: "`Instance`", DefaultValue: "Instance", EnumName: "ReplicationMode"),
        new("replication.instanceClass", InputType.String, "The replication instance class (Instance only). TiDB Cloud advises `dms.t3.large` or larger.", DefaultText: Defaults.InstanceClass, DefaultValue: Defaults.InstanceClass),
        new("replication.allocatedStorage", InputType.Integer, "The instance's storage in GiB, 5 to 6144 (Instance only).", DefaultText: "50", DefaultValue: Defaults.AllocatedStorageGiB),
        new("replication.multiAz", InputType.Boolean, "Whether the instance or the Serverless replication is Multi-AZ.", DefaultText: "false", DefaultValue: Defaults.MultiAz),
        new("replication.engineVersion", InputType.String, "Pins the DMS engine version (Instance only).", DefaultText: "DMS's default"),
        new("replication.kmsKeyArn", InputType.String, "The KMS key that encrypts the instance's storage or the Serverless replication."),
        new("replication.minCapacityUnits", InputType.Integer, "Serverless minimum DMS capacity units: 1, 2, 4, 8, 16, 32, 64, 128, 192, 256 or 384.", DefaultText: "1", DefaultValue: Defaults.MinCapacityUnits),
        new("replication.maxCapacityUnits", InputType.Integer, "Serverless maximum DMS capacity units, from the same list, at least the minimum.", DefaultText: "4", DefaultValue: Defaults.MaxCapacityUnits),
        new("replication.autoMinorVersionUpgrade", InputType.Boolean, "Whether AWS applies minor DMS engine upgrades to the instance in its maintenance window (Instance only). A pinned `engineVersion` would be upgraded past its pin, and the next update would then try to downgrade the instance, so `true` with a pinned version is a warning.", DefaultText: "`true`, but `false` when `engineVersion` is pinned"),
        new("replication.preferredMaintenanceWindow", InputType.String, "The instance's weekly maintenance window in UTC, `ddd:hh24:mi-ddd:hh24:mi` (e.g. `sun:23:00-mon:01:30`), at least 30 minutes; it may wrap from Sunday to Monday (Instance only).", DefaultText: "a window AWS picks"),
        new("replication.applyImmediately", InputType.Boolean, "Whether changes to the instance are applied at once rather than in its next maintenance window (Instance only).", DefaultText: "false", DefaultValue: Defaults.ApplyImmediately),

        new("dmsIamRoles", InputType.Enum, "Whether the account-wide DMS roles exist already or this component creates them.", Plain: true, DefaultText: "`Existing`", DefaultValue: "Existing", EnumName: "DmsIamRoles"),

        new("task", InputType.Object, "The DMS replication task (or Serverless replication) between the cluster and the other endpoint. Required with Serverless.", Plain: true, ObjectName: "Task"),
        new("task.otherEndpointArn", InputType.String, "The ARN of the DMS endpoint on the other side of the migration.", Required: true),
        new("task.migrationType", InputType.Enum, "What the task migrates. With the cluster as source, only `full-load`.", DefaultText: "`full-load`", DefaultValue: "full-load", EnumName: "MigrationType"),
        new("task.schemas", InputType.StringList, "Schemas to migrate; selection rules are generated. TiDB's default databases and `%` are refused. Exclusive with `tableMappings`."),
        new("task.tableMappings", InputType.String, "DMS table-mapping JSON, for full control. Exclusive with `schemas`."),
        new("task.startReplicationTask", InputType.Boolean, "Whether to start the task once created.", DefaultText: "false", DefaultValue: Defaults.StartReplicationTask),
        new("task.settings", InputType.Object, "TiDB-tuned task settings. With `settingsJson` they make one complete task-settings document (keys sorted, every key the component owns present), so two updates with the same inputs never differ in it.", Plain: true, ObjectName: "TaskSettings"),
        new("task.settings.targetTablePrepMode", InputType.Enum, "What the full load does to existing target tables (FullLoadSettings.TargetTablePrepMode). TiDB's guide: create the schema in TiDB first and leave it alone, since DMS creates tables without secondary indexes.", DefaultText: "`DoNothing` when TiDB is the target, else DMS's default (`DropAndCreate`)", EnumName: "TargetTablePrepMode"),
        new("task.settings.lobMode", InputType.Enum, "How large objects are migrated (TargetMetadata.SupportLobs, LimitedSizeLobMode, FullLobMode).", DefaultText: "`Limited`", DefaultValue: "Limited", EnumName: "LobMode"),
        new("task.settings.lobMaxSizeKb", InputType.Integer, "The largest LOB migrated in `Limited` mode, in KB, 1 to 102400 (TargetMetadata.LobMaxSize). Only with `lobMode: Limited`.", DefaultText: "32", DefaultValue: Defaults.TaskLobMaxSizeKb),
        new("task.settings.fullLoadSubTasks", InputType.Integer, "How many tables the full load loads in parallel, 1 to 49 (FullLoadSettings.MaxFullLoadSubTasks).", DefaultText: "8", DefaultValue: Defaults.TaskFullLoadSubTasks),
        new("task.settings.validation", InputType.Boolean, "Whether DMS validates the migrated data against the source (ValidationSettings.EnableValidation).", DefaultText: "false", DefaultValue: Defaults.TaskValidation),
        new("task.settings.batchApply", InputType.Boolean, "Whether changes are applied in batches (TargetMetadata.BatchApplyEnabled). Only with `migrationType` `cdc` or `full-load-and-cdc`, and not with `lobMode: Full`.", DefaultText: "false", DefaultValue: Defaults.TaskBatchApply),
        new("task.settings.logging", InputType.Boolean, "Whether the task logs to CloudWatch (Logging.EnableLogging). Needs the account's `dms-cloudwatch-logs-role`: looked up with `dmsIamRoles: Existing`, created with `Create`.", Plain: true, DefaultText: "true", DefaultValue: Defaults.TaskLogging),
        new("task.settingsJson", InputType.String, "DMS task-settings JSON deep-merged over the generated document (objects merge key by key, anything else replaces), for settings without an input. Do not set `Logging.CloudWatchLogGroup` or `Logging.CloudWatchLogStream`: DMS sets them."),

        new("tags", InputType.StringMap, "Tags applied to every child resource that takes tags."),

        new("notifications", InputType.Object, "Where DMS sends the events worth hearing about (Instance mode): DMS event subscriptions for the replication instance's failure, failover and low-storage events and, with `task`, the task's failure and state-change events. DMS event subscriptions do not cover Serverless replications.", Plain: true, ObjectName: "Notifications"),
        new("notifications.snsTopicArn", InputType.String, "The Amazon SNS topic the events go to: `arn:<partition>:sns:<region>:<account>:<topic>`, in the stack's region. Its access policy must let `dms.amazonaws.com` publish.", Required: true),
    ];

    private static readonly ImmutableDictionary<string, InputSpec> ByPath =
        All.ToImmutableDictionary(s => s.Path, StringComparer.Ordinal);

    public static InputSpec Get(string path) => ByPath[path];

    public static bool TryGet(string path, out InputSpec spec) => ByPath.TryGetValue(path, out spec!);

    /// <summary>The direct children of an object input (or the top-level inputs for null).</summary>
    public static IEnumerable<InputSpec> ChildrenOf(string? parentPath) =>
        All.Where(s => string.Equals(s.ParentPath, parentPath, StringComparison.Ordinal));
}
