using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace TidbDms.Provider.Component;

/// <summary>
/// The contract's rules (CONTRACT.md "Rules") over args the reader produced, one small method per
/// rule. A rule never fails because a value is unknown (previews), and skips any path the reader
/// already refused, so each mistake is reported once. Rules that need AWS facts (region, zones,
/// roles) live in <c>Planning.ContextValidator</c>.
/// </summary>
internal sealed partial class ArgsValidator
{
    private const string ExampleRegion = "us-west-2";
    private const string ExampleAccount = "123456789012";

    /// <summary>Where a VPC may go when the TiDB project CIDR overlaps the one given; the first that fits is suggested.</summary>
    private static readonly ImmutableArray<string> VpcCidrSuggestions = [Defaults.VpcCidr, "172.31.0.0/16", "192.168.0.0/16"];

    /// <summary>
    /// DMS table-mapping wildcards that could match more than the schema named (<c>%</c>, <c>[…]</c>),
    /// and the glob characters users reach for. An underscore is a one-character wildcard too, but
    /// schema names are full of them: the planner escapes it (<c>[_]</c>) instead.
    /// </summary>
    private static readonly char[] WildcardCharacters = ['%', '*', '?', '[', ']'];

    private readonly ArgsReadResult _read;
    private readonly TidbDmsMigrationArgs _args;
    private readonly List<InputError> _errors = [];
    private readonly List<InputWarning> _warnings = [];

    private ArgsValidator(ArgsReadResult read)
    {
        _read = read;
        _args = read.Args;
    }

    private string TierName => ContractEnums.Tier.ToWire(_args.Tier);

    private string ConnectivityName => ContractEnums.Connectivity.ToWire(_args.Connectivity);

    private string ModeName => ContractEnums.ReplicationMode.ToWire(_args.Replication.Mode);

    private bool IsServerlessTier => _args.Tier is Tier.Starter or Tier.Essential;

    public static (ImmutableArray<InputError> Errors, ImmutableArray<InputWarning> Warnings) Validate(ArgsReadResult read)
    {
        var validator = new ArgsValidator(read);
        validator.Run();
        return ([.. validator._errors], [.. validator._warnings]);
    }

    [GeneratedRegex(@"^com\.amazonaws\.vpce\.[a-z0-9-]+\.vpce-svc-[0-9a-f]+$", RegexOptions.CultureInvariant)]
    private static partial Regex ServiceName();

    [GeneratedRegex(@"^pcx-[0-9a-f]+$", RegexOptions.CultureInvariant)]
    private static partial Regex PeeringConnectionId();

    [GeneratedRegex(@"^dms\.[a-z0-9]+\.(micro|small|medium|large|[0-9]*xlarge)$", RegexOptions.CultureInvariant)]
    private static partial Regex InstanceClass();

