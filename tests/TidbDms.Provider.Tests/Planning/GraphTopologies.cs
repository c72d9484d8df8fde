using TidbDms.Provider.Component;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>
/// Every distinct graph shape: network (connectivity × public access × NAT gateways) × compute
/// (instance without or with a task, Serverless started on creation or not) × DMS roles. The tier,
/// the endpoint type and whether an instance's task starts on creation do not change the graph
/// (<see cref="GoldenGraphTests"/> checks that), so each shape is planned once, as Dedicated (the one
/// tier every connectivity allows) with TiDB as the target.
/// </summary>
internal static class GraphTopologies
{
    public enum Compute
    {
        Instance,
        InstanceTask,
        Serverless,
        ServerlessStarted,
    }

    public static IEnumerable<GraphTopology> All() =>
        (from network in Networks()
         from compute in Enum.GetValues<Compute>()
         where !(network.Access == PublicAccess.PublicSubnet && compute is Compute.Serverless or Compute.ServerlessStarted)
         from roles in Enum.GetValues<DmsIamRoles>()
         select Topology(network, compute, roles))
        .Concat(SecondRelease());

    /// <summary>
    /// The shapes the second release's children add: DMS event subscriptions (which only hang off the
    /// instance and the task, so one topology shows their edges).
    /// </summary>
    public static IEnumerable<GraphTopology> SecondRelease()
    {
        var notified = Topology(Networks().First(), Compute.InstanceTask, DmsIamRoles.Existing);
        yield return new GraphTopology(
            "public-nat-single.instance-task-notifications.roles-existing",
            notified.Description + "; notifications to an SNS topic",
            PlannerNotificationTests.WithNotifications(notified.Args));

        // The user's VPC: only what the network lacks is built, so each connectivity has its own, smaller graph
        // (public subnets there plan the graph of the VPC's own NAT: only publiclyAccessible differs).
        foreach (var (network, compute) in new[]
                 {
                     (Networks().First(n => n.Name == "public-nat-single"), Compute.InstanceTask),
                     (Networks().First(n => n.Name == "public-nat-single"), Compute.ServerlessStarted),
                     (Networks().First(n => n.Name == "private-endpoint"), Compute.InstanceTask),
                     (Networks().First(n => n.Name == "private-endpoint"), Compute.ServerlessStarted),
                     (Networks().First(n => n.Name == "vpc-peering"), Compute.InstanceTask),
                     (Networks().First(n => n.Name == "vpc-peering"), Compute.ServerlessStarted),
                 })
        {
            var built = Topology(network, compute, DmsIamRoles.Existing);
            var name = network.Name == "public-nat-single" ? "public-nat" : network.Name;
            yield return new GraphTopology(
                $"existing-vpc.{name}.{built.Name.Split('.')[1]}.roles-existing",
                built.Description.Replace(" (2 zones)", "", StringComparison.Ordinal).Replace(" through one NAT gateway", " through the VPC's own NAT", StringComparison.Ordinal) + "; in an existing VPC",
                PlannerExistingVpcTests.InExistingVpc(built.Args));
        }
    }

    /// <summary>The same graph shape with the tier, endpoint type and task start varied: each must plan the same edges.</summary>
    public static IEnumerable<TidbDmsMigrationArgs> Variants(GraphTopology topology)
    {
        var args = topology.Args;
        var tiers = args.Connectivity == Connectivity.VpcPeering ? [Tier.Dedicated] : Enum.GetValues<Tier>();
        foreach (var tier in tiers)
        {
            foreach (var endpointType in Enum.GetValues<EndpointType>())
            {
                var variant = TestArgs.Create(
                    tier, args.Connectivity, endpointType, args.Network.PublicAccess, args.Network.NatGateways,
                    args.Replication.Mode, args.Task is not null, args.DmsIamRoles, args.Network.AvailabilityZoneCount)
                    with { Notifications = args.Notifications };
                variant = args.Network.ExistingVpc is null ? variant : PlannerExistingVpcTests.InExistingVpc(variant);
                yield return args.Task is null ? variant : variant.WithTask(_ => args.Task);
                if (args.Task is not null && args.Replication.Mode == ReplicationMode.Instance)
                {
                    yield return variant.WithTask(t => t with { StartReplicationTask = TestArgs.Known(!args.Task.StartReplicationTask.Value) });
                }
            }
        }
    }

    private static IEnumerable<(string Name, string Description, Connectivity Connectivity, PublicAccess Access, NatGatewayStrategy Nat, int Zones)> Networks()
    {
        yield return ("public-nat-single", "PublicEndpoint through one NAT gateway (2 zones)", Connectivity.PublicEndpoint, PublicAccess.NatGateway, NatGatewayStrategy.Single, 2);
        yield return ("public-nat-per-az", "PublicEndpoint through a NAT gateway per zone (3 zones)", Connectivity.PublicEndpoint, PublicAccess.NatGateway, NatGatewayStrategy.OnePerAz, 3);
        yield return ("public-subnet", "PublicEndpoint from public subnets (2 zones)", Connectivity.PublicEndpoint, PublicAccess.PublicSubnet, NatGatewayStrategy.Single, 2);
        yield return ("private-endpoint", "PrivateEndpoint over PrivateLink (2 zones)", Connectivity.PrivateEndpoint, PublicAccess.NatGateway, NatGatewayStrategy.Single, 2);
        yield return ("vpc-peering", "VpcPeering (2 zones)", Connectivity.VpcPeering, PublicAccess.NatGateway, NatGatewayStrategy.Single, 2);
    }

    private static GraphTopology Topology(
        (string Name, string Description, Connectivity Connectivity, PublicAccess Access, NatGatewayStrategy Nat, int Zones) network,
        Compute compute,
        DmsIamRoles roles)
    {
        var mode = compute is Compute.Serverless or Compute.ServerlessStarted ? ReplicationMode.Serverless : ReplicationMode.Instance;
        var args = TestArgs.Create(
            Tier.Dedicated, network.Connectivity, EndpointType.Target, network.Access, network.Nat, mode, compute != Compute.Instance, roles, network.Zones);
        if (compute == Compute.ServerlessStarted)
        {
            args = args.WithTask(t => t with { StartReplicationTask = TestArgs.Known(true) });
        }

        var (computeName, computeText) = compute switch
        {
            Compute.Instance => ("instance", "a replication instance without a task"),
            Compute.InstanceTask => ("instance-task", "a replication instance with a task"),
            Compute.Serverless => ("serverless", "DMS Serverless, not started on creation"),
            _ => ("serverless-started", "DMS Serverless, started on creation"),
        };
        var rolesName = roles == DmsIamRoles.Create ? "roles-create" : "roles-existing";
        return new GraphTopology(
            $"{network.Name}.{computeName}.{rolesName}",
            $"{network.Description}; {computeText}; dmsIamRoles {roles}",
            args);
    }
}
