using System.Collections.Immutable;
using System.Text.RegularExpressions;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration.Construct;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Registration;

/// <summary>
/// The user's VPC and subnets (<c>network.vpcId</c>), looked up with <c>getVpc</c> and one
/// <c>getSubnet</c> per subnet, beside the other facts: before anything is created, in a preview
/// too, for every ID that is known.
/// </summary>
internal sealed partial class PlanContextResolver
{
    /// <returns>Null without an existing VPC.</returns>
    private async Task<ExistingNetworkFacts?> ExistingNetworkAsync(ComponentRequest request, TidbDmsMigrationArgs args, CancellationToken cancellationToken)
    {
        if (args.Network.ExistingVpc is not { } existing)
        {
            return null;
        }

        var vpc = existing.VpcId.IsKnown ? VpcFactsAsync(existing.VpcId.Value!, request, cancellationToken) : Task.FromResult<ExistingVpcFacts?>(null);
        var subnetIds = existing.SubnetIds.IsKnown ? existing.SubnetIds.Value : [];
        var subnets = subnetIds.Select((id, index) => SubnetFactsAsync(index, id, request, cancellationToken)).ToArray();
        await Task.WhenAll([vpc, .. subnets]).ConfigureAwait(false);

        var known = subnets.Select(s => s.Result).OfType<ExistingSubnetFacts>().ToImmutableArray();
        return new ExistingNetworkFacts(vpc.Result, known, existing.SubnetIds.IsKnown && known.Length == subnetIds.Length);
    }

    private async Task<ExistingVpcFacts?> VpcFactsAsync(string id, ComponentRequest request, CancellationToken cancellationToken)
    {
        var result = await LookUpAsync(AwsFunctions.GetVpc, id, VpcNotFound(), request, cancellationToken).ConfigureAwait(false);
        return result switch
        {
            null => null,
            { Found: false } => new ExistingVpcFacts(id, Exists: false),
            { Values: var vpc } => new ExistingVpcFacts(id, true, Flag(vpc!, "enableDnsSupport"), Flag(vpc!, "enableDnsHostnames"), Text(vpc!, "cidrBlock")),
        };
    }

    private async Task<ExistingSubnetFacts?> SubnetFactsAsync(int index, string id, ComponentRequest request, CancellationToken cancellationToken)
    {
        var result = await LookUpAsync(AwsFunctions.GetSubnet, id, SubnetNotFound(), request, cancellationToken).ConfigureAwait(false);
        return result switch
        {
            null => null,
            { Found: false } => new ExistingSubnetFacts(index, id, Exists: false),
            { Values: var subnet } => new ExistingSubnetFacts(index, id, true, Text(subnet!, "vpcId"), Text(subnet!, "availabilityZone")),
        };
    }

    /// <returns>Null when the answer is not known (a preview's unknown provider, the offline facts); Found false when AWS has no such ID.</returns>
    private async Task<(bool Found, ImmutableSortedDictionary<string, PropertyValue>? Values)?> LookUpAsync(
        string token, string id, Regex notFound, ComponentRequest request, CancellationToken cancellationToken)
    {
        try
        {
            var values = await InvokeIfKnownAsync(token, Args(("id", PropertyValue.String(id))), request, cancellationToken)
                .ConfigureAwait(false);
            return values is null ? null : (true, values);
        }
        catch (EnvironmentException ex) when (notFound.IsMatch(ex.Message))
        {
            // The data sources fail for an ID AWS does not know: that is an answer about the input, not an error of the environment.
            return (false, null);
        }
    }

    private static bool Flag(ImmutableSortedDictionary<string, PropertyValue> values, string key) =>
        values.TryGetValue(key, out var value) && value.TryGetBool(out var flag) && flag;

    private static string? Text(ImmutableSortedDictionary<string, PropertyValue> values, string key) =>
        values.TryGetValue(key, out var value) && value.TryGetString(out var text) ? text : null;

    /// <summary>How pulumi-aws's getSubnet (the Terraform data source) and EC2 say a subnet does not exist.</summary>
    [GeneratedRegex(@"no matching EC2 Subnet found|InvalidSubnetID\.NotFound", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SubnetNotFound();

    /// <summary>How pulumi-aws's getVpc and EC2 say a VPC does not exist.</summary>
    [GeneratedRegex(@"no matching EC2 VPC found|InvalidVpcID\.NotFound", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex VpcNotFound();
}
