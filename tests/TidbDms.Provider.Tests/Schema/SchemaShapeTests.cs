using System.Text.Encodings.Web;
using System.Text.Json;
using System.Xml.Linq;
using TidbDms.Provider.Component;
using TidbDms.Provider.Schema;

namespace TidbDms.Provider.Tests.Schema;

/// <summary>The published schema against the public contract: every input, output, enum and flag, written out here.</summary>
public sealed class SchemaShapeTests
{
    /// <summary>One input as the public contract defines it.</summary>
    public sealed record ExpectedInput(string Path, string Type, bool Plain = false, bool Secret = false, bool Required = false, object? Default = null)
    {
        public override string ToString() => Path;
    }

    private static readonly ExpectedInput[] ContractTable =
    [
        new("tier", "enum:Tier", Plain: true, Required: true),
        new("connectivity", "enum:Connectivity", Plain: true, Required: true),
        new("endpointType", "enum:EndpointType", Plain: true, Required: true),
        new("cluster", "object:Cluster", Required: true),
        new("cluster.host", "string", Required: true),
        new("cluster.port", "integer", Default: 4000),
        new("cluster.username", "string"),
        new("cluster.password", "string", Secret: true),
        new("cluster.databaseName", "string"),
        new("cluster.sslMode", "enum:SslMode"),
        new("cluster.caCertificatePem", "string"),
        new("cluster.secretsManagerSecretArn", "string"),
        new("cluster.secretsManagerKmsKeyArn", "string"),
        new("cluster.endpointSettings", "object:EndpointSettings"),
        new("cluster.endpointSettings.parallelLoadThreads", "integer"),
        new("cluster.endpointSettings.maxFileSizeKb", "integer"),
        new("cluster.endpointSettings.targetDbType", "enum:TargetDbType"),
        new("cluster.endpointSettings.afterConnectScript", "string"),
        new("cluster.endpointSettings.executeTimeoutSeconds", "integer"),
        new("cluster.endpointSettings.serverTimezone", "string"),
        new("network", "object:Network", Plain: true),
        new("network.vpcCidr", "string", Default: "10.0.0.0/16"),
        new("network.availabilityZoneCount", "integer", Plain: true, Default: 2),
        new("network.availabilityZones", "string[]", Plain: true),
        new("network.publicAccess", "enum:PublicAccess", Plain: true, Default: "NatGateway"),
        new("network.natGateways", "enum:NatGatewayStrategy", Plain: true, Default: "Single"),
        new("network.vpcId", "string"),
        new("network.subnetIds", "string[]"),
        new("network.routeTableIds", "string[]"),
        new("privateEndpoint", "object:PrivateEndpoint"),
        new("privateEndpoint.serviceName", "string", Required: true),
        new("privateEndpoint.privateDnsEnabled", "boolean", Default: true),
        new("vpcPeering", "object:VpcPeering"),
        new("vpcPeering.peeringConnectionId", "string", Required: true),
        new("vpcPeering.tidbCidr", "string", Required: true),
        new("replication", "object:Replication", Plain: true),
        new("replication.mode", "enum:ReplicationMode", Plain: true, Default: "Instance"),
        new("replication.instanceClass", "string", Default: "dms.t3.large"),
        new("replication.allocatedStorage", "integer", Default: 50),
        new("replication.multiAz", "boolean", Default: false),
        new("replication.engineVersion", "string"),
        new("replication.kmsKeyArn", "string"),
        new("replication.minCapacityUnits", "integer", Default: 1),
        new("replication.maxCapacityUnits", "integer", Default: 4),
        new("replication.autoMinorVersionUpgrade", "boolean"),
        new("replication.preferredMaintenanceWindow", "string"),
        new("replication.applyImmediately", "boolean", Default: false),
        new("dmsIamRoles", "enum:DmsIamRoles", Plain: true, Default: "Existing"),
        new("task", "object:Task", Plain: true),
        new("task.otherEndpointArn", "string", Required: true),
        new("task.migrationType", "enum:MigrationType", Default: "full-load"),
        new("task.schemas", "string[]"),
        new("task.tableMappings", "string"),
        new("task.startReplicationTask", "boolean", Default: false),
        new("task.settings", "object:TaskSettings", Plain: true),
        new("task.settings.targetTablePrepMode", "enum:TargetTablePrepMode"),
        new("task.settings.lobMode", "enum:LobMode", Default: "Limited"),
        new("task.settings.lobMaxSizeKb", "integer", Default: 32),
        new("task.settings.fullLoadSubTasks", "integer", Default: 8),
        new("task.settings.validation", "boolean", Default: false),
        new("task.settings.batchApply", "boolean", Default: false),
        new("task.settings.logging", "boolean", Plain: true, Default: true),
        new("task.settingsJson", "string"),
        new("tags", "map<string>"),
        new("notifications", "object:Notifications", Plain: true),
        new("notifications.snsTopicArn", "string", Required: true),
    ];

