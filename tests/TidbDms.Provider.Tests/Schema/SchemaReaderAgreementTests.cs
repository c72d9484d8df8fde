using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Schema;

/// <summary>
/// The schema's input names are exactly what the reader understands: every leaf input the schema
/// publishes, set to a valid non-default value, reaches <see cref="TidbDmsMigrationArgs"/>; a name the
/// schema does not publish is refused.
/// </summary>
public sealed class SchemaReaderAgreementTests
{
    private const string StarterHost = "gateway01.us-west-2.prod.aws.tidbcloud.com";
    private const string StarterPrivateLinkHost = "gateway01-privatelink.us-west-2.prod.aws.tidbcloud.com";
    private const string OtherEndpointArn = "arn:aws:dms:us-west-2:123456789012:endpoint:OTHERENDPOINT";
    private const string TableMappings =
        """{"rules":[{"rule-type":"selection","rule-id":"1","rule-name":"app","object-locator":{"schema-name":"app","table-name":"%"},"rule-action":"include"}]}""";

    private static readonly string CaPem = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Fixtures", "isrg-root-x2.pem"));

    /// <summary>One leaf input: its path, the value to send, what else the rules need beside it, and where it lands.</summary>
    private sealed record Case(
        string Path,
        PropertyValue Value,
        Func<TidbDmsMigrationArgs, object?> Read,
        object? Expected,
        Action<InputMap>? Prerequisites = null);