    [GeneratedRegex(@"^arn:aws[a-z-]*:kms:[a-z0-9-]+:[0-9]{12}:(key|alias)/[A-Za-z0-9/_+=.@-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex KmsKeyArn();

    [GeneratedRegex(@"^arn:aws[a-z-]*:dms:[a-z0-9-]+:[0-9]{12}:endpoint:[A-Za-z0-9-]+$", RegexOptions.CultureInvariant)]
    private static partial Regex DmsEndpointArn();

    private void Run()
    {
        VpcPeeringNeedsDedicated();
        AlibabaCloudHostIsRefused();
        PortIsInRange();
        StarterUsernameHasPrefix();
        VerifyingSslModeNeedsCa();
        PublicEndpointNeedsTls();
        VpcCidrIsUsable();
        AvailabilityZoneCountIsInRange();
        AvailabilityZonesAreDistinct();
        AvailabilityZonesFixTheCount();
        PublicAccessNeedsPublicEndpoint();
        NatGatewaysNeedPublicEndpoint();
        NatGatewaysNeedNatAccess();
        ServerlessHasNoPublicAccess();
        PrivateEndpointIsGivenWithPrivateEndpoint();
        PrivateEndpointOnlyWithPrivateEndpoint();
        ServiceNameIsWellFormed();
        VpcPeeringIsGivenWithVpcPeering();
        VpcPeeringOnlyWithVpcPeering();
        PeeringConnectionIdIsWellFormed();
        TidbCidrIsUsable();
        InstanceClassIsWellFormed();
        AllocatedStorageIsInRange();
        InstanceSettingsNeedInstanceMode();
        ServerlessSettingsNeedServerlessMode();
        CapacityUnitsAreAllowed();
        CapacityUnitsAreOrdered();
        KmsKeyArnIsWellFormed();
        ServerlessNeedsTask();
        OtherEndpointArnIsWellFormed();
        SourceIsFullLoadOnly();
        TaskSelectsTables();
        SchemasAreMigratable();
        TableMappingsHaveRules();
        TagsAreAccepted();
    }

    private void VpcPeeringNeedsDedicated()
    {
        if (Usable("tier", "connectivity") && _args.Connectivity == Connectivity.VpcPeering && _args.Tier != Tier.Dedicated)
        {
            Error(
                "connectivity",
                $"'{ConnectivityName}' is available for tier 'Dedicated' only (tier is '{TierName}')",
                $"Use 'PublicEndpoint' or 'PrivateEndpoint' with tier '{TierName}', or set tier to 'Dedicated' if the cluster is Dedicated");
        }
    }

    private void AlibabaCloudHostIsRefused()
    {
        if (_args.Cluster.Host.Is(TidbHost.IsAlibabaCloud))
        {
            Error(
                "cluster.host",
                "is a cluster on Alibaba Cloud (alicloud.tidbcloud.com): Alibaba Cloud private endpoints cannot serve AWS DMS",
                "Use a TiDB Cloud cluster hosted on AWS");
        }
    }

    private void PortIsInRange()
    {
        if (_args.Cluster.Port.Is(p => p is < Limits.MinPort or > Limits.MaxPort))
        {
            Error(
                "cluster.port",
                $"must be between {Limits.MinPort} and {Limits.MaxPort}",
                $"Set cluster.port to the port from the cluster's Connect dialog (usually {Defaults.ClusterPort})");
        }
    }

    private void StarterUsernameHasPrefix()
    {
        if (Usable("tier") && IsServerlessTier && _args.Cluster.Username.Is(u => !HasPrefix(u)))
        {
            Error(
                "cluster.username",
                $"must be '<prefix>.<name>' for tier '{TierName}': its user names carry the cluster's prefix",
                "Write the user name as the cluster's Connect dialog shows it, e.g. '2ZgSrL8dEfTjH5X.root'");
        }

        static bool HasPrefix(string username)
        {
            var dot = username.IndexOf('.', StringComparison.Ordinal);
            return dot > 0 && dot < username.Length - 1;
        }
    }

    private void VerifyingSslModeNeedsCa()
    {
        if (Usable("tier") && _args.Tier == Tier.Dedicated
            && _args.Cluster.SslMode.Is(m => m is SslMode.VerifyCa or SslMode.VerifyFull)
            && _args.Cluster.CaCertificatePem is null)
        {
            Error(
                "cluster.caCertificatePem",
                $"is required for tier 'Dedicated' with cluster.sslMode '{ContractEnums.SslMode.ToWire(_args.Cluster.SslMode.Value)}'",
                "Set cluster.caCertificatePem to the CA certificate (PEM) downloaded from the cluster's Connect dialog in the TiDB Cloud console");
        }
    }

    private void PublicEndpointNeedsTls()
    {
        if (!Usable("tier", "connectivity") || _args.Connectivity != Connectivity.PublicEndpoint
            || !_args.Cluster.SslMode.Is(m => m == SslMode.None))
        {
            return;
        }

        var verifyFull = ContractEnums.SslMode.ToWire(SslMode.VerifyFull);
        if (IsServerlessTier)
        {
            Error(
                "cluster.sslMode",
                $"'none' is refused over the public endpoint of tier '{TierName}': it accepts TLS connections only",
                $"Set cluster.sslMode to '{verifyFull}', or remove it ('{verifyFull}' is the default with PublicEndpoint)");
        }
        else
        {
            _warnings.Add(new InputWarning(
                "cluster.sslMode",
                $"'none' sends the password and the data unencrypted over the internet to the cluster's public endpoint; set cluster.sslMode to '{verifyFull}' with cluster.caCertificatePem"));
        }
    }

    private void VpcCidrIsUsable()
    {
        var input = _args.Network.VpcCidr;
        if (!input.IsKnown)
        {
            return;
        }

        if (!Ipv4Cidr.TryParse(input.Value!, out var cidr, out var problem, out var aligned))
        {
            Error(
                "network.vpcCidr",
                problem,
                aligned is { } network
                    ? $"Write '{network}'"
                    : $"Set network.vpcCidr to a private IPv4 range from /{Limits.LargestVpcPrefix} to /{Limits.SmallestVpcPrefix}, e.g. '{Defaults.VpcCidr}'");
            return;
        }

        if (cidr.PrefixLength is < Limits.LargestVpcPrefix or > Limits.SmallestVpcPrefix)
        {
            var suggestion = cidr.PrefixLength < Limits.LargestVpcPrefix
                ? cidr.Subnet(Limits.LargestVpcPrefix, 0)
                : new Ipv4Cidr(cidr.Network & (uint.MaxValue << (32 - Limits.SmallestVpcPrefix)), Limits.SmallestVpcPrefix);
            Error(
                "network.vpcCidr",
                $"must have a prefix from /{Limits.LargestVpcPrefix} to /{Limits.SmallestVpcPrefix} (it is /{cidr.PrefixLength}): "
                + $"AWS allows VPCs up to /{Limits.LargestVpcPrefix}, and a /{Limits.SmallestVpcPrefix} is the smallest that holds "
                + $"the {Limits.SubnetSlots} /{Limits.SubnetPrefix} subnet slots the component carves",
                $"Set network.vpcCidr to e.g. '{suggestion}'");
        }
    }

    private void AvailabilityZoneCountIsInRange()
    {
        const string Path = "network.availabilityZoneCount";
        var count = _args.Network.AvailabilityZoneCount;
        if (Usable(Path) && _read.IsGiven(Path) && !IsZoneCountInRange(count))
        {
            Error(
                Path,
                $"must be between {Limits.MinAvailabilityZones} and {Limits.MaxAvailabilityZones}: DMS needs subnets in at least "
                + $"{Limits.MinAvailabilityZones} zones, and the VPC's CIDR layout reserves subnet slots for {Limits.MaxAvailabilityZones}",
                $"Set {Path} to a value from {Limits.MinAvailabilityZones} to {Limits.MaxAvailabilityZones}, e.g. {Defaults.AvailabilityZoneCount}");
        }
    }

    private void AvailabilityZonesAreDistinct()
    {
        const string Path = "network.availabilityZones";
        if (!Usable(Path) || !_read.IsGiven(Path))
        {
            return;
        }

        var zones = _args.Network.AvailabilityZones;
        var firstIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < zones.Length; i++)
        {
            var elementPath = InputPath.Element(Path, i);
            if (string.IsNullOrWhiteSpace(zones[i]))
            {
                Error(elementPath, zones[i], "must not be empty", $"Write the zone's name (e.g. '{ExampleRegion}a'), or remove it");
            }
            else if (!firstIndex.TryAdd(zones[i], i))
            {
                Error(
                    elementPath,
                    zones[i],
                    $"names the same zone as {InputPath.Element(Path, firstIndex[zones[i]])}",
                    "Remove the duplicate: each zone gets its own subnets");
            }
        }

        if (firstIndex.Count < Limits.MinAvailabilityZones)
        {
            Error(
                Path,
                $"must name at least {Limits.MinAvailabilityZones} distinct zones: a DMS subnet group spans at least {Limits.MinAvailabilityZones}",
                $"Add another zone of the region, or remove {Path} to use the region's first {Defaults.AvailabilityZoneCount} zones");
        }
        else if (firstIndex.Count > Limits.MaxAvailabilityZones)
        {
            Error(
                Path,
                $"must name at most {Limits.MaxAvailabilityZones} zones: the VPC's CIDR layout reserves subnet slots for {Limits.MaxAvailabilityZones}",
                $"Keep at most {Limits.MaxAvailabilityZones} zones");
        }
    }

    private void AvailabilityZonesFixTheCount()
    {
        const string CountPath = "network.availabilityZoneCount";
        const string ZonesPath = "network.availabilityZones";
        var network = _args.Network;
        if (Usable(CountPath, ZonesPath) && _read.IsGiven(CountPath) && !network.AvailabilityZones.IsEmpty
            && IsZoneCountInRange(network.AvailabilityZoneCount)
            && network.AvailabilityZoneCount != network.AvailabilityZones.Length)
        {
            Error(
                CountPath,
                $"is {network.AvailabilityZoneCount}, but {ZonesPath} names {network.AvailabilityZones.Length} zones",
                $"Remove {CountPath}: {ZonesPath} fixes the count");
        }
    }

    private void PublicAccessNeedsPublicEndpoint()
    {
        if (Usable("connectivity", "network.publicAccess") && _args.Connectivity != Connectivity.PublicEndpoint
            && _args.Network.PublicAccess != Defaults.NetworkPublicAccess)
        {
            Error(
                "network.publicAccess",
                $"applies to connectivity 'PublicEndpoint' only (connectivity is '{ConnectivityName}')",
                "Remove network.publicAccess, or set connectivity to 'PublicEndpoint'");
        }
    }

    private void NatGatewaysNeedPublicEndpoint()
    {
        if (Usable("connectivity", "network.natGateways") && _args.Connectivity != Connectivity.PublicEndpoint
            && _args.Network.NatGateways != Defaults.NatGateways)
        {
            Error(
                "network.natGateways",
                $"applies to connectivity 'PublicEndpoint' only (connectivity is '{ConnectivityName}')",
                "Remove network.natGateways, or set connectivity to 'PublicEndpoint'");
        }
    }

    private void NatGatewaysNeedNatAccess()
    {
        if (Usable("connectivity", "network.publicAccess", "network.natGateways")
            && _args.Connectivity == Connectivity.PublicEndpoint
            && _args.Network.PublicAccess == PublicAccess.PublicSubnet
            && _args.Network.NatGateways != Defaults.NatGateways)
        {
            Error(
                "network.natGateways",
                "applies to network.publicAccess 'NatGateway' only: with 'PublicSubnet' no NAT gateway is built",
                "Remove network.natGateways, or set network.publicAccess to 'NatGateway'");
        }
    }

    private void ServerlessHasNoPublicAccess()
    {
        if (Usable("connectivity", "network.publicAccess", "replication.mode")
            && _args.Connectivity == Connectivity.PublicEndpoint
            && _args.Network.PublicAccess == PublicAccess.PublicSubnet
            && _args.Replication.Mode == ReplicationMode.Serverless)
        {
            Error(
                "network.publicAccess",
                "'PublicSubnet' is not possible with replication.mode 'Serverless': DMS Serverless has no public access",
                "Set network.publicAccess to 'NatGateway', or remove it");
        }
    }

    private void PrivateEndpointIsGivenWithPrivateEndpoint()
    {
        if (Usable("connectivity", "privateEndpoint") && _args.Connectivity == Connectivity.PrivateEndpoint && _args.PrivateEndpoint is null)
        {
            Error(
                "privateEndpoint",
                "is required with connectivity 'PrivateEndpoint'",
                "Add privateEndpoint.serviceName: the endpoint service name from the cluster's Connect dialog ('com.amazonaws.vpce.<region>.vpce-svc-…')");
        }
    }

    private void PrivateEndpointOnlyWithPrivateEndpoint()
    {
        if (Usable("connectivity", "privateEndpoint") && IsGivenAndKnown("privateEndpoint")
            && _args.Connectivity != Connectivity.PrivateEndpoint)
        {
            Error(
                "privateEndpoint",
                $"applies to connectivity 'PrivateEndpoint' only (connectivity is '{ConnectivityName}')",
                "Remove privateEndpoint, or set connectivity to 'PrivateEndpoint'");
        }
    }

    private void ServiceNameIsWellFormed()
    {
        if (_args.PrivateEndpoint is { } privateEndpoint && privateEndpoint.ServiceName.Is(s => !ServiceName().IsMatch(s)))
        {
            Error(
                "privateEndpoint.serviceName",
                "must look like 'com.amazonaws.vpce.<region>.vpce-svc-<hex>'",
                $"Copy the endpoint service name from the cluster's Connect dialog in the TiDB Cloud console, e.g. 'com.amazonaws.vpce.{ExampleRegion}.vpce-svc-0123456789abcdef0'");
        }
    }

    private void VpcPeeringIsGivenWithVpcPeering()
    {
        if (Usable("connectivity", "vpcPeering") && _args.Connectivity == Connectivity.VpcPeering && _args.VpcPeering is null)
        {
            Error(
                "vpcPeering",
                "is required with connectivity 'VpcPeering'",
                "Add vpcPeering.peeringConnectionId (the 'pcx-…' connection TiDB Cloud requested) and vpcPeering.tidbCidr (the TiDB Cloud project CIDR)");
        }
    }

    private void VpcPeeringOnlyWithVpcPeering()
    {
        if (Usable("connectivity", "vpcPeering") && IsGivenAndKnown("vpcPeering") && _args.Connectivity != Connectivity.VpcPeering)
        {
            Error(
                "vpcPeering",
                $"applies to connectivity 'VpcPeering' only (connectivity is '{ConnectivityName}')",
                "Remove vpcPeering, or set connectivity to 'VpcPeering'");
        }
    }

    private void PeeringConnectionIdIsWellFormed()
    {
        if (_args.VpcPeering is { } peering && peering.PeeringConnectionId.Is(id => !PeeringConnectionId().IsMatch(id)))
        {
            Error(
                "vpcPeering.peeringConnectionId",
                "must look like 'pcx-<hex>'",
                "Copy the ID of the peering connection TiDB Cloud requested from the AWS VPC console, e.g. 'pcx-0123456789abcdef0'");
        }
    }

    private void TidbCidrIsUsable()
    {
        if (_args.VpcPeering is not { } peering || !peering.TidbCidr.IsKnown)
        {
            return;
        }

        if (!Ipv4Cidr.TryParse(peering.TidbCidr.Value!, out var tidb, out var problem, out var aligned))
        {
            Error(
                "vpcPeering.tidbCidr",
                problem,
                aligned is { } network
                    ? $"Write '{network}'"
                    : "Copy the project CIDR from the Networking page of the TiDB Cloud console, e.g. '172.16.0.0/21'");
            return;
        }

        var vpcInput = _args.Network.VpcCidr;
        if (vpcInput.IsKnown && Ipv4Cidr.TryParse(vpcInput.Value!, out var vpc, out _, out _) && vpc.Overlaps(tidb))
        {
            var free = VpcCidrSuggestions.FirstOrDefault(s => Ipv4Cidr.TryParse(s, out var c, out _, out _) && !c.Overlaps(tidb));
            Error(
                "vpcPeering.tidbCidr",
                $"overlaps network.vpcCidr ({vpcInput})",
                $"Set network.vpcCidr to a range that does not overlap {peering.TidbCidr}" + (free is null ? "" : $", e.g. '{free}'"));
        }
    }

    private void InstanceClassIsWellFormed()
    {
        if (Usable("replication.mode") && _args.Replication.Mode == ReplicationMode.Instance
            && _args.Replication.InstanceClass.Is(c => !InstanceClass().IsMatch(c)))
        {
            Error(
                "replication.instanceClass",
                "must be a DMS replication instance class: 'dms.<family>.<size>'",
                $"Set replication.instanceClass to e.g. '{Defaults.InstanceClass}' (TiDB Cloud advises {Defaults.InstanceClass} or larger)");
        }
    }

    private void AllocatedStorageIsInRange()
    {
        if (Usable("replication.mode") && _args.Replication.Mode == ReplicationMode.Instance
            && _args.Replication.AllocatedStorage.Is(s => s is < Limits.MinAllocatedStorageGiB or > Limits.MaxAllocatedStorageGiB))
        {
            Error(
                "replication.allocatedStorage",
                $"must be between {Limits.MinAllocatedStorageGiB} and {Limits.MaxAllocatedStorageGiB} GiB",
                $"Set replication.allocatedStorage to a value in that range, e.g. {Defaults.AllocatedStorageGiB}");
        }
    }

    private void InstanceSettingsNeedInstanceMode()
    {
        if (!Usable("replication.mode") || _args.Replication.Mode != ReplicationMode.Serverless)
        {
            return;
        }

        var replication = _args.Replication;
        ModeMismatch("replication.instanceClass", replication.InstanceClass.Is(c => c != Defaults.InstanceClass), ReplicationMode.Instance);
        ModeMismatch("replication.allocatedStorage", replication.AllocatedStorage.Is(s => s != Defaults.AllocatedStorageGiB), ReplicationMode.Instance);
        ModeMismatch("replication.engineVersion", replication.EngineVersion?.IsKnown == true, ReplicationMode.Instance);
    }

    private void ServerlessSettingsNeedServerlessMode()
    {
        if (!Usable("replication.mode") || _args.Replication.Mode != ReplicationMode.Instance)
        {
            return;
        }

        var replication = _args.Replication;
        ModeMismatch("replication.minCapacityUnits", replication.MinCapacityUnits.Is(u => u != Defaults.MinCapacityUnits), ReplicationMode.Serverless);
        ModeMismatch("replication.maxCapacityUnits", replication.MaxCapacityUnits.Is(u => u != Defaults.MaxCapacityUnits), ReplicationMode.Serverless);
    }

    private void ModeMismatch(string path, bool isSet, ReplicationMode appliesTo)
    {
        if (isSet)
        {
            var mode = ContractEnums.ReplicationMode.ToWire(appliesTo);
            Error(
                path,
                $"applies to replication.mode '{mode}' only (mode is '{ModeName}')",
                $"Remove {path}, or set replication.mode to '{mode}'");
        }
    }

    private void CapacityUnitsAreAllowed()
    {
        if (!Usable("replication.mode") || _args.Replication.Mode != ReplicationMode.Serverless)
        {
            return;
        }

        Check("replication.minCapacityUnits", _args.Replication.MinCapacityUnits);
        Check("replication.maxCapacityUnits", _args.Replication.MaxCapacityUnits);

        void Check(string path, Input<int> units)
        {
            if (units.Is(u => !Limits.CapacityUnits.Contains(u)))
            {
                var nearest = Limits.CapacityUnits.FirstOrDefault(u => u >= units.Value, Limits.CapacityUnits[^1]);
                Error(
                    path,
                    $"must be one of {JoinOr(Limits.CapacityUnits.Select(u => u.ToString(CultureInfo.InvariantCulture)))} DCU",
                    $"Set {path} to one of those values, e.g. {nearest}");
            }
        }
    }

    private void CapacityUnitsAreOrdered()
    {
        var replication = _args.Replication;
        if (Usable("replication.mode") && replication.Mode == ReplicationMode.Serverless
            && replication.MinCapacityUnits.Is(Limits.CapacityUnits.Contains)
            && replication.MaxCapacityUnits.Is(Limits.CapacityUnits.Contains)
            && replication.MaxCapacityUnits.Value < replication.MinCapacityUnits.Value)
        {
            Error(
                "replication.maxCapacityUnits",
                $"must be at least replication.minCapacityUnits ({replication.MinCapacityUnits})",
                $"Raise replication.maxCapacityUnits to {replication.MinCapacityUnits} or more, or lower replication.minCapacityUnits");
        }
    }

    private void KmsKeyArnIsWellFormed()
    {
        if (_args.Replication.KmsKeyArn is { } arn && arn.Is(a => !KmsKeyArn().IsMatch(a)))
        {
            Error(
                "replication.kmsKeyArn",
                "must be a KMS key ARN ('arn:<partition>:kms:<region>:<account>:key/<id>') or alias ARN ('…:alias/<name>')",
                $"Copy the key's ARN from the AWS KMS console, e.g. 'arn:aws:kms:{ExampleRegion}:{ExampleAccount}:key/1234abcd-12ab-34cd-56ef-1234567890ab'");
        }
    }

    private void ServerlessNeedsTask()
    {
        if (Usable("replication.mode", "task") && _args.Replication.Mode == ReplicationMode.Serverless && _args.Task is null)
        {
            Error(
                "task",
                "is required with replication.mode 'Serverless': a Serverless replication is defined with both endpoints",
                "Add task with otherEndpointArn and schemas (or tableMappings), or set replication.mode to 'Instance'");
        }
    }

    private void OtherEndpointArnIsWellFormed()
    {
        if (_args.Task is { } task && task.OtherEndpointArn.Is(a => !DmsEndpointArn().IsMatch(a)))
        {
            Error(
                "task.otherEndpointArn",
                "must be a DMS endpoint ARN: 'arn:<partition>:dms:<region>:<account>:endpoint:<id>'",
                "Copy the ARN of the other DMS endpoint from the AWS DMS console, or pass the arn output of the aws:dms/endpoint:Endpoint resource");
        }
    }

    private void SourceIsFullLoadOnly()
    {
        if (Usable("endpointType") && _args.EndpointType == EndpointType.Source
            && _args.Task is { } task && task.MigrationType.Is(t => t != MigrationType.FullLoad))
        {
            var fullLoad = ContractEnums.MigrationType.ToWire(MigrationType.FullLoad);
            Error(
                "task.migrationType",
                $"must be '{fullLoad}' with endpointType 'source': TiDB has no MySQL binlog for DMS to read changes from",
                $"Set task.migrationType to '{fullLoad}', or remove it");
        }
    }

    /// <summary>Both given but one unknown is let through: an unknown output may still turn out to be null.</summary>
    private void TaskSelectsTables()
    {
        if (_args.Task is not { } task || !Usable("task"))
        {
            return;
        }

        if (task.Schemas is null && task.TableMappings is null)
        {
            Error(
                "task",
                "needs task.schemas or task.tableMappings to select what to migrate",
                "Add task.schemas with the schemas to migrate, or task.tableMappings with DMS table-mapping JSON");
        }
        else if (task.Schemas is { IsKnown: true } && task.TableMappings is { IsKnown: true })
        {
            Error(
                "task.tableMappings",
                "cannot be combined with task.schemas",
                "Keep either task.schemas or task.tableMappings");
        }
    }

    private void SchemasAreMigratable()
    {
        const string Path = "task.schemas";
        if (_args.Task?.Schemas is not { IsKnown: true } schemas)
        {
            return;
        }

        if (schemas.Value.IsEmpty)
        {
            Error(Path, "must name at least one schema", "List the schemas to migrate, or remove task.schemas and give task.tableMappings");
            return;
        }

        var defaults = string.Join(", ", Limits.TidbDefaultDatabases);
        var firstIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < schemas.Value.Length; i++)
        {
            var schema = schemas.Value[i];
            var path = InputPath.Element(Path, i);
            var shown = schemas.IsSecret ? "[secret]" : schema;
            if (string.IsNullOrWhiteSpace(schema))
            {
                Error(path, shown, "must not be empty", "Write the schema's name, or remove it");
            }
            else if (schema.IndexOfAny(WildcardCharacters) >= 0)
            {
                Error(
                    path,
                    shown,
                    $"contains a wildcard, which would also select TiDB's default databases ({defaults})",
                    "List each schema by name, or give task.tableMappings with explicit rules instead of task.schemas");
            }
            else if (Limits.TidbDefaultDatabases.Contains(schema, StringComparer.OrdinalIgnoreCase))
            {
                Error(
                    path,
                    shown,
                    $"is one of TiDB's default databases ({defaults}), which are never migrated",
                    $"Remove it from {Path}");
            }
            else if (!firstIndex.TryAdd(schema, i))
            {
                Error(path, shown, $"names the same schema as {InputPath.Element(Path, firstIndex[schema])}", "Remove the duplicate");
            }
        }
    }

