using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Cli;

/// <summary>
/// A Mermaid flowchart of the network each component builds: the VPC with its subnets grouped per
/// availability zone, the way out (NAT gateway and internet gateway, internet gateway alone,
/// interface VPC endpoint, or peering connection), the DMS replication instance or Serverless
/// config, and the TiDB cluster outside the VPC, with edges along the path DMS takes to it.
/// </summary>
/// <remarks>
/// It reads only registrations (types, inputs, property dependencies), never the plan, so it
/// draws whatever an engine recorded. Security groups, route tables, IAM roles, certificates and
/// the DMS endpoint are left out: they do not change the path.
/// </remarks>
internal static class PreviewMermaidRenderer
{
    public static void Render(PreviewResult result, TextWriter output)
    {
        var text = new StringBuilder();
        text.Append("flowchart LR\n");
        foreach (var assumption in result.Assumptions)
        {
            text.Append(CultureInfo.InvariantCulture, $"    %% assumed: {assumption}\n");
        }

        var drawn = result.Components.Where(c => c.Succeeded).ToList();
        if (drawn.Count == 0)
        {
            text.Append("    %% no TidbDmsMigration was previewed\n");
        }

        // One set of ids for the whole diagram: names that read the same as ids ('a-b', 'a_b') get distinct ones.
        var ids = new MermaidIds();
        foreach (var component in drawn)
        {
            new Topology(component, ids, zonesAssumed: !result.Assumptions.IsEmpty).Write(text);
        }

        output.Write(text.ToString());
    }

    /// <summary>Mermaid ids: letters, digits and underscores only.</summary>
    internal static string Id(string name)
    {
        var id = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            id.Append(char.IsAsciiLetterOrDigit(c) ? c : '_');
        }