    private static readonly ImmutableArray<Case> Cases =
    [
        new("tier", Str("Essential"), a => a.Tier, Tier.Essential),
        new("connectivity", Str("PrivateEndpoint"), a => a.Connectivity, Connectivity.PrivateEndpoint, PrivateLink),
        new("endpointType", Str("source"), a => a.EndpointType, EndpointType.Source),

        new("cluster.host", Str("gateway02.us-west-2.prod.aws.tidbcloud.com"), a => a.Cluster.Host.Value, "gateway02.us-west-2.prod.aws.tidbcloud.com"),
        new("cluster.port", PropertyValue.Number(4001), a => a.Cluster.Port.Value, 4001),
        new("cluster.username", Str("3pTAoNNegb47Uc8.dms_user"), a => a.Cluster.Username!.Value, "3pTAoNNegb47Uc8.dms_user"),
        new("cluster.password", Str("another-secret").WithSecret(), a => (a.Cluster.Password!.Value, a.Cluster.Password.IsSecret), ("another-secret", true)),
        new("cluster.databaseName", Str("app"), a => a.Cluster.DatabaseName?.Value, "app"),
        new("cluster.sslMode", Str("verify-ca"), a => a.Cluster.SslMode.Value, SslMode.VerifyCa),
        new("cluster.caCertificatePem", Str(CaPem), a => a.Cluster.CaCertificatePem?.Value, CaPem),

        new("network.vpcCidr", Str("10.20.0.0/16"), a => a.Network.VpcCidr.Value, "10.20.0.0/16"),
        new("network.availabilityZoneCount", PropertyValue.Number(3), a => a.Network.AvailabilityZoneCount, 3),
        new("network.availabilityZones", StrList("us-west-2a", "us-west-2c"), a => a.Network.AvailabilityZones, new[] { "us-west-2a", "us-west-2c" }),
        new("network.publicAccess", Str("PublicSubnet"), a => a.Network.PublicAccess, PublicAccess.PublicSubnet),
        new("network.natGateways", Str("OnePerAz"), a => a.Network.NatGateways, NatGatewayStrategy.OnePerAz),
        new("network.vpcId", Str("vpc-0a1b2c3d4e5f60718"), a => a.Network.ExistingVpc?.VpcId.Value, "vpc-0a1b2c3d4e5f60718", ExistingSubnets),
        new("network.subnetIds", StrList("subnet-0aaaaaaaaaaaaaaa1", "subnet-0bbbbbbbbbbbbbbb2"), a => a.Network.ExistingVpc?.SubnetIds.Value, new[] { "subnet-0aaaaaaaaaaaaaaa1", "subnet-0bbbbbbbbbbbbbbb2" }, m => m.Set("network.vpcId", Str("vpc-0a1b2c3d4e5f60718"))),
        new("network.routeTableIds", StrList("rtb-0aaaaaaaaaaaaaaa1"), a => a.Network.ExistingVpc?.RouteTableIds?.Select(i => i.Value).ToArray(), new[] { "rtb-0aaaaaaaaaaaaaaa1" }, ExistingVpcPeering),

        new("privateEndpoint.serviceName", Str("com.amazonaws.vpce.us-west-2.vpce-svc-0f1e2d3c4b5a69788"), a => a.PrivateEndpoint?.ServiceName.Value, "com.amazonaws.vpce.us-west-2.vpce-svc-0f1e2d3c4b5a69788", PrivateLink),
        new("privateEndpoint.privateDnsEnabled", PropertyValue.Bool(false), a => a.PrivateEndpoint?.PrivateDnsEnabled.Value, false, PrivateLink),

        new("vpcPeering.peeringConnectionId", Str("pcx-0f1e2d3c4b5a69788"), a => a.VpcPeering?.PeeringConnectionId.Value, "pcx-0f1e2d3c4b5a69788", Peering),
        new("vpcPeering.tidbCidr", Str("172.30.0.0/21"), a => a.VpcPeering?.TidbCidr.Value, "172.30.0.0/21", Peering),

        new("replication.mode", Str("Serverless"), a => a.Replication.Mode, ReplicationMode.Serverless, WithTask),
        new("replication.instanceClass", Str("dms.r5.large"), a => a.Replication.InstanceClass.Value, "dms.r5.large"),
        new("replication.allocatedStorage", PropertyValue.Number(100), a => a.Replication.AllocatedStorage.Value, 100),
        new("replication.multiAz", PropertyValue.Bool(true), a => a.Replication.MultiAz.Value, true),
        new("replication.engineVersion", Str("3.5.4"), a => a.Replication.EngineVersion?.Value, "3.5.4"),
        new("replication.kmsKeyArn", Str("arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"), a => a.Replication.KmsKeyArn?.Value, "arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab"),
        new("replication.minCapacityUnits", PropertyValue.Number(2), a => a.Replication.MinCapacityUnits.Value, 2, Serverless),
        new("replication.maxCapacityUnits", PropertyValue.Number(16), a => a.Replication.MaxCapacityUnits.Value, 16, Serverless),
        new("replication.autoMinorVersionUpgrade", PropertyValue.Bool(false), a => a.Replication.AutoMinorVersionUpgrade?.Value, false),
        new("replication.preferredMaintenanceWindow", Str("sat:22:00-sun:01:00"), a => a.Replication.PreferredMaintenanceWindow?.Value, "sat:22:00-sun:01:00"),
        new("replication.applyImmediately", PropertyValue.Bool(true), a => a.Replication.ApplyImmediately?.Value, true),

        new("dmsIamRoles", Str("Create"), a => a.DmsIamRoles, DmsIamRoles.Create),

        new("task.otherEndpointArn", Str(OtherEndpointArn), a => a.Task?.OtherEndpointArn.Value, OtherEndpointArn, m => m.Set("task.schemas", StrList("app"))),
        new("task.migrationType", Str("cdc"), a => a.Task?.MigrationType.Value, MigrationType.Cdc, WithTask),
        new("task.schemas", StrList("app", "crm"), a => a.Task?.Schemas?.Value, new[] { "app", "crm" }, m => m.Set("task.otherEndpointArn", Str(OtherEndpointArn))),
        new("task.tableMappings", Str(TableMappings), a => a.Task?.TableMappings?.Value, TableMappings, m => m.Set("task.otherEndpointArn", Str(OtherEndpointArn))),
        new("task.startReplicationTask", PropertyValue.Bool(true), a => a.Task?.StartReplicationTask.Value, true, WithTask),

        new("tags", PropertyValue.Object(("team", Str("data"))), a => a.Tags?.Value, new Dictionary<string, string> { ["team"] = "data" }),

        new("cluster.secretsManagerSecretArn", Str(SecretArn), a => (a.Cluster.SecretsManagerSecretArn?.Value, a.Cluster.Password), (SecretArn, (Input<string>?)null), m => m.Remove("cluster.password")),
        new("cluster.secretsManagerKmsKeyArn", Str(KeyArn), a => a.Cluster.SecretsManagerKmsKeyArn?.Value, KeyArn, m => m.Remove("cluster.password").Set("cluster.secretsManagerSecretArn", Str(SecretArn))),
        new("cluster.endpointSettings.parallelLoadThreads", PropertyValue.Number(8), a => a.Cluster.EndpointSettings?.ParallelLoadThreads?.Value, 8),
        new("cluster.endpointSettings.maxFileSizeKb", PropertyValue.Number(65536), a => a.Cluster.EndpointSettings?.MaxFileSizeKb?.Value, 65536),
        new("cluster.endpointSettings.targetDbType", Str("MultipleDatabases"), a => a.Cluster.EndpointSettings?.TargetDbType?.Value, TargetDbType.MultipleDatabases),
        new("cluster.endpointSettings.afterConnectScript", Str("SET time_zone = '+00:00'"), a => a.Cluster.EndpointSettings?.AfterConnectScript?.Value, "SET time_zone = '+00:00'"),
        new("cluster.endpointSettings.executeTimeoutSeconds", PropertyValue.Number(120), a => a.Cluster.EndpointSettings?.ExecuteTimeoutSeconds?.Value, 120, m => m.Set("endpointType", Str("source"))),
        new("cluster.endpointSettings.serverTimezone", Str("UTC"), a => a.Cluster.EndpointSettings?.ServerTimezone?.Value, "UTC", m => m.Set("endpointType", Str("source"))),
        new("task.settings.targetTablePrepMode", Str("TruncateBeforeLoad"), a => a.Task?.Settings.TargetTablePrepMode.Value, TargetTablePrepMode.TruncateBeforeLoad, WithTask),
        new("task.settings.lobMode", Str("Full"), a => a.Task?.Settings.LobMode.Value, LobMode.Full, WithTask),
        new("task.settings.lobMaxSizeKb", PropertyValue.Number(64), a => a.Task?.Settings.LobMaxSizeKb.Value, 64, WithTask),
        new("task.settings.fullLoadSubTasks", PropertyValue.Number(16), a => a.Task?.Settings.FullLoadSubTasks.Value, 16, WithTask),
        new("task.settings.validation", PropertyValue.Bool(true), a => a.Task?.Settings.Validation.Value, true, WithTask),
        new("task.settings.batchApply", PropertyValue.Bool(true), a => a.Task?.Settings.BatchApply.Value, true, m => WithTask(m.Set("task.migrationType", Str("cdc")))),
        new("task.settings.logging", PropertyValue.Bool(false), a => a.Task?.Settings.Logging, false, WithTask),
        new("task.settingsJson", Str("{\"ChangeProcessingTuning\":{\"CommitTimeout\":5}}"), a => a.Task?.SettingsJson?.Value, "{\"ChangeProcessingTuning\":{\"CommitTimeout\":5}}", WithTask),
        new("notifications.snsTopicArn", Str("arn:aws:sns:us-west-2:123456789012:dms-events"), a => a.Notifications?.SnsTopicArn.Value, "arn:aws:sns:us-west-2:123456789012:dms-events"),
    ];