    [Test]
    public void InputsAreExactlyTheContractInputs()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SchemaDocument.Inputs().Keys, Is.EquivalentTo(ContractTable.Select(e => e.Path)));
            Assert.That(ContractInputs.All.Select(s => s.Path), Is.EqualTo(ContractTable.Select(e => e.Path)));
        });
    }

    [TestCaseSource(nameof(ContractTable))]
    public void InputHasContractTypeFlagsAndDefault(ExpectedInput expected)
    {
        var property = SchemaDocument.Inputs()[expected.Path];
        var name = expected.Path[(expected.Path.LastIndexOf('.') + 1)..];

        Assert.Multiple(() =>
        {
            Assert.That(SchemaDocument.ShortType(property), Is.EqualTo(expected.Type));
            Assert.That(SchemaDocument.Flag(property, "plain"), Is.EqualTo(expected.Plain), "plain");
            Assert.That(SchemaDocument.Flag(property, "secret"), Is.EqualTo(expected.Secret), "secret");
            Assert.That(SchemaDocument.RequiredBeside(expected.Path).Contains(name), Is.EqualTo(expected.Required), "required");
            Assert.That(SchemaDocument.Default(property), Is.EqualTo(expected.Default), "default");
            Assert.That(property.GetProperty("description").GetString(), Does.StartWith(ContractInputs.Get(expected.Path).Description));
        });
    }

    [Test]
    public void PlainListHasPlainItems()
    {
        var zones = SchemaDocument.Inputs()["network.availabilityZones"];

        Assert.That(SchemaDocument.Flag(zones.GetProperty("items"), "plain"), Is.True);
    }

    [Test]
    public void PasswordIsTheOnlySecretInput()
    {
        var secrets = SchemaDocument.Inputs().Where(p => SchemaDocument.Flag(p.Value, "secret")).Select(p => p.Key);

        Assert.That(secrets, Is.EqualTo(["cluster.password"]));
    }

    [Test]
    public void PlainInputsAreTheStructuralChoices()
    {
        var plain = SchemaDocument.Inputs().Where(p => SchemaDocument.Flag(p.Value, "plain")).Select(p => p.Key);

        Assert.That(plain, Is.EquivalentTo([
            "tier", "connectivity", "endpointType",
            "network", "network.availabilityZoneCount", "network.availabilityZones", "network.publicAccess", "network.natGateways",
            "replication", "replication.mode",
            "dmsIamRoles",
            "task", "task.settings", "task.settings.logging",
            "notifications",]));
    }

    [TestCase("cluster.port", "The cluster's SQL port. Default: `4000`.")]
    [TestCase("network.vpcCidr", "The VPC's IPv4 CIDR, from /16 to /24. Subnets are carved from it deterministically. Default: `10.0.0.0/16`.")]
    [TestCase("network.publicAccess", "How the replication instance reaches a public endpoint (PublicEndpoint only). Default: `NatGateway`.")]
    [TestCase("cluster.sslMode", "The DMS SSL mode. `require` is not supported by DMS for MySQL endpoints. Default: `verify-full` with PublicEndpoint, else `none`.")]
    [TestCase("replication.engineVersion", "Pins the DMS engine version (Instance only). Default: DMS's default.")]
    [TestCase("task.startReplicationTask", "Whether to start the task once created. Default: `false`.")]
    [TestCase("cluster.host", "The cluster's host name, from the TiDB Cloud console's Connect dialog (for example `gateway01.us-west-2.prod.aws.tidbcloud.com`).")]
    public void InputDescriptionDocumentsTheDefault(string path, string description)
    {
        Assert.That(SchemaDocument.Inputs()[path].GetProperty("description").GetString(), Is.EqualTo(description));
    }

    [Test]
    public void InputEveryDocumentedDefaultIsInTheDescription()
    {
        var undocumented = ContractInputs.All
            .Where(s => s.DefaultText is not null)
            .Where(s => !SchemaDocument.Inputs()[s.Path].GetProperty("description").GetString()!.Contains(" Default: ", StringComparison.Ordinal))
            .Select(s => s.Path);

        Assert.That(undocumented, Is.Empty);
    }

    private static IEnumerable<TestCaseData> DefaultsConstants()
    {
        yield return new TestCaseData("cluster.port", Defaults.ClusterPort);
        yield return new TestCaseData("network.vpcCidr", Defaults.VpcCidr);
        yield return new TestCaseData("network.availabilityZoneCount", Defaults.AvailabilityZoneCount);
        yield return new TestCaseData("network.publicAccess", ContractEnums.PublicAccess.ToWire(Defaults.NetworkPublicAccess));
        yield return new TestCaseData("network.natGateways", ContractEnums.NatGatewayStrategy.ToWire(Defaults.NatGateways));
        yield return new TestCaseData("privateEndpoint.privateDnsEnabled", Defaults.PrivateDnsEnabled);
        yield return new TestCaseData("replication.mode", ContractEnums.ReplicationMode.ToWire(Defaults.Mode));
        yield return new TestCaseData("replication.instanceClass", Defaults.InstanceClass);
        yield return new TestCaseData("replication.allocatedStorage", Defaults.AllocatedStorageGiB);
        yield return new TestCaseData("replication.multiAz", Defaults.MultiAz);
        yield return new TestCaseData("replication.minCapacityUnits", Defaults.MinCapacityUnits);
        yield return new TestCaseData("replication.maxCapacityUnits", Defaults.MaxCapacityUnits);
        yield return new TestCaseData("replication.applyImmediately", Defaults.ApplyImmediately);
        yield return new TestCaseData("dmsIamRoles", ContractEnums.DmsIamRoles.ToWire(Defaults.IamRoles));
        yield return new TestCaseData("task.migrationType", ContractEnums.MigrationType.ToWire(Defaults.TaskMigrationType));
        yield return new TestCaseData("task.startReplicationTask", Defaults.StartReplicationTask);
        yield return new TestCaseData("task.settings.lobMode", ContractEnums.LobMode.ToWire(Defaults.TaskLobMode));
        yield return new TestCaseData("task.settings.lobMaxSizeKb", Defaults.TaskLobMaxSizeKb);
        yield return new TestCaseData("task.settings.fullLoadSubTasks", Defaults.TaskFullLoadSubTasks);
        yield return new TestCaseData("task.settings.validation", Defaults.TaskValidation);
        yield return new TestCaseData("task.settings.batchApply", Defaults.TaskBatchApply);
        yield return new TestCaseData("task.settings.logging", Defaults.TaskLogging);
    }

    /// <summary>The schema's defaults are applied by SDKs, Defaults' by the reader: they must agree.</summary>
    [TestCaseSource(nameof(DefaultsConstants))]
    public void DefaultEqualsWhatTheReaderApplies(string path, object readerDefault)
    {
        Assert.That(SchemaDocument.Default(SchemaDocument.Inputs()[path]), Is.EqualTo(readerDefault));
    }

    [Test]
    public void OutputsAreTheContractOutputsAndNoneIsRequired()
    {
        var properties = SchemaDocument.Component.GetProperty("properties").EnumerateObject()
            .Select(p => (p.Name, Type: SchemaDocument.ShortType(p.Value), Description: p.Value.GetProperty("description").GetString()));

        Assert.Multiple(() =>
        {
            Assert.That(properties.Select(p => (p.Name, p.Type)), Is.EqualTo(new[]
            {
                ("vpcId", "string"),
                ("privateSubnetIds", "string[]"),
                ("publicSubnetIds", "string[]"),
                ("securityGroupId", "string"),
                ("replicationSubnetGroupId", "string"),
                ("replicationInstanceArn", "string"),
                ("replicationInstancePublicIps", "string[]"),
                ("replicationInstancePrivateIps", "string[]"),
                ("replicationConfigArn", "string"),
                ("natGatewayPublicIps", "string[]"),
                ("ipAccessListCidrs", "string[]"),
                ("certificateArn", "string"),
                ("tidbEndpointArn", "string"),
                ("vpcEndpointId", "string"),
                ("replicationTaskArn", "string"),
                ("secretsAccessRoleArn", "string"),
            }));
            Assert.That(properties.Select(p => p.Description), Is.EqualTo(ContractOutputs.All.Select(o => o.Description)));
            Assert.That(SchemaDocument.Component.TryGetProperty("required", out _), Is.False);
        });
    }

    [Test]
    public void ComponentIsAComponentWithADescription()
    {
        Assert.Multiple(() =>
        {
            Assert.That(SchemaDocument.Root.GetProperty("resources").EnumerateObject().Select(r => r.Name), Is.EqualTo(["tidb-dms:index:TidbDmsMigration"]));
            Assert.That(SchemaDocument.Component.GetProperty("isComponent").GetBoolean(), Is.True);
            Assert.That(SchemaDocument.Component.GetProperty("description").GetString(), Does.StartWith("Builds on AWS what AWS DMS needs to reach a TiDB Cloud cluster"));
        });
    }

    private static IEnumerable<TestCaseData> ContractEnumCases()
    {
        yield return new TestCaseData("Tier", new[] { ("Starter", "Starter"), ("Essential", "Essential"), ("Dedicated", "Dedicated") });
        yield return new TestCaseData("Connectivity", new[] { ("PublicEndpoint", "PublicEndpoint"), ("PrivateEndpoint", "PrivateEndpoint"), ("VpcPeering", "VpcPeering") });
        yield return new TestCaseData("EndpointType", new[] { ("Source", "source"), ("Target", "target") });
        yield return new TestCaseData("SslMode", new[] { ("None", "none"), ("VerifyCa", "verify-ca"), ("VerifyFull", "verify-full") });
        yield return new TestCaseData("PublicAccess", new[] { ("NatGateway", "NatGateway"), ("PublicSubnet", "PublicSubnet") });
        yield return new TestCaseData("NatGatewayStrategy", new[] { ("Single", "Single"), ("OnePerAz", "OnePerAz") });
        yield return new TestCaseData("ReplicationMode", new[] { ("Instance", "Instance"), ("Serverless", "Serverless") });
        yield return new TestCaseData("DmsIamRoles", new[] { ("Existing", "Existing"), ("Create", "Create") });
        yield return new TestCaseData("MigrationType", new[] { ("FullLoad", "full-load"), ("Cdc", "cdc"), ("FullLoadAndCdc", "full-load-and-cdc") });
    }

    [TestCaseSource(nameof(ContractEnumCases))]
    public void EnumTypeHasContractNamesWireValuesAndDescriptions(string name, (string Name, string Value)[] members)
    {
        var enumType = SchemaDocument.Type(name);
        var values = enumType.GetProperty("enum").EnumerateArray().ToList();

        Assert.Multiple(() =>
        {
            Assert.That(enumType.GetProperty("type").GetString(), Is.EqualTo("string"));
            Assert.That(enumType.GetProperty("description").GetString(), Is.Not.Empty);
            Assert.That(values.Select(v => (v.GetProperty("name").GetString(), v.GetProperty("value").GetString())), Is.EqualTo(members));
            Assert.That(values.Select(v => v.GetProperty("description").GetString()), Has.All.Not.Empty);
        });
    }

    [Test]
    public void EnumTypeValueDescriptionsComeFromContractEnums()
    {
        var published = SchemaDocument.Type("SslMode").GetProperty("enum").EnumerateArray()
            .Select(v => v.GetProperty("description").GetString());

        Assert.That(published, Is.EqualTo(ContractEnums.SslMode.Members.Select(m => m.Description)));
    }

    [Test]
    public void TypesAreTheObjectsAndEnumsOfTheContract()
    {
        Assert.That(SchemaDocument.Types.EnumerateObject().Select(t => t.Name), Is.EqualTo([
            "tidb-dms:index:Cluster", "tidb-dms:index:Connectivity", "tidb-dms:index:DmsIamRoles", "tidb-dms:index:EndpointSettings", "tidb-dms:index:EndpointType",
            "tidb-dms:index:LobMode", "tidb-dms:index:MigrationType", "tidb-dms:index:NatGatewayStrategy", "tidb-dms:index:Network", "tidb-dms:index:Notifications", "tidb-dms:index:PrivateEndpoint",
            "tidb-dms:index:PublicAccess", "tidb-dms:index:Replication", "tidb-dms:index:ReplicationMode", "tidb-dms:index:SslMode",
            "tidb-dms:index:TargetDbType", "tidb-dms:index:TargetTablePrepMode", "tidb-dms:index:Task", "tidb-dms:index:TaskSettings", "tidb-dms:index:Tier", "tidb-dms:index:VpcPeering",]));
    }

    /// <summary>A $ref to another package would make binding the schema start (and, offline, need) that package's plugin.</summary>
    [Test]
    public void RefsPointOnlyIntoThisPackageAndEveryTypeIsUsed()
    {
        var refs = SchemaDocument.AllRefs(SchemaDocument.Root).Distinct().Order(StringComparer.Ordinal).ToList();

        Assert.That(refs, Is.EqualTo(SchemaDocument.Types.EnumerateObject().Select(t => $"#/types/{t.Name}")));
    }

    [Test]
    public void PackageHasNameVersionAndMetadata()
    {
        var root = SchemaDocument.Root;
        var csprojVersion = XDocument.Load(RepositoryRoot.File("provider", "TidbDms.Provider.csproj"))
            .Descendants("Version").Single().Value;

        Assert.Multiple(() =>
        {
            Assert.That(root.GetProperty("name").GetString(), Is.EqualTo("tidb-dms"));
            Assert.That(root.GetProperty("version").GetString(), Is.EqualTo(csprojVersion));
            Assert.That(PackageMetadata.Version, Is.EqualTo(csprojVersion));
            Assert.That(root.GetProperty("displayName").GetString(), Is.EqualTo("TiDB Cloud DMS"));
            Assert.That(root.GetProperty("license").GetString(), Is.EqualTo("Apache-2.0"));
            Assert.That(
                root.GetProperty("keywords").EnumerateArray().Select(k => k.GetString()),
                Is.EqualTo(["pulumi", "aws", "dms", "tidb", "tidb-cloud", "category/database", "kind/component"]));
            Assert.That(root.GetProperty("repository").GetString(), Is.EqualTo("https://github.com/tidb-dms/tidb-dms"));
            Assert.That(root.GetProperty("pluginDownloadURL").GetString(), Is.EqualTo("github://api.github.com/tidb-dms/tidb-dms"));
        });
    }

    [TestCase("csharp", """{"rootNamespace":"TidbDms","namespaces":{"tidb-dms":"Sdk"},"packageReferences":{"Pulumi":"3.*"},"respectSchemaVersion":true}""")]
    [TestCase("go", """{"importBasePath":"github.com/tidb-dms/tidb-dms/sdk/go/tidbdms","respectSchemaVersion":true}""")]
    [TestCase("nodejs", """{"packageName":"@tidb-dms/tidb-dms","dependencies":{"@pulumi/pulumi":"^3.165.0"},"respectSchemaVersion":true}""")]
    [TestCase("python", """{"packageName":"pulumi_tidb_dms","requires":{"pulumi":">=3.165.0,<4.0.0"},"respectSchemaVersion":true}""")]
    public void LanguageHasSdkSettings(string language, string expected)
    {
        var section = SchemaDocument.Root.GetProperty("language").GetProperty(language);

        Assert.That(Minify(section), Is.EqualTo(expected));
    }

    private static string Minify(JsonElement element)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            element.WriteTo(writer);
        }

        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