        return id.ToString();
    }

    /// <summary>A quoted label; lines joined with <c>&lt;br/&gt;</c>, quotes escaped as Mermaid wants.</summary>
    private static string Label(params string?[] lines) =>
        "\"" + string.Join("<br/>", lines.Where(l => !string.IsNullOrEmpty(l))).Replace("\"", "#quot;", StringComparison.Ordinal) + "\"";

    private static string? Text(PropertyValue? value) => value switch
    {
        null => null,
        { IsSecret: true } => "[secret]",
        { IsComputed: true } => null,
        _ when value.TryGetString(out var s) => s,
        _ when value.TryGetNumber(out var n) => n.ToString("R", CultureInfo.InvariantCulture),
        _ when value.TryGetBool(out var b) => b ? "true" : "false",
        _ => null,
    };

    private sealed class Topology
    {
        private readonly PreviewComponentResult _component;
        private readonly ImmutableArray<RegisteredResource> _children;
        private readonly MermaidIds _ids;
        private readonly bool _zonesAssumed;
        private readonly ImmutableHashSet<string> _pinnedZones;

        public Topology(PreviewComponentResult component, MermaidIds ids, bool zonesAssumed)
        {
            _zonesAssumed = zonesAssumed;
            _pinnedZones = PinnedZones(component.Component);
            _ids = ids;
            _component = component;
            _children = component.Children;
        }

        /// <summary>
        /// The zones the program named (<c>network.availabilityZones</c>): facts, not the offline engine's
        /// stand-ins, so the diagram does not mark them assumed.
        /// </summary>
        private static ImmutableHashSet<string> PinnedZones(RegisteredResource component) =>
            component.Inputs.TryGetValue("network", out var network) && network.TryGetObject(out var fields)
                && fields.TryGetValue("availabilityZones", out var zones) && zones.TryGetArray(out var items)
                ? [.. items.Select(z => z.TryGetString(out var zone) ? zone : "").Where(z => z.Length > 0)]
                : [];

        private bool IsAssumed(string zone) => _zonesAssumed && zone != "zone not known yet" && !_pinnedZones.Contains(zone);

        private IEnumerable<RegisteredResource> OfType(string type) =>
            _children.Where(c => string.Equals(c.Type, type, StringComparison.Ordinal));

        private static ImmutableArray<string> DependenciesOf(RegisteredResource resource, string property) =>
            resource.PropertyDependencies.TryGetValue(property, out var urns) ? urns : [];

        private static PropertyValue? Input(RegisteredResource resource, string property) =>
            resource.Inputs.TryGetValue(property, out var value) ? value : null;

        private static PropertyValue? Input(RegisteredResource resource, string property, string nested) =>
            Input(resource, property) is { } outer && outer.TryGetObject(out var entries) && entries.TryGetValue(nested, out var value)
                ? value
                : null;

        private bool IsPublic(RegisteredResource subnet)
        {
            var internetGateways = OfType(AwsTypes.InternetGateway).Select(r => r.Urn).ToHashSet(StringComparer.Ordinal);
            var tables = OfType(AwsTypes.RouteTableAssociation)
                .Where(a => DependenciesOf(a, "subnetId").Contains(subnet.Urn, StringComparer.Ordinal))
                .SelectMany(a => DependenciesOf(a, "routeTableId"))
                .ToHashSet(StringComparer.Ordinal);
            if (tables.Count > 0)
            {
                var viaRoutes = OfType(AwsTypes.Route).Any(r =>
                    DependenciesOf(r, "routeTableId").Any(tables.Contains) && DependenciesOf(r, "gatewayId").Any(internetGateways.Contains));
                var inline = OfType(AwsTypes.RouteTable).Any(t => tables.Contains(t.Urn) && DependenciesOf(t, "routes").Any(internetGateways.Contains));
                return viaRoutes || inline;
            }

            return Input(subnet, "mapPublicIpOnLaunch") is { } map && map.TryGetBool(out var mapsPublicIp)
                ? mapsPublicIp
                : subnet.Name.Contains("public", StringComparison.OrdinalIgnoreCase);
        }

        private string ZoneOf(RegisteredResource subnet) =>
            Text(Input(subnet, "availabilityZone")) ?? Text(Input(subnet, "availabilityZoneId")) ?? "zone not known yet";

        public void Write(StringBuilder text)
        {
            var name = _component.Component.Name;
            var subnets = OfType(AwsTypes.Subnet).ToList();
            var subnetByUrn = subnets.ToDictionary(s => s.Urn, StringComparer.Ordinal);
            var nats = OfType(AwsTypes.NatGateway).ToList();
            var internetGateway = OfType(AwsTypes.InternetGateway).FirstOrDefault();
            var endpoint = OfType(AwsTypes.VpcEndpoint).FirstOrDefault();
            var peering = OfType(AwsTypes.VpcPeeringConnectionAccepter).FirstOrDefault();
            var dms = OfType(AwsTypes.ReplicationInstance).FirstOrDefault() ?? OfType(AwsTypes.ReplicationConfig).FirstOrDefault();
            var vpc = OfType(AwsTypes.Vpc).FirstOrDefault();

            text.Append(CultureInfo.InvariantCulture, $"    %% {name} ({_component.Component.Type})\n");
            var inner = "    ";
            if (vpc is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"    subgraph {_ids.Of(vpc.Name)}[{Label("VPC " + vpc.Name, Text(Input(vpc, "cidrBlock")))}]\n");
                text.Append("        direction TB\n");
                inner = "        ";
            }

            var natZone = nats.ToDictionary(
                n => n.Urn,
                n => DependenciesOf(n, "subnetId").Where(subnetByUrn.ContainsKey).Select(u => ZoneOf(subnetByUrn[u])).FirstOrDefault(),
                StringComparer.Ordinal);
            foreach (var zone in subnets.Select(ZoneOf).Distinct(StringComparer.Ordinal))
            {
                text.Append(CultureInfo.InvariantCulture, $"{inner}subgraph {_ids.Of(name + "_az_" + zone)}[{Label(IsAssumed(zone) ? zone + " (assumed)" : zone)}]\n");
                foreach (var subnet in subnets.Where(s => string.Equals(ZoneOf(s), zone, StringComparison.Ordinal)))
                {
                    var kind = IsPublic(subnet) ? "public subnet" : "private subnet";
                    text.Append(CultureInfo.InvariantCulture, $"{inner}    {_ids.Of(subnet.Name)}[{Label(kind, subnet.Name, Text(Input(subnet, "cidrBlock")))}]\n");
                }

                foreach (var nat in nats.Where(n => string.Equals(natZone[n.Urn], zone, StringComparison.Ordinal)))
                {
                    text.Append(CultureInfo.InvariantCulture, $"{inner}    {_ids.Of(nat.Name)}{{{{{Label("NAT gateway", nat.Name)}}}}}\n");
                }

                text.Append(CultureInfo.InvariantCulture, $"{inner}end\n");
            }

            foreach (var nat in nats.Where(n => natZone[n.Urn] is null))
            {
                text.Append(CultureInfo.InvariantCulture, $"{inner}{_ids.Of(nat.Name)}{{{{{Label("NAT gateway", nat.Name)}}}}}\n");
            }

            if (internetGateway is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"{inner}{_ids.Of(internetGateway.Name)}(({Label("internet gateway", internetGateway.Name)}))\n");
            }

            if (endpoint is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"{inner}{_ids.Of(endpoint.Name)}[/{Label("interface VPC endpoint (PrivateLink)", endpoint.Name, Text(Input(endpoint, "serviceName")))}/]\n");
            }

            if (peering is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"{inner}{_ids.Of(peering.Name)}[/{Label("VPC peering (accepted)", peering.Name, Text(Input(peering, "vpcPeeringConnectionId")))}/]\n");
            }

            if (dms is not null)
            {
                var isInstance = string.Equals(dms.Type, AwsTypes.ReplicationInstance, StringComparison.Ordinal);
                var detail = isInstance
                    ? Text(Input(dms, "replicationInstanceClass"))
                    : Capacity(Input(dms, "computeConfig", "minCapacityUnits"), Input(dms, "computeConfig", "maxCapacityUnits"));
                text.Append(CultureInfo.InvariantCulture, $"{inner}{_ids.Of(dms.Name)}[[{Label(isInstance ? "DMS replication instance" : "DMS Serverless replication", dms.Name, detail)}]]\n");
            }

            if (vpc is not null)
            {
                text.Append("    end\n");
            }

            var tidb = _ids.Of(name + "_tidb");
            text.Append(CultureInfo.InvariantCulture, $"    {tidb}[({TidbLabel()})]\n");
            if (dms is null)
            {
                return;
            }

            var dmsId = _ids.Of(dms.Name);
            foreach (var subnet in SubnetGroupOf(dms, subnetByUrn))
            {
                text.Append(CultureInfo.InvariantCulture, $"    {dmsId} -. subnet group .- {_ids.Of(subnet.Name)}\n");
            }

            var last = $"|{Label(Connection())}|";
            if (endpoint is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {dmsId} --> {_ids.Of(endpoint.Name)}\n");
                text.Append(CultureInfo.InvariantCulture, $"    {_ids.Of(endpoint.Name)} -->{last} {tidb}\n");
            }
            else if (peering is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {dmsId} -->|{Label("route to " + (PeeringCidr() ?? "the TiDB CIDR"))}| {_ids.Of(peering.Name)}\n");
                text.Append(CultureInfo.InvariantCulture, $"    {_ids.Of(peering.Name)} -->{last} {tidb}\n");
            }
            else if (nats.Count > 0 && internetGateway is not null)
            {
                foreach (var nat in nats)
                {
                    text.Append(CultureInfo.InvariantCulture, $"    {dmsId} -->|{Label("0.0.0.0/0")}| {_ids.Of(nat.Name)}\n");
                    text.Append(CultureInfo.InvariantCulture, $"    {_ids.Of(nat.Name)} --> {_ids.Of(internetGateway.Name)}\n");
                }

                text.Append(CultureInfo.InvariantCulture, $"    {_ids.Of(internetGateway.Name)} -->{last} {tidb}\n");
            }
            else if (internetGateway is not null)
            {
                text.Append(CultureInfo.InvariantCulture, $"    {dmsId} -->|{Label("public IP")}| {_ids.Of(internetGateway.Name)}\n");
                text.Append(CultureInfo.InvariantCulture, $"    {_ids.Of(internetGateway.Name)} -->{last} {tidb}\n");
            }
            else
            {
                text.Append(CultureInfo.InvariantCulture, $"    {dmsId} -->{last} {tidb}\n");
            }
        }

        private IEnumerable<RegisteredResource> SubnetGroupOf(RegisteredResource dms, Dictionary<string, RegisteredResource> subnetByUrn)
        {
            var groups = DependenciesOf(dms, "replicationSubnetGroupId")
                .Concat(DependenciesOf(dms, "computeConfig"))
                .ToHashSet(StringComparer.Ordinal);
            return OfType(AwsTypes.ReplicationSubnetGroup)
                .Where(g => groups.Contains(g.Urn))
                .SelectMany(g => DependenciesOf(g, "subnetIds"))
                .Where(subnetByUrn.ContainsKey)
                .Distinct(StringComparer.Ordinal)
                .Select(u => subnetByUrn[u]);
        }

        private static string? Capacity(PropertyValue? min, PropertyValue? max) =>
            Text(min) is { } low && Text(max) is { } high ? $"{low}-{high} DCU" : null;

        private RegisteredResource? TidbEndpoint => OfType(AwsTypes.Endpoint).FirstOrDefault();

        private string TidbLabel()
        {
            var inputs = _component.Component;
            var tier = Text(Input(inputs, "tier"));
            var host = (TidbEndpoint is { } e ? Text(Input(e, "serverName")) : null) ?? Text(Input(inputs, "cluster", "host")) ?? "host not known yet";
            var port = (TidbEndpoint is { } p ? Text(Input(p, "port")) : null) ?? Text(Input(inputs, "cluster", "port"));
            return Label(tier is null ? "TiDB Cloud" : $"TiDB Cloud {tier}", port is null ? host : $"{host}:{port}");
        }

        private string Connection()
        {
            var port = (TidbEndpoint is { } e ? Text(Input(e, "port")) : null) ?? Text(Input(_component.Component, "cluster", "port"));
            var ssl = TidbEndpoint is { } s ? Text(Input(s, "sslMode")) : null;
            var tls = ssl switch
            {
                null => null,
                "none" => "no TLS",
                _ => $"TLS {ssl}",
            };
            return string.Join(", ", new[] { port is null ? "TCP" : $"TCP {port}", tls }.Where(p => p is not null));
        }

        private string? PeeringCidr() => Text(Input(_component.Component, "vpcPeering", "tidbCidr"));
    }
}
