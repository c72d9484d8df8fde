using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>
/// The rules that need outside facts (region, zones, existing DMS roles): run after the args are
/// valid and before planning. Unknown inputs (preview) and facts not looked up are not judged.
/// </summary>
internal static partial class ContextValidator
{
    public static (ImmutableArray<InputError> Errors, ImmutableArray<InputWarning> Warnings) Validate(
        TidbDmsMigrationArgs args, PlanContext context)
    {
        var errors = ImmutableArray.CreateBuilder<InputError>();
        var warnings = ImmutableArray.CreateBuilder<InputWarning>();
        CheckRegion(args, context, errors, warnings);
        CheckZones(args.Network, context, errors);
        CheckRoles(args, context, errors);
        CheckExistingNetwork(args, context, errors);
        return (errors.ToImmutable(), warnings.ToImmutable());
    }

    [GeneratedRegex(@"^com\.amazonaws\.vpce\.(?<region>[a-z0-9-]+)\.vpce-svc-[0-9a-z]+$", RegexOptions.CultureInvariant)]
    private static partial Regex EndpointServiceName();

    private static void CheckRegion(
        TidbDmsMigrationArgs args, PlanContext context, ImmutableArray<InputError>.Builder errors, ImmutableArray<InputWarning>.Builder warnings)
    {
        var host = args.Cluster.Host;
        if (host.IsKnown && TidbHost.TryGetAwsRegion(host.Value!, out var clusterRegion)
            && !string.Equals(clusterRegion, context.Region, StringComparison.Ordinal))
        {
            if (args.Connectivity == Connectivity.PrivateEndpoint)
            {
                errors.Add(new InputError(
                    "cluster.host",
                    host.ToString(),
                    $"the cluster is in AWS region '{clusterRegion}' but the AWS provider deploys to '{context.Region}', and PrivateLink connects within one region only",
                    $"Deploy this stack to '{clusterRegion}' (set aws:region), or use a cluster in '{context.Region}'."));
            }
            else
            {
                warnings.Add(new InputWarning(
                    "cluster.host",
                    $"the cluster is in AWS region '{clusterRegion}' but DMS will run in '{context.Region}'; TiDB Cloud recommends running DMS in the cluster's region (lower latency, no cross-region transfer charges)"));
            }
        }

        if (args.Connectivity == Connectivity.PrivateEndpoint && args.PrivateEndpoint?.ServiceName is { IsKnown: true } serviceName)
        {
            var match = EndpointServiceName().Match(serviceName.Value!);
            var serviceRegion = match.Groups["region"].Value;
            if (match.Success && !string.Equals(serviceRegion, context.Region, StringComparison.Ordinal))
            {
                errors.Add(new InputError(
                    "privateEndpoint.serviceName",
                    serviceName.ToString(),
                    $"the endpoint service is in AWS region '{serviceRegion}' but the AWS provider deploys to '{context.Region}', and PrivateLink connects within one region only",
                    $"Deploy this stack to '{serviceRegion}' (set aws:region), or use the endpoint service of a cluster in '{context.Region}'."));
            }
        }
    }

    private static void CheckZones(NetworkArgs network, PlanContext context, ImmutableArray<InputError>.Builder errors)
    {
        var available = context.AvailabilityZones;
        var availableList = string.Join(", ", available);
        if (!network.AvailabilityZones.IsDefaultOrEmpty)
        {
            foreach (var zone in network.AvailabilityZones.Where(z => !available.Contains(z, StringComparer.Ordinal)))
            {
                errors.Add(new InputError(
                    "network.availabilityZones",
                    zone,
                    $"'{zone}' is not an available zone of region '{context.Region}' (available: {availableList})",
                    "Pin zones from the available list, or leave network.availabilityZones unset to use the region's first ones."));
            }
        }
        else if (network.AvailabilityZoneCount > available.Length)
        {
            errors.Add(new InputError(
                "network.availabilityZoneCount",
                network.AvailabilityZoneCount.ToString(System.Globalization.CultureInfo.InvariantCulture),
                $"region '{context.Region}' has {available.Length} available zones ({availableList})",
                $"Set network.availabilityZoneCount to at most {available.Length}."));
        }
    }

    private static void CheckRoles(TidbDmsMigrationArgs args, PlanContext context, ImmutableArray<InputError>.Builder errors)
    {
        var setting = ContractEnums.DmsIamRoles.ToWire(args.DmsIamRoles);
        foreach (var role in DmsRoleNames.NeededFor(args))
        {
            var state = context.RoleState(role);
            if (args.DmsIamRoles == DmsIamRoles.Existing && state == DmsRoleState.Missing)
            {
                errors.Add(new InputError(
                    "dmsIamRoles",
                    setting,
                    $"the IAM role '{role}' that DMS needs does not exist in account {context.AccountId}",
                    $"Set dmsIamRoles to '{ContractEnums.DmsIamRoles.ToWire(DmsIamRoles.Create)}' so this component creates it, or {HowToCreate(role)}."));
            }
            else if (args.DmsIamRoles == DmsIamRoles.Create && state == DmsRoleState.Exists)
            {
                errors.Add(new InputError(
                    "dmsIamRoles",
                    setting,
                    $"the IAM role '{role}' already exists in account {context.AccountId} and was not created by this component (roles are account-wide, so only one stack can create them)",
                    $"Set dmsIamRoles to '{ContractEnums.DmsIamRoles.ToWire(DmsIamRoles.Existing)}' to use the existing role."));
            }
        }
    }

    private static string HowToCreate(string role) => role switch
    {
        DmsRoleNames.Serverless => $"create the service-linked role yourself (aws iam create-service-linked-role --aws-service-name {IamRoleBuilder.DmsServicePrincipal})",
        DmsRoleNames.Vpc => $"create the role '{role}' yourself (trusting {IamRoleBuilder.DmsServicePrincipal}, with the AWS managed policy {IamRoleBuilder.VpcManagementPolicy})",

        // Only task logging needs it.
        _ => $"create the role '{role}' yourself (trusting {IamRoleBuilder.DmsServicePrincipal}, with the AWS managed policy {IamRoleBuilder.CloudWatchLogsPolicy}), or turn the task's CloudWatch logging off with task.settings.logging: false",
    };
}