    private void TableMappingsHaveRules()
    {
        if (_args.Task?.TableMappings is not { IsKnown: true } mappings)
        {
            return;
        }

        const string Fix = "Give DMS table-mapping JSON such as {\"rules\": [{\"rule-type\": \"selection\", …}]}, or use task.schemas";
        try
        {
            using var document = JsonDocument.Parse(mappings.Value!);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("rules", out var rules)
                || rules.ValueKind != JsonValueKind.Array
                || rules.GetArrayLength() == 0)
            {
                Error("task.tableMappings", "must be a JSON object with a non-empty \"rules\" array", Fix);
            }
        }
        catch (JsonException e)
        {
            // Only the position: the parser's message may quote the text, which may be secret.
            Error(
                "task.tableMappings",
                string.Create(CultureInfo.InvariantCulture, $"is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})"),
                Fix);
        }
    }

    private void TagsAreAccepted()
    {
        if (_args.Tags is not { IsKnown: true } tags)
        {
            return;
        }

        foreach (var (key, value) in tags.Value!)
        {
            var path = InputPath.Key("tags", key);
            var shown = tags.IsSecret ? "[secret]" : value;
            if (string.IsNullOrWhiteSpace(key))
            {
                Error(path, shown, "has an empty key", "Give the tag a name, or remove it");
            }
            else if (key.StartsWith(Limits.ReservedTagPrefix, StringComparison.OrdinalIgnoreCase))
            {
                Error(
                    path,
                    shown,
                    $"has a key starting with '{Limits.ReservedTagPrefix}', which AWS reserves",
                    $"Rename the tag without the '{Limits.ReservedTagPrefix}' prefix");
            }
        }

        if (tags.Value!.Count > Limits.MaxUserTags)
        {
            Error(
                "tags",
                null,
                $"has {tags.Value.Count} tags, but at most {Limits.MaxUserTags} are allowed: AWS allows {Limits.MaxAwsTags} per resource and the component adds a Name tag",
                tags.Value.Count - Limits.MaxUserTags == 1 ? "Remove at least 1 tag" : $"Remove at least {tags.Value.Count - Limits.MaxUserTags} tags");
        }
    }

    private static bool IsZoneCountInRange(int count) =>
        count is >= Limits.MinAvailabilityZones and <= Limits.MaxAvailabilityZones;

    /// <summary>True when none of <paramref name="paths"/> (nor their containers) was refused by the reader.</summary>
    private bool Usable(params string[] paths) => !paths.Any(_read.HasFailed);

    /// <summary>Given, and not unknown as a whole: an unknown object may turn out to be null.</summary>
    private bool IsGivenAndKnown(string path) => _read.Given.TryGetValue(path, out var value) && !value.IsComputed;

    private void Error(string path, string problem, string fix) => Error(path, _read.Render(path), problem, fix);

    private void Error(string path, string? value, string problem, string fix) =>
        _errors.Add(new InputError(path, value, problem, fix));

    private static string JoinOr(IEnumerable<string> items)
    {
        var all = items.ToArray();
        return all.Length <= 1 ? string.Concat(all) : string.Join(", ", all[..^1]) + " or " + all[^1];
    }
}