    private const string SecretArn = "arn:aws:secretsmanager:us-west-2:123456789012:secret:tidb/dms-AbCdEf";
    private const string KeyArn = "arn:aws:kms:us-west-2:123456789012:key/1234abcd-12ab-34cd-56ef-1234567890ab";

    private static IEnumerable<string> CasePaths() => Cases.Select(c => c.Path);

    [Test]
    public void CasesCoverEveryLeafInputOfTheSchema()
    {
        var leaves = SchemaDocument.Inputs().Where(p => SchemaDocument.ObjectTypeName(p.Value) is null).Select(p => p.Key);

        Assert.That(CasePaths(), Is.EquivalentTo(leaves));
    }

    [TestCaseSource(nameof(CasePaths))]
    public void ReadSchemaInputWithNonDefaultValueReachesArgs(string path)
    {
        var c = Cases.Single(c => c.Path == path);
        var map = InputMap.Valid();
        c.Prerequisites?.Invoke(map);
        map.Set(c.Path, c.Value);

        var result = InputCheck.Run(map.Build());

        Assert.That(result.Errors.Select(e => e.ToString()), Is.Empty, $"inputs: {map}");
        Assert.That(c.Read(result.Args!), Is.EqualTo(c.Expected));
    }

    [TestCase("vpcCidr")]
    [TestCase("cluster.hostName")]
    [TestCase("replication.instanceType")]
    public void ReadInputTheSchemaDoesNotPublishIsRefusedByPath(string path)
    {
        var map = InputMap.Valid();
        map.Set(path, Str("x"));

        var result = InputCheck.Run(map.Build());

        Assert.That(result.Errors.Select(e => e.Path), Is.EqualTo(new[] { path }));
    }

