using System.Text.RegularExpressions;

namespace TidbDms.Provider.Component;

/// <summary>
/// network.vpcId rules: the companions it needs, the inputs that describe a VPC the component
/// builds (errors with an existing one), and the ID formats. The facts only AWS knows (the subnets
/// exist, lie in the VPC, span two zones; the VPC's DNS) are <c>Planning.ContextValidator</c>'s.
/// </summary>
internal sealed partial class InputValidator
{
    private const string VpcIdPath = "network.vpcId";
    private const string SubnetIdsPath = "network.subnetIds";
    private const string RouteTableIdsPath = "network.routeTableIds";

    [GeneratedRegex(@"^vpc-[0-9a-f]{8}([0-9a-f]{9})?$", RegexOptions.CultureInvariant)]
    private static partial Regex VpcId();

    [GeneratedRegex(@"^subnet-[0-9a-f]{8}([0-9a-f]{9})?$", RegexOptions.CultureInvariant)]
    private static partial Regex SubnetId();

    [GeneratedRegex(@"^rtb-[0-9a-f]{8}([0-9a-f]{9})?$", RegexOptions.CultureInvariant)]
    private static partial Regex RouteTableId();

    private void ExistingVpcRules()
    {
        IdsNeedVpcId();
        VpcIdIsWellFormed();
        VpcIdNeedsSubnetIds();
        SubnetIdsAreUsable();
        RouteTableIdsGoWithPeering();
        RouteTableIdsAreWellFormed();
        BuiltVpcSettingsConflictWithVpcId();
        ExistingNatNeedsAllowListByHand();
    }

    private void IdsNeedVpcId()
    {
        if (_args.Network.ExistingVpc is not null || !Usable(VpcIdPath))
        {
            return;
        }

        foreach (var path in new[] { SubnetIdsPath, RouteTableIdsPath })
        {
            if (Usable(path) && _read.IsGiven(path))
            {
                Error(
                    path,
                    "applies with network.vpcId only: without it the component builds the VPC, its subnets and route tables itself",
                    $"Add network.vpcId (the VPC these belong to), or remove {path}");
            }
        }
    }

    private void VpcIdIsWellFormed()
    {
        if (_args.Network.ExistingVpc?.VpcId is { } vpcId && vpcId.Is(id => !VpcId().IsMatch(id)))
        {
            Error(VpcIdPath, "must look like 'vpc-<hex>'", "Copy the VPC's ID from the AWS VPC console, e.g. 'vpc-0123456789abcdef0'");
        }
    }

    private void VpcIdNeedsSubnetIds()
    {
        if (_args.Network.ExistingVpc is not null && Usable(SubnetIdsPath) && !_read.IsGiven(SubnetIdsPath))
        {
            Error(
                SubnetIdsPath,
                "is required with network.vpcId: the component builds no subnets in an existing VPC",
                "Set network.subnetIds to at least 2 subnets of the VPC in different availability zones (the DMS subnet group)");
        }
    }

    private void SubnetIdsAreUsable()
    {
        if (_args.Network.ExistingVpc?.SubnetIds is not { IsKnown: true } subnetIds || !Usable(SubnetIdsPath))
        {
            return;
        }

        var ids = subnetIds.Value;
        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            var path = InputPath.Element(SubnetIdsPath, i);
            if (!SubnetId().IsMatch(ids[i]))
            {
                Error(path, ids[i], "must look like 'subnet-<hex>'", "Copy the subnet's ID from the AWS VPC console, e.g. 'subnet-0123456789abcdef0'");
            }
            else if (!firstIndex.TryAdd(ids[i], i))
            {
                Error(path, ids[i], $"names the same subnet as {InputPath.Element(SubnetIdsPath, firstIndex[ids[i]])}", "Remove the duplicate");
            }
        }

