using System.Text.Json.Nodes;

namespace TidbDms.Provider.Cli;

/// <summary>
/// The changes of a diff a reviewer must not miss, each said with its consequence: a DMS
/// identifier that changes (the resource is recreated under the new name), the CA certificate
/// replaced (and what happens to the endpoint that uses it), the TiDB endpoint, the replication
/// instance or the task recreated (migration state lost: the task starts over), a NAT gateway or
/// its address removed (the path to a public endpoint), a route to the peering or a NAT gateway
/// removed, the peering acceptance removed; and protected or retained resources that would be
/// replaced or deleted.
/// </summary>
internal static class ReviewNotes
{
    private const string Certificate = "aws:dms/certificate:Certificate";
    private const string Endpoint = "aws:dms/endpoint:Endpoint";
    private const string ReplicationInstance = "aws:dms/replicationInstance:ReplicationInstance";
    private const string ReplicationTask = "aws:dms/replicationTask:ReplicationTask";
    private const string ReplicationConfig = "aws:dms/replicationConfig:ReplicationConfig";
    private const string NatGateway = "aws:ec2/natGateway:NatGateway";
    private const string Eip = "aws:ec2/eip:Eip";
    private const string RouteTable = "aws:ec2/routeTable:RouteTable";
    private const string PeeringAccepter = "aws:ec2/vpcPeeringConnectionAccepter:VpcPeeringConnectionAccepter";

    /// <summary>The DMS inputs that name a resource in AWS, by type.</summary>
    private static readonly Dictionary<string, string> Identifiers = new(StringComparer.Ordinal)
    {
        ["aws:dms/replicationSubnetGroup:ReplicationSubnetGroup"] = "replicationSubnetGroupId",
        [ReplicationInstance] = "replicationInstanceId",
        [Certificate] = "certificateId",
        [Endpoint] = "endpointId",
        [ReplicationTask] = "replicationTaskId",
        [ReplicationConfig] = "replicationConfigIdentifier",
    };

