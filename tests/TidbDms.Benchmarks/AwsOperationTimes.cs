using TidbDms.Provider.Planning;

namespace TidbDms.Benchmarks;

/// <summary>
/// Typical create and delete times per pulumi-aws resource type: the weights of the deployment-time
/// model. Each is the time from the call to pulumi-aws reporting the resource ready (or gone), which
/// is what the engine waits for before starting what depends on it. They are typical figures, not
/// measurements of this component: where a range is known the model takes its middle, and the
/// README repeats the table. Seconds.
/// </summary>
/// <remarks>
/// Sources and reasoning, per row:
/// <list type="bullet">
/// <item>VPC, subnets, route tables, associations, security groups and rules, internet gateway,
/// Elastic IP, IAM roles, DMS subnet group, certificate and endpoint: single API calls (plus, for the
/// VPC, the two DNS attribute calls; for the gateway, the attach; for a security group, revoking the
/// default egress) that `terraform apply`/`pulumi up` logs show completing in 0–5 s.</item>
/// <item>NAT gateway: AWS creates it "pending" and pulumi-aws waits for "available", typically 1–2 min
/// (90 s); deletion waits for "deleted", about a minute.</item>
/// <item>Interface VPC endpoint (PrivateLink): "pending" to "available" takes about as long as a NAT
/// gateway (90 s); deletion releases its network interfaces, about a minute.</item>
/// <item>VPC peering accepter: accepting an existing request is one call and a short wait for
/// "active"; pulumi-aws's delete only forgets it (0 s).</item>
/// <item>IAM policy attachment: the call is instant, but DMS sees a new role's policy only after IAM
/// propagation; users wait ~10 s for it (terraform-aws-dms sleeps 10 s), counted here.</item>
/// <item>Service-linked role: deletion is asynchronous (pulumi-aws polls the deletion task), ~10 s.</item>
/// <item>DMS replication instance: 5–10 min to "available" (7.5 min; public logs range from ~4 min
/// for the smallest classes to past 10 min); deletion a few minutes (5 min).</item>
/// <item>DMS replication task: "creating" to "ready" ~1 min; with startReplicationTask pulumi-aws also
/// waits for "running" (DMS tests both connections first), ~1 min more; deleting a running task
/// stops it first, ~1 min more.</item>
/// <item>DMS Serverless replication config: creating one that does not start stores settings
/// (5 s). Starting one runs DMS's stages (initializing, metadata, testing connections, calculating
/// and provisioning capacity, starting): a DMS workshop's stage estimates sum to 40–60 min, and
/// terraform-aws-dms raised pulumi-aws's 60 min create timeout because it can take longer (50 min).
/// Deleting a started one stops it and waits for deprovisioning (5 min).</item>
/// </list>
/// </remarks>
internal static class AwsOperationTimes
{
    public const double StartTaskSeconds = 60;
    public const double StopTaskSeconds = 60;
    public const double StartServerlessSeconds = 50 * 60;
    public const double StopServerlessSeconds = 5 * 60;

    /// <summary>The table the README prints: type, create, delete (a started task or replication adds the start/stop rows).</summary>
    public static IReadOnlyList<(string Type, OperationTime Time)> Table { get; } =
    [
        (AwsTypes.Vpc, new(5, 3)),
        (AwsTypes.Subnet, new(3, 3)),
        (AwsTypes.InternetGateway, new(3, 5)),
        (AwsTypes.Eip, new(2, 2)),
        (AwsTypes.NatGateway, new(90, 60)),
        (AwsTypes.RouteTable, new(3, 2)),
        (AwsTypes.RouteTableAssociation, new(1, 1)),
        (AwsTypes.SecurityGroup, new(4, 3)),
        (AwsTypes.SecurityGroupEgressRule, new(1, 1)),
        (AwsTypes.SecurityGroupIngressRule, new(1, 1)),
        (AwsTypes.VpcEndpoint, new(90, 60)),
        (AwsTypes.VpcPeeringConnectionAccepter, new(5, 0)),
        (AwsTypes.Role, new(2, 2)),
        (AwsTypes.RolePolicyAttachment, new(10, 2)),
        (AwsTypes.ServiceLinkedRole, new(3, 10)),
        (AwsTypes.ReplicationSubnetGroup, new(3, 3)),
        (AwsTypes.ReplicationInstance, new(450, 300)),
        (AwsTypes.Certificate, new(2, 2)),
        (AwsTypes.Endpoint, new(3, 3)),
        (AwsTypes.ReplicationTask, new(60, 60)),
        (AwsTypes.ReplicationConfig, new(5, 5)),
    ];

    private static readonly Dictionary<string, OperationTime> ByType = Table.ToDictionary(r => r.Type, r => r.Time, StringComparer.Ordinal);

    /// <summary>The time of one child, counting the start (create) or stop (delete) of a replication that starts on creation.</summary>
    public static OperationTime For(PlannedResource resource)
    {
        var time = ByType.TryGetValue(resource.Type, out var known)
            ? known
            : throw new InvalidOperationException($"no typical time for {resource.Type}: add it to {nameof(AwsOperationTimes)}");
        return resource.Type switch
        {
            AwsTypes.ReplicationTask when Starts(resource, AwsInputs.ReplicationTask.StartReplicationTask) =>
                new(time.CreateSeconds + StartTaskSeconds, time.DeleteSeconds + StopTaskSeconds),
            AwsTypes.ReplicationConfig when Starts(resource, AwsInputs.ReplicationConfig.StartReplication) =>
                new(time.CreateSeconds + StartServerlessSeconds, time.DeleteSeconds + StopServerlessSeconds),
            _ => time,
        };
    }

    private static bool Starts(PlannedResource resource, string input) =>
        resource.Inputs.TryGetValue(input, out var value) && value is PlanValue.Literal literal
        && literal.Value.TryGetBool(out var starts) && starts;
}
