using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>The pure function from validated args and outside facts to the children to register.</summary>
/// <remarks>
/// The steps run in registration order: roles, network, security groups (and the strategy's path
/// to the cluster), subnet group, compute, certificate, endpoint, task. Only the strategy knows
/// what differs between connectivity modes.
/// <para>
/// The graph holds only the edges AWS needs, for create or for delete (destroy runs it backwards):
/// each child refers to the outputs it needs, and an explicit edge is added only where AWS orders
/// two children that no reference links; each builder says why beside the edge. So the slow
/// creations (replication instance, NAT gateways, PrivateLink endpoint) run at the same time, and
/// only what connects to the cluster waits for the whole path to it.
/// </para>
/// </remarks>
internal static class Planner
{
    /// <exception cref="ArgumentException">The args break a rule the args reader enforces (a bug in the caller).</exception>
    public static MigrationPlan Plan(string componentName, TidbDmsMigrationArgs args, PlanContext context)
    {
        CheckPreconditions(args);
        var scope = PlanScope.Create(componentName, args, context);
        var strategy = ConnectivityStrategies.For(args);
        var plan = new PlanBuilder(componentName);

        var roles = IamRoleBuilder.Add(plan, scope);
        var network = args.Network.ExistingVpc is { } existing
            ? ExistingNetworkBuilder.Add(plan, scope, strategy, existing)
            : NetworkBuilder.Add(plan, scope, strategy);
        var security = SecurityGroupBuilder.AddDmsSecurityGroup(plan, scope, strategy, network);
        var subnetGroup = SubnetGroupBuilder.Add(plan, scope, network, roles);
        var instance = args.Replication.Mode == ReplicationMode.Instance
            ? ReplicationInstanceBuilder.Add(plan, scope, strategy, subnetGroup, network)
            : null;
        var secrets = SecretsAccessBuilder.Add(plan, scope, network);
        var certificate = CertificateBuilder.Add(plan, scope);
        var endpoint = TidbEndpointBuilder.Add(plan, scope, certificate, secrets?.Role);
        string? replicationTask = null;
        if (args.Task is { } task)
        {
            // Connecting also reads the credentials secret: through its role's policy (and, with Serverless, its endpoint).
            ImmutableArray<string> path = [.. PathToCluster(network, security), .. secrets?.PathToSecret ?? []];
            if (instance is not null)
            {
                replicationTask = ReplicationTaskBuilder.Add(plan, scope, task, instance, endpoint, path, roles);
            }
            else
            {
                ReplicationConfigBuilder.Add(plan, scope, task, subnetGroup, endpoint, path, roles);
            }
        }

        if (args.Notifications is { } notifications && instance is not null)
        {
            NotificationBuilder.Add(plan, scope, notifications, instance, replicationTask);
        }

        strategy.AddOutputs(plan, scope);
        return plan.Build();
    }

    /// <summary>
    /// Everything this component builds that DMS's connection to the cluster crosses: gateways,
    /// route tables and associations (and the peering accepter), the PrivateLink endpoint and its
    /// ingress rule, and the DMS security group's egress rules.
    /// </summary>
    private static ImmutableArray<string> PathToCluster(NetworkResources network, DmsSecurity security) =>
        [.. network.Routing.PathToCluster, .. security.Access.PathToCluster, .. security.EgressRules];

    private static void CheckPreconditions(TidbDmsMigrationArgs args)
    {
        if (args.Replication.Mode == ReplicationMode.Serverless && args.Task is null)
        {
            throw new ArgumentException("replication.mode Serverless needs task; the args reader should have refused it", nameof(args));
        }

        if (args.Replication.Mode == ReplicationMode.Serverless && args.Connectivity == Connectivity.PublicEndpoint
            && args.Network.PublicAccess == PublicAccess.PublicSubnet)
        {
            throw new ArgumentException("replication.mode Serverless has no public access; the args reader should have refused PublicSubnet", nameof(args));
        }

        if (args.Network.ExistingVpc is { RouteTableIds: null } && args.Connectivity == Connectivity.VpcPeering)
        {
            throw new ArgumentException("VpcPeering in an existing VPC without network.routeTableIds; the args reader should have refused it", nameof(args));
        }
    }
}
