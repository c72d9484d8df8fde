namespace TidbDms.Provider.Component;

/// <summary>Connectivity rules: PrivateLink and VPC peering settings and where they apply.</summary>
internal sealed partial class InputValidator
{
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

    private void PrivateEndpointIsGivenWithPrivateEndpoint()
    {
        if (Usable("connectivity") && _args.Connectivity == Connectivity.PrivateEndpoint && _args.PrivateEndpoint is null)
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
        if (Usable("connectivity") && _args.Connectivity == Connectivity.VpcPeering && _args.VpcPeering is null)
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

        // An existing VPC's CIDR is not an input: the context rules check the overlap against the VPC itself.
        var vpcInput = _args.Network.VpcCidr;
        if (_args.Network.ExistingVpc is null && vpcInput.IsKnown && Ipv4Cidr.TryParse(vpcInput.Value!, out var vpc, out _, out _) && vpc.Overlaps(tidb))
        {
            var free = VpcCidrSuggestions.FirstOrDefault(s => Ipv4Cidr.TryParse(s, out var c, out _, out _) && !c.Overlaps(tidb));
            Error(
                "vpcPeering.tidbCidr",
                $"overlaps network.vpcCidr ({vpcInput})",
                $"Set network.vpcCidr to a range that does not overlap {peering.TidbCidr}" + (free is null ? "" : $", e.g. '{free}'"));
        }
    }
}