        if (ids.Length < Limits.MinAvailabilityZones)
        {
            Error(
                SubnetIdsPath,
                $"must name at least {Limits.MinAvailabilityZones} subnets: a DMS subnet group spans at least {Limits.MinAvailabilityZones} availability zones",
                "Add a subnet of the VPC in another availability zone");
        }
    }

    private void RouteTableIdsGoWithPeering()
    {
        if (_args.Network.ExistingVpc is null || !Usable("connectivity", RouteTableIdsPath))
        {
            return;
        }

        var given = _read.IsGiven(RouteTableIdsPath);
        if (_args.Connectivity == Connectivity.VpcPeering && !given)
        {
            Error(
                RouteTableIdsPath,
                "is required with network.vpcId and connectivity 'VpcPeering': the route to the TiDB project CIDR goes into your route tables",
                "Set network.routeTableIds to the route tables of the subnets in network.subnetIds");
        }
        else if (_args.Connectivity != Connectivity.VpcPeering && given)
        {
            Error(
                RouteTableIdsPath,
                $"applies to connectivity 'VpcPeering' only (connectivity is '{ConnectivityName}'): no other connectivity adds routes",
                "Remove network.routeTableIds, or set connectivity to 'VpcPeering'");
        }
        else if (_args.Network.ExistingVpc.RouteTableIds is { IsEmpty: true })
        {
            Error(RouteTableIdsPath, "must name at least 1 route table", "Set network.routeTableIds to the route tables of the subnets in network.subnetIds");
        }
    }

    private void RouteTableIdsAreWellFormed()
    {
        if (_args.Network.ExistingVpc?.RouteTableIds is not { } ids || !Usable(RouteTableIdsPath))
        {
            return;
        }

        var firstIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < ids.Length; i++)
        {
            if (!ids[i].IsKnown)
            {
                continue;
            }

            var id = ids[i].Value!;
            var path = InputPath.Element(RouteTableIdsPath, i);
            if (!RouteTableId().IsMatch(id))
            {
                Error(path, id, "must look like 'rtb-<hex>'", "Copy the route table's ID from the AWS VPC console, e.g. 'rtb-0123456789abcdef0'");
            }
            else if (!firstIndex.TryAdd(id, i))
            {
                Error(path, id, $"names the same route table as {InputPath.Element(RouteTableIdsPath, firstIndex[id])}", "Remove the duplicate: a table takes one route to a CIDR");
            }
        }
    }

    /// <summary>
    /// With an existing VPC, the inputs that shape the VPC the component would build describe
    /// nothing: refused, never ignored. Their defaults are not: the SDKs send a schema default when
    /// the program leaves the input out, so only a value other than the default counts as given.
    /// </summary>
    private void BuiltVpcSettingsConflictWithVpcId()
    {
        if (_args.Network.ExistingVpc is null)
        {
            return;
        }

        var vpc = _read.Render(VpcIdPath);
        var network = _args.Network;
        var conflicting = new (string Path, bool IsSet)[]
        {
            ("network.vpcCidr", network.VpcCidr.Is(c => c != Defaults.VpcCidr)),
            ("network.availabilityZoneCount", _read.IsGiven("network.availabilityZoneCount") && network.AvailabilityZoneCount != Defaults.AvailabilityZoneCount),
            ("network.availabilityZones", _read.IsGiven("network.availabilityZones")),
        };
        foreach (var (path, isSet) in conflicting)
        {
            if (isSet && Usable(path))
            {
                Error(
                    path,
                    $"describes the VPC the component builds, but network.vpcId ('{vpc}') names an existing one",
                    $"Remove {path}: the existing VPC's own CIDR and the zones of network.subnetIds apply");
            }
        }

        // natGateways with another connectivity or with public subnets is already refused on its own.
        const string NatPath = "network.natGateways";
        var nat = _args.Network.NatGateways;
        var refusedElsewhere = !(_args.Connectivity == Connectivity.PublicEndpoint && _args.Network.PublicAccess == PublicAccess.NatGateway);
        if (nat != Defaults.NatGateways && Usable(NatPath, "connectivity", "network.publicAccess") && !refusedElsewhere)
        {
            Error(
                NatPath,
                $"describes the NAT gateways the component builds, but network.vpcId ('{vpc}') names an existing VPC, whose own NAT gateways are used",
                $"Remove {NatPath}");
        }
    }

    /// <summary>The component cannot know the addresses the user's NAT gateways use, so it cannot output them.</summary>
    private void ExistingNatNeedsAllowListByHand()
    {
        if (_args.Network.ExistingVpc is not null && Usable("connectivity", "network.publicAccess")
            && _args.Connectivity == Connectivity.PublicEndpoint && _args.Network.PublicAccess == PublicAccess.NatGateway)
        {
            var list = _args.Tier == Tier.Dedicated ? "IP access list" : "firewall rules (if they do not allow every address)";
            _warnings.Add(new InputWarning(
                VpcIdPath,
                "DMS reaches the cluster's public endpoint through the NAT gateways of your VPC, whose public addresses this component does not know, "
                + $"so ipAccessListCidrs is not set: add those NAT gateways' Elastic IPs to the cluster's {list}"));
        }
    }
}
