namespace TidbDms.Provider.Component;

/// <summary>Every enum of the public contract (the README's inputs table), with the wire names users write.</summary>
internal static class ContractEnums
{
    public static readonly ContractEnum<Tier> Tier = new(
        "Tier",
        "The TiDB Cloud plan of the cluster.",
        new(Component.Tier.Starter, "Starter", "TiDB Cloud Starter (formerly Serverless): TLS-only public endpoint, user names carry the cluster prefix."),
        new(Component.Tier.Essential, "Essential", "TiDB Cloud Essential: like Starter, with provisioned capacity."),
        new(Component.Tier.Dedicated, "Dedicated", "TiDB Cloud Dedicated: IP access list on the public endpoint, VPC peering available, cluster-specific CA."));

    public static readonly ContractEnum<Connectivity> Connectivity = new(
        "Connectivity",
        "How DMS reaches the cluster.",
        new(Component.Connectivity.PublicEndpoint, "PublicEndpoint", "Over the cluster's public endpoint, through a NAT gateway or from public subnets."),
        new(Component.Connectivity.PrivateEndpoint, "PrivateEndpoint", "Over AWS PrivateLink: an interface VPC endpoint to the cluster's endpoint service."),
        new(Component.Connectivity.VpcPeering, "VpcPeering", "Over a VPC peering connection that TiDB Cloud requested (Dedicated only)."));

    public static readonly ContractEnum<EndpointType> EndpointType = new(
        "EndpointType",
        "The cluster's role in the DMS migration.",
        new(Component.EndpointType.Source, "source", "Data moves out of TiDB (full load only: TiDB has no MySQL binlog)."),
        new(Component.EndpointType.Target, "target", "Data moves into TiDB."));

    public static readonly ContractEnum<SslMode> SslMode = new(
        "SslMode",
        "The DMS SSL mode of the TiDB endpoint (DMS does not support 'require' for MySQL endpoints).",
        new(Component.SslMode.None, "none", "No TLS. Refused on Starter/Essential public endpoints, warned on Dedicated ones."),
        new(Component.SslMode.VerifyCa, "verify-ca", "TLS, and the server certificate must chain to the CA."),
        new(Component.SslMode.VerifyFull, "verify-full", "TLS, chain to the CA and the host name must match (the safe default on public endpoints)."));

    public static readonly ContractEnum<PublicAccess> PublicAccess = new(
        "PublicAccess",
        "How the replication instance reaches a public endpoint (PublicEndpoint only).",
        new(Component.PublicAccess.NatGateway, "NatGateway", "Private subnets route to the internet through NAT gateways in public subnets."),
        new(Component.PublicAccess.PublicSubnet, "PublicSubnet", "The instance sits in public subnets and is publicly accessible (not with Serverless)."));

    public static readonly ContractEnum<NatGatewayStrategy> NatGatewayStrategy = new(
        "NatGatewayStrategy",
        "How many NAT gateways to build (PublicEndpoint with NatGateway only).",
        new(Component.NatGatewayStrategy.Single, "Single", "One NAT gateway in the first availability zone: cheapest."),
        new(Component.NatGatewayStrategy.OnePerAz, "OnePerAz", "One NAT gateway per availability zone: survives the loss of a zone."));

    public static readonly ContractEnum<ReplicationMode> ReplicationMode = new(
        "ReplicationMode",
        "Which DMS compute runs the migration.",
        new(Component.ReplicationMode.Instance, "Instance", "A provisioned DMS replication instance."),
        new(Component.ReplicationMode.Serverless, "Serverless", "A DMS Serverless replication config (needs a task; no public access)."));

    public static readonly ContractEnum<DmsIamRoles> DmsIamRoles = new(
        "DmsIamRoles",
        "Whether the account-wide DMS IAM roles already exist or are created by this component.",
        new(Component.DmsIamRoles.Existing, "Existing", "The roles dms-vpc-role and dms-cloudwatch-logs-role (and, for Serverless, AWSServiceRoleForDMSServerless) already exist in the account."),
        new(Component.DmsIamRoles.Create, "Create", "This component creates them; only one stack per account may do so."));

    public static readonly ContractEnum<MigrationType> MigrationType = new(
        "MigrationType",
        "What the DMS task migrates.",
        new(Component.MigrationType.FullLoad, "full-load", "The existing data, once."),
        new(Component.MigrationType.Cdc, "cdc", "Ongoing changes only (TiDB as target only)."),
        new(Component.MigrationType.FullLoadAndCdc, "full-load-and-cdc", "Existing data, then ongoing changes (TiDB as target only)."));

    public static readonly ContractEnum<TargetDbType> TargetDbType = new(
        "TargetDbType",
        "Where a MySQL-compatible DMS target puts the tables (its endpoint setting TargetDbType).",
        new(Component.TargetDbType.SpecificDatabase, "SpecificDatabase", "Every table goes into cluster.databaseName."),
        new(Component.TargetDbType.MultipleDatabases, "MultipleDatabases", "Each source schema becomes a database of the same name (DMS's default)."));

    public static readonly ContractEnum<TargetTablePrepMode> TargetTablePrepMode = new(
        "TargetTablePrepMode",
        "What the task does to the target tables when the full load starts (FullLoadSettings.TargetTablePrepMode).",
        new(Component.TargetTablePrepMode.DoNothing, "DoNothing", "Leaves the target tables as they are: create the schema in TiDB first (TiDB's advice, since DMS creates tables without secondary indexes)."),
        new(Component.TargetTablePrepMode.TruncateBeforeLoad, "TruncateBeforeLoad", "Empties the target tables, keeping their definitions."),
        new(Component.TargetTablePrepMode.DropAndCreate, "DropAndCreate", "Drops the target tables and creates them again (without secondary indexes)."));

    public static readonly ContractEnum<LobMode> LobMode = new(
        "LobMode",
        "How the task migrates large objects (TEXT, BLOB, JSON).",
        new(Component.LobMode.Limited, "Limited", "LOBs up to task.settings.lobMaxSizeKb, inline and fast; larger ones are truncated."),
        new(Component.LobMode.Full, "Full", "Every LOB whole, in chunks: slower."),
        new(Component.LobMode.None, "None", "No LOB columns are migrated."));
}

