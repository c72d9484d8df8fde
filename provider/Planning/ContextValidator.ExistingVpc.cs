using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>
/// The user's VPC against what AWS says about it: every subnet exists and lies in the VPC, the
/// subnets span two zones, the VPC exists and (for PrivateLink and peering) resolves DNS, and the
/// TiDB project CIDR does not overlap it. Only facts that were looked up are judged.
/// </summary>
internal static partial class ContextValidator
{
    private static void CheckExistingNetwork(TidbDmsMigrationArgs args, PlanContext context, ImmutableArray<InputError>.Builder errors)
    {
        if (args.Network.ExistingVpc is not { } existing || context.ExistingNetwork is not { } facts)
        {
            return;
        }

        var where = $"account {context.AccountId}, region '{context.Region}'";
        var vpcId = existing.VpcId.IsKnown ? existing.VpcId.Value : null;
        if (facts.Vpc is { Exists: false } missing)
        {
            errors.Add(new InputError(
                "network.vpcId",
                missing.Id,
                $"VPC '{missing.Id}' does not exist in {where}",
                $"Copy the ID of an existing VPC from the AWS VPC console of region '{context.Region}' (the AWS provider's region)."));
        }

        var zones = new SortedSet<string>(StringComparer.Ordinal);
        var subnetsFit = true;
        var zonesKnown = true;
        foreach (var subnet in facts.Subnets)
        {
            var path = InputPath.Element("network.subnetIds", subnet.Index);
            if (!subnet.Exists)
            {
                subnetsFit = false;
                errors.Add(new InputError(
                    path,
                    subnet.Id,
                    $"subnet '{subnet.Id}' does not exist in {where}",
                    vpcId is null
                        ? "Use subnets of network.vpcId, from the AWS VPC console."
                        : $"Use subnets of '{vpcId}': aws ec2 describe-subnets --filters Name=vpc-id,Values={vpcId}"));
            }
            else if (vpcId is not null && !string.Equals(subnet.VpcId, vpcId, StringComparison.Ordinal))
            {
                subnetsFit = false;
                errors.Add(new InputError(
                    path,
                    subnet.Id,
                    $"subnet '{subnet.Id}' lies in VPC '{subnet.VpcId}', not in network.vpcId '{vpcId}'",
                    $"Use subnets of '{vpcId}' (aws ec2 describe-subnets --filters Name=vpc-id,Values={vpcId}), or set network.vpcId to '{subnet.VpcId}'."));
            }
            else if (subnet.AvailabilityZone is { Length: > 0 } zone)
            {
                zones.Add(zone);
            }
            else
            {
                zonesKnown = false;
            }
        }

        // Judged over the whole set only: one unknown or misplaced subnet, or one whose zone AWS did not name, could be the second zone.
        if (facts.AllSubnetsKnown && subnetsFit && zonesKnown && facts.Subnets.Length >= Limits.MinAvailabilityZones && zones.Count < Limits.MinAvailabilityZones)
        {
            errors.Add(new InputError(
                "network.subnetIds",
                $"[{string.Join(", ", facts.Subnets.Select(s => s.Id))}]",
                $"the subnets all lie in availability zone '{zones.FirstOrDefault()}', but a DMS subnet group must span at least {Limits.MinAvailabilityZones} zones",
                vpcId is null ? "Add a subnet of the VPC in another availability zone." : $"Add a subnet of '{vpcId}' in another availability zone."));
        }

        if (facts.Vpc is { Exists: true } vpc)
        {
            CheckVpcDns(args, vpc, errors);
            CheckPeeringOverlap(args, vpc, errors);
        }
    }

    private static void CheckVpcDns(TidbDmsMigrationArgs args, ExistingVpcFacts vpc, ImmutableArray<InputError>.Builder errors)
    {
        var needs = args.Connectivity switch
        {
            Connectivity.PrivateEndpoint => "PrivateLink's private DNS (the cluster's host name resolving to the endpoint)",
            Connectivity.VpcPeering => "resolving the cluster's host name across the peering",
            _ => null,
        };
        if (needs is null)
        {
            return;
        }

        foreach (var (enabled, what, flag) in new[]
                 {
                     (vpc.EnableDnsSupport, "DNS support", "--enable-dns-support"),
                     (vpc.EnableDnsHostnames, "DNS host names", "--enable-dns-hostnames"),
                 })
        {
            if (!enabled)
            {
                errors.Add(new InputError(
                    "network.vpcId",
                    vpc.Id,
                    $"VPC '{vpc.Id}' has {what} disabled, which {needs} needs",
                    $"Enable it: aws ec2 modify-vpc-attribute --vpc-id {vpc.Id} {flag} (or in the VPC console, Edit VPC settings)."));
            }
        }
    }

    private static void CheckPeeringOverlap(TidbDmsMigrationArgs args, ExistingVpcFacts vpc, ImmutableArray<InputError>.Builder errors)
    {
        if (args.Connectivity == Connectivity.VpcPeering && args.VpcPeering?.TidbCidr is { IsKnown: true } tidbInput
            && vpc.CidrBlock is { } vpcText
            && Ipv4Cidr.TryParse(tidbInput.Value!, out var tidb, out _, out _)
            && Ipv4Cidr.TryParse(vpcText, out var vpcCidr, out _, out _)
            && vpcCidr.Overlaps(tidb))
        {
            errors.Add(new InputError(
                "vpcPeering.tidbCidr",
                tidbInput.ToString(),
                $"overlaps the CIDR of VPC '{vpc.Id}' ({vpcText}), so the peering cannot route it",
                "Peer a VPC whose CIDR does not overlap the TiDB Cloud project CIDR (the project CIDR is fixed once the project has clusters)."));
        }
    }
}
