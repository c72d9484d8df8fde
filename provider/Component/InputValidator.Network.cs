namespace TidbDms.Provider.Component;

/// <summary>network.* rules: the VPC CIDR, zones, public access and NAT gateways.</summary>
internal sealed partial class InputValidator
{
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

    private static bool IsZoneCountInRange(int count) =>
        count is >= Limits.MinAvailabilityZones and <= Limits.MaxAvailabilityZones;
}
