using System.Collections.Immutable;
using TidbDms.Provider.Planning;

namespace TidbDms.Benchmarks;

/// <summary>One set of edges over a plan's children: each child and the children it waits for (destroy runs them backwards).</summary>
internal sealed class ChildGraph
{
    private ChildGraph(MigrationPlan plan, Func<PlannedResource, IEnumerable<string>> prerequisites)
    {
        Plan = plan;
        var position = plan.Resources.Select((r, i) => (r.Name, i)).ToDictionary(p => p.Name, p => p.i, StringComparer.Ordinal);
        Prerequisites = plan.Resources.ToDictionary(
            r => r.Name,
            r => prerequisites(r).Distinct(StringComparer.Ordinal).ToImmutableArray(),
            StringComparer.Ordinal);
        foreach (var (child, before) in Prerequisites)
        {
            // The plan lists children in an order every graph here respects, so one pass each way computes the chains.
            var late = before.FirstOrDefault(p => position[p] >= position[child]);
            if (late is not null)
            {
                throw new InvalidOperationException($"{child} waits for {late}, which the plan lists after it");
            }
        }
    }

    public MigrationPlan Plan { get; }

    public IReadOnlyDictionary<string, ImmutableArray<string>> Prerequisites { get; }

    /// <summary>The graph the planner builds now: data references and its explicit edges.</summary>
    public static ChildGraph Current(MigrationPlan plan) => new(plan, r => r.Prerequisites);

    /// <summary>
    /// The graph the planner built before the edges were cut to what AWS needs: the same references,
    /// with the instance (and the Serverless replication) waiting for every route table and
    /// association, and the TiDB endpoint waiting for the PrivateLink endpoint and its ingress rule.
    /// </summary>
    public static ChildGraph Before(MigrationPlan plan)
    {
        var names = new ResourceNames(plan.ComponentName);
        var routing = Names(plan, AwsTypes.RouteTable, AwsTypes.RouteTableAssociation);
        return new(plan, r => r.References.Concat(r.Type switch
        {
            AwsTypes.NatGateway => Names(plan, AwsTypes.InternetGateway),
            AwsTypes.ReplicationSubnetGroup => Existing(plan, names.DmsVpcRolePolicy),
            AwsTypes.ReplicationInstance => routing,
            AwsTypes.Endpoint => Names(plan, AwsTypes.VpcEndpoint, AwsTypes.SecurityGroupIngressRule),
            AwsTypes.ReplicationTask => Existing(plan, names.DmsLogsRolePolicy),
            AwsTypes.ReplicationConfig => [.. routing, .. Existing(plan, names.DmsServerlessRole, names.DmsLogsRolePolicy)],
            _ => [],
        }));
    }

    /// <summary>
    /// The lower bound's graph: only what AWS itself imposes. The data references (no order can
    /// start a child before the outputs it reads exist, or delete one while a child still refers to
    /// it), and the orders AWS enforces by refusing a call: a public NAT gateway is refused without an
    /// internet gateway, a DMS subnet group without dms-vpc-role's policy, DMS Serverless without its
    /// service-linked role (which cannot be deleted while a replication uses it), a replication that
    /// starts on creation fails its connection test without the whole path to the cluster, and the
    /// internet gateway cannot be detached while a NAT gateway or a public instance maps an address.
    /// One graph for both directions, as Pulumi orders create and destroy by the same dependencies.
    /// </summary>
    public static ChildGraph AwsRequired(MigrationPlan plan)
    {
        var names = new ResourceNames(plan.ComponentName);
        var path = Names(plan, PathTypes);
        return new(plan, r => r.References.Concat(r.Type switch
        {
            AwsTypes.NatGateway => Names(plan, AwsTypes.InternetGateway),
            AwsTypes.ReplicationSubnetGroup => Existing(plan, names.DmsVpcRolePolicy),
            AwsTypes.ReplicationInstance when IsTrue(r, AwsInputs.ReplicationInstance.PubliclyAccessible) => Names(plan, AwsTypes.InternetGateway),
            AwsTypes.ReplicationTask when IsTrue(r, AwsInputs.ReplicationTask.StartReplicationTask) => path,
            AwsTypes.ReplicationConfig => [.. Existing(plan, names.DmsServerlessRole), .. IsTrue(r, AwsInputs.ReplicationConfig.StartReplication) ? path : []],
            _ => [],
        }));
    }

    /// <summary>Children that carry DMS's traffic to the cluster.</summary>
    private static readonly string[] PathTypes =
    [
        AwsTypes.InternetGateway, AwsTypes.NatGateway, AwsTypes.RouteTable, AwsTypes.RouteTableAssociation, AwsTypes.VpcPeeringConnectionAccepter,
        AwsTypes.VpcEndpoint, AwsTypes.SecurityGroupIngressRule, AwsTypes.SecurityGroupEgressRule,
    ];

    private static IEnumerable<string> Names(MigrationPlan plan, params string[] types) =>
        plan.Resources.Where(r => types.Contains(r.Type, StringComparer.Ordinal)).Select(r => r.Name);

    private static IEnumerable<string> Existing(MigrationPlan plan, params string[] names) =>
        names.Where(n => plan.Resources.Any(r => string.Equals(r.Name, n, StringComparison.Ordinal)));

    private static bool IsTrue(PlannedResource resource, string input) =>
        resource.Inputs.TryGetValue(input, out var value) && value is PlanValue.Literal literal
        && literal.Value.TryGetBool(out var flag) && flag;
}