    /// <summary>Starter over the public endpoint, as a target: the smallest input set every rule accepts.</summary>
    private sealed class InputMap
    {
        private readonly SortedDictionary<string, PropertyValue> _top = new(StringComparer.Ordinal);
        private readonly SortedDictionary<string, SortedDictionary<string, PropertyValue>> _objects = new(StringComparer.Ordinal);

        public static InputMap Valid() => new InputMap()
            .Set("tier", Str("Starter"))
            .Set("connectivity", Str("PublicEndpoint"))
            .Set("endpointType", Str("target"))
            .Set("cluster.host", Str(StarterHost))
            .Set("cluster.username", Str("3pTAoNNegb47Uc8.root"))
            .Set("cluster.password", Str("s3cret-pass").WithSecret());

        public InputMap Set(string path, PropertyValue value)
        {
            var dot = path.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                _top[path] = value;
            }
            else
            {
                var parent = path[..dot];
                if (!_objects.TryGetValue(parent, out var properties))
                {
                    _objects[parent] = properties = new(StringComparer.Ordinal);
                }

                SetNested(properties, path[(dot + 1)..], value);
            }

            return this;
        }

        /// <summary>Removes a field of a top-level object.</summary>
        public InputMap Remove(string path)
        {
            var dot = path.IndexOf('.', StringComparison.Ordinal);
            _objects[path[..dot]].Remove(path[(dot + 1)..]);
            return this;
        }

        /// <summary>A field at any depth below a top-level object (objects on the way are created).</summary>
        private static void SetNested(IDictionary<string, PropertyValue> properties, string path, PropertyValue value)
        {
            var dot = path.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0)
            {
                properties[path] = value;
                return;
            }

            var inner = properties.TryGetValue(path[..dot], out var existing) && existing.TryGetObject(out var fields)
                ? fields.ToDictionary(StringComparer.Ordinal)
                : new Dictionary<string, PropertyValue>(StringComparer.Ordinal);
            SetNested(inner, path[(dot + 1)..], value);
            properties[path[..dot]] = PropertyValue.Object(inner);
        }

        public ImmutableSortedDictionary<string, PropertyValue> Build()
        {
            var inputs = _top.ToImmutableSortedDictionary(StringComparer.Ordinal);
            foreach (var (name, properties) in _objects)
            {
                inputs = inputs.SetItem(name, PropertyValue.Object(properties));
            }

            return inputs;
        }

        public override string ToString() => string.Join(", ", Build().Select(p => $"{p.Key}={p.Value}"));
    }

    private static void PrivateLink(InputMap map) => map
        .Set("connectivity", Str("PrivateEndpoint"))
        .Set("cluster.host", Str(StarterPrivateLinkHost))
        .Set("privateEndpoint.serviceName", Str("com.amazonaws.vpce.us-west-2.vpce-svc-0a1b2c3d4e5f67890"));

    private static void Peering(InputMap map) => map
        .Set("tier", Str("Dedicated"))
        .Set("connectivity", Str("VpcPeering"))
        .Set("cluster.host", Str("private-tidb.a1b2c3d4.clusters.tidb-cloud.com"))
        .Set("cluster.username", Str("root"))
        .Set("vpcPeering.peeringConnectionId", Str("pcx-0a1b2c3d4e5f67890"))
        .Set("vpcPeering.tidbCidr", Str("172.16.0.0/21"));

    private static void ExistingSubnets(InputMap map) => map
        .Set("network.subnetIds", StrList("subnet-0aaaaaaaaaaaaaaa1", "subnet-0bbbbbbbbbbbbbbb2"));

    private static void ExistingVpcPeering(InputMap map)
    {
        Peering(map);
        map.Set("network.vpcId", Str("vpc-0a1b2c3d4e5f60718"));
        ExistingSubnets(map);
    }

    private static void WithTask(InputMap map) => map
        .Set("task.otherEndpointArn", Str(OtherEndpointArn))
        .Set("task.schemas", StrList("app"));

    private static void Serverless(InputMap map)
    {
        WithTask(map);
        map.Set("replication.mode", Str("Serverless"));
    }

    private static PropertyValue Str(string value) => PropertyValue.String(value);

    private static PropertyValue StrList(params string[] values) => PropertyValue.Array(values.Select(PropertyValue.String));
}
