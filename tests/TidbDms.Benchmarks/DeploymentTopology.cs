using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;
using TidbDms.Testing;

namespace TidbDms.Benchmarks;

/// <summary>
/// One topology of the deployment-time table: the component's inputs as a program would give them
/// (read by the real args reader), and its plan. Dedicated, TiDB as target: the tier and endpoint
/// type do not change the graph (the golden graph tests check that).
/// </summary>
internal sealed record DeploymentTopology(string Network, string Compute, bool CreateRoles, ImmutableSortedDictionary<string, PropertyValue> Inputs)
{
    private const string Region = "us-west-2";

    public string Name => $"{Network}, {Compute}{(CreateRoles ? ", roles created" : "")}";

    public MigrationPlan Plan()
    {
        var read = InputCheck.Run(Inputs);
        var args = read.Args ?? throw new InvalidOperationException($"{Name}: {string.Join("; ", read.Errors)}");
        return Planner.Plan("mig", args, OfflinePlanContext.For(Region, "bench", "dev"));
    }

    /// <summary>Every network × compute × DMS roles choice the contract allows (Serverless has no public-subnet access).</summary>
    public static IEnumerable<DeploymentTopology> All()
    {
        foreach (var (network, networkInputs) in Networks())
        {
            foreach (var (compute, computeInputs) in Computes())
            {
                if (network == "public subnets" && compute.StartsWith("Serverless", StringComparison.Ordinal))
                {
                    continue;
                }

                foreach (var createRoles in new[] { false, true })
                {
                    var inputs = Base()
                        .SetItems(networkInputs)
                        .SetItems(computeInputs)
                        .SetItem("dmsIamRoles", S(createRoles ? "Create" : "Existing"));
                    yield return new DeploymentTopology(network, compute, createRoles, inputs);
                }
            }
        }
    }

    private static IEnumerable<(string Name, Dictionary<string, PropertyValue> Inputs)> Networks()
    {
        yield return ("public NAT", NetworkInputs("PublicEndpoint", ("natGateways", S("Single"))));
        yield return ("public NAT per AZ (3)", NetworkInputs("PublicEndpoint", ("natGateways", S("OnePerAz")), ("availabilityZoneCount", PropertyValue.Number(3))));
        yield return ("public subnets", NetworkInputs("PublicEndpoint", ("publicAccess", S("PublicSubnet"))));

        var privateLink = NetworkInputs("PrivateEndpoint");
        privateLink["privateEndpoint"] = PropertyValue.Object(("serviceName", S("com.amazonaws.vpce.us-west-2.vpce-svc-0123456789abcdef0")));
        yield return ("PrivateLink", privateLink);

        var peering = NetworkInputs("VpcPeering");
        peering["vpcPeering"] = PropertyValue.Object(("peeringConnectionId", S("pcx-0123456789abcdef0")), ("tidbCidr", S("172.16.0.0/21")));
        yield return ("VPC peering", peering);
    }

    private static IEnumerable<(string Name, Dictionary<string, PropertyValue> Inputs)> Computes()
    {
        yield return ("instance", new(StringComparer.Ordinal));
        yield return ("instance + task", new(StringComparer.Ordinal) { ["task"] = Task(start: false) });
        yield return ("instance + task started", new(StringComparer.Ordinal) { ["task"] = Task(start: true) });
        yield return ("Serverless", new(StringComparer.Ordinal) { ["replication"] = Serverless(), ["task"] = Task(start: false) });
        yield return ("Serverless started", new(StringComparer.Ordinal) { ["replication"] = Serverless(), ["task"] = Task(start: true) });
    }

    private static ImmutableSortedDictionary<string, PropertyValue> Base() => new Dictionary<string, PropertyValue>
    {
        ["tier"] = S("Dedicated"),
        ["endpointType"] = S("target"),
        ["cluster"] = PropertyValue.Object(
            ("host", S("tidb.c1a2b3.clusters.tidb-cloud.com")),
            ("username", S("dms")),
            ("password", S("bench-password").WithSecret()),
            ("caCertificatePem", S("-----BEGIN CERTIFICATE-----\nMIIBbench\n-----END CERTIFICATE-----\n"))),
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    private static Dictionary<string, PropertyValue> NetworkInputs(string connectivity, params (string Key, PropertyValue Value)[] network) =>
        new(StringComparer.Ordinal) { ["connectivity"] = S(connectivity), ["network"] = PropertyValue.Object(network) };

    private static PropertyValue Serverless() => PropertyValue.Object(("mode", S("Serverless")));

    private static PropertyValue Task(bool start) => PropertyValue.Object(
        ("otherEndpointArn", S("arn:aws:dms:us-west-2:123456789012:endpoint:SOURCE")),
        ("migrationType", S("full-load")),
        ("schemas", PropertyValue.Array(S("shop"))),
        ("startReplicationTask", PropertyValue.Bool(start)));

    private static PropertyValue S(string value) => PropertyValue.String(value);
}