    public static IReadOnlyList<string> For(IReadOnlyList<ResourceChange> rows)
    {
        var notes = new List<string>();
        string Users(ResourceChange of) => string.Join(", ", rows
            .Where(r => r.Kind != ChangeKind.Delete && r.Resource.PropertyDependencies.Values.Any(u => u.Contains(of.Resource.Urn, StringComparer.Ordinal)))
            .Select(r => $"{r.Resource.Name} ({Verb(r.Kind)})"));

        foreach (var row in rows)
        {
            var resource = row.Resource;
            var name = $"`{resource.Name}`";
            if (row.Kind == ChangeKind.Replace && Identifiers.TryGetValue(resource.Type, out var identifier)
                && row.Changes.FirstOrDefault(c => c.Path == identifier && c.Via is null) is { } renamed)
            {
                notes.Add($"DMS identifier of {name} changes ({Show(renamed.Old)} → {Show(renamed.New)}): it is deleted and created again under the new identifier");
            }

            switch (resource.Type, row.Kind)
            {
                case (Certificate, ChangeKind.Replace or ChangeKind.Delete):
                    var users = Users(row);
                    notes.Add($"the CA certificate {name} is {Verb(row.Kind)}{(row.DeleteFirst ? " (deleted first: its identifier is fixed)" : "")}"
                        + (users.Length > 0 ? $"; the endpoint that uses it: {users}" : ""));
                    break;
                case (Endpoint, ChangeKind.Replace or ChangeKind.Delete):
                    var tasks = Users(row);
                    notes.Add($"the TiDB endpoint {name} is {Verb(row.Kind)}: DMS tests its connection again"
                        + (tasks.Length > 0 ? $"; the task that uses it: {tasks}" : ""));
                    break;
                case (ReplicationInstance, ChangeKind.Replace or ChangeKind.Delete):
                    notes.Add($"the replication instance {name} is {Verb(row.Kind)}: the migration state on it is lost (a task's full-load progress and CDC position); a task starts over");
                    break;
                case (ReplicationTask or ReplicationConfig, ChangeKind.Replace or ChangeKind.Delete):
                    notes.Add($"the replication {(resource.Type == ReplicationTask ? "task" : "config")} {name} is {Verb(row.Kind)}: its progress is lost (full load again, CDC from the new start)");
                    break;
                case (NatGateway, ChangeKind.Delete):
                    notes.Add($"the NAT gateway {name} is removed: the private subnets routed through it lose their way to the internet (and to a public TiDB endpoint)");
                    break;
                case (NatGateway, ChangeKind.Replace):
                    notes.Add($"the NAT gateway {name} is replaced: connections through it (a running task's, to a public TiDB endpoint) drop while the route moves to the new one");
                    break;
                case (Eip, ChangeKind.Replace or ChangeKind.Delete):
                    notes.Add($"the NAT gateway address {name} is {Verb(row.Kind)}: DMS reaches TiDB from another public IP; update the cluster's IP access list");
                    break;
                case (PeeringAccepter, ChangeKind.Delete or ChangeKind.Replace):
                    notes.Add($"the VPC peering acceptance {name} is {Verb(row.Kind)}: DMS loses its path to the TiDB cluster over the peering");
                    break;
            }

            if (resource.Type == RouteTable)
            {
                var removed = row.Kind == ChangeKind.Delete
                    ? (resource.Inputs["routes"] as JsonArray ?? []).Select(r => r as JsonObject)
                    : row.Changes.Where(c => c.Path.StartsWith("routes[", StringComparison.Ordinal) && c.New is null && c.Old is JsonObject).Select(c => c.Old as JsonObject);
                foreach (var route in removed.OfType<JsonObject>())
                {
                    var target = route.ContainsKey("vpcPeeringConnectionId") ? "vpcPeeringConnectionId" : route.ContainsKey("natGatewayId") ? "natGatewayId" : null;
                    var via = target == "vpcPeeringConnectionId" ? "the VPC peering" : "a NAT gateway";

                    // Moved to another table of the plan (tables merged or split) is not a route lost.
                    if (target is not null && !StillRouted(rows, route["cidrBlock"], target))
                    {
                        notes.Add($"the route to {Show(route["cidrBlock"])} through {via} is removed from {name}: DMS cannot reach the cluster that way");
                    }
                }
            }

            if (row.Kind is ChangeKind.Replace or ChangeKind.Delete && resource.Options.Protect == true)
            {
                notes.Add($"{name} is protected: pulumi up refuses to {(row.Kind == ChangeKind.Delete ? "delete" : "replace")} it until protect is removed");
            }

            if (row.Kind is ChangeKind.Replace or ChangeKind.Delete && resource.Options.RetainOnDelete == true)
            {
                notes.Add($"{name} is retained on delete: the old one stays in AWS (and still holds its name)");
            }
        }

        return notes;
    }

    /// <summary>Whether some route table the plan keeps or creates still routes <paramref name="destination"/> through a target of that kind.</summary>
    private static bool StillRouted(IReadOnlyList<ResourceChange> rows, JsonNode? destination, string target) =>
        rows.Where(r => r.Resource.Type == RouteTable && r.Kind != ChangeKind.Delete)
            .SelectMany(r => r.Resource.Inputs["routes"] as JsonArray ?? [])
            .OfType<JsonObject>()
            .Any(route => route.ContainsKey(target) && JsonNode.DeepEquals(route["cidrBlock"], destination));

    public static string Verb(ChangeKind kind) => kind switch
    {
        ChangeKind.Create => "created",
        ChangeKind.Update => "updated",
        ChangeKind.Replace => "replaced",
        ChangeKind.Delete => "deleted",
        _ => "unchanged",
    };

    /// <summary>A value as notes and tables show it: strings bare, anything else as compact JSON, absent as <c>(none)</c>.</summary>
    public static string Show(JsonNode? value) => value switch
    {
        null => "(none)",
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => v.GetValue<string>(),
        _ => value.ToJsonString(),
    };
}
