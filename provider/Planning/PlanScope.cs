using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>What every building step reads: the args, the outside facts, and the names derived from them.</summary>
/// <param name="Zones">The availability zones the subnets go in, zone 0 first.</param>
internal sealed record PlanScope(
    TidbDmsMigrationArgs Args,
    PlanContext Context,
    ResourceNames Names,
    DmsIdentifiers Ids,
    ChildTags Tags,
    ImmutableArray<string> Zones)
{
    public static PlanScope Create(string componentName, TidbDmsMigrationArgs args, PlanContext context) => new(
        args,
        context,
        new ResourceNames(componentName),
        new DmsIdentifiers(context.Project, context.Stack, componentName),
        new ChildTags(args.Tags),
        ZonesFor(args.Network, context));

    /// <summary>The value of the owner tag on the DMS roles this component creates.</summary>
    public string Owner => DmsRoleNames.OwnerTagValue(Context.Project, Context.Stack, Names.Component);

    /// <summary>The VPC every group and endpoint goes in: the one built (<c>&lt;name&gt;-vpc</c>), or the user's (<c>network.vpcId</c>).</summary>
    public PlanValue VpcId => Args.Network.ExistingVpc is { } existing ? ArgValues.Of(existing.VpcId) : new PlanValue.Ref(Names.Vpc, AwsOutputs.Id);

    /// <summary>The port DMS connects to, as plan literal (unknown in a preview if the input is).</summary>
    public PlanValue ClusterPort => ArgValues.Of(Args.Cluster.Port);

    private static ImmutableArray<string> ZonesFor(NetworkArgs network, PlanContext context)
    {
        if (!network.AvailabilityZones.IsDefaultOrEmpty)
        {
            return network.AvailabilityZones;
        }

        var available = context.AvailabilityZones;
        if (available.Length < network.AvailabilityZoneCount)
        {
            throw new ArgumentException(
                $"network.availabilityZoneCount is {network.AvailabilityZoneCount} but region {context.Region} offers {available.Length} zones; ContextValidator reports this before planning",
                nameof(network));
        }

        return available[..network.AvailabilityZoneCount];
    }
}
