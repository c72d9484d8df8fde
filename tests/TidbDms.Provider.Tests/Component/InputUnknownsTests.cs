using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Component;

/// <summary>Previews: a non-plain input may be unknown and never fails for it; a plain one must be known.</summary>
[TestFixture]
internal sealed class InputUnknownsTests
{
    private static readonly string[] PublicEndpointNonPlainLeaves =
    [
        .. ContractInputs.All
            .Where(s => !s.Plain && s.Type != InputType.Object && s.ParentPath is not ("privateEndpoint" or "vpcPeering"))

            // An existing VPC conflicts with network.vpcCidr (given, though unknown): ExistingVpcRulesTests covers its unknowns.
            .Where(s => s.Path is not ("network.vpcId" or "network.subnetIds" or "network.routeTableIds"))
            .Select(s => s.Path),
    ];

    [Test]
    public void EveryNonPlainInputUnknownGivesArgsWithUnknownsAndNoError()
    {
        var inputs = PublicEndpointNonPlainLeaves.Aggregate(Inputs.Valid(), (i, path) => i.With(path, PropertyValue.Computed));

        var result = InputCheck.Run(inputs.Build());

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Warnings, Is.Empty);
        Assert.That(
            ArgsInputs.NonPlain(result.Args!),
            Is.EqualTo(PublicEndpointNonPlainLeaves.ToImmutableSortedDictionary(
                p => p,
                p => InputState.Unknown(isSecret: p == "cluster.password"),
                StringComparer.Ordinal)));
    }

    [Test]
    public void TheCasesAboveCoverEveryNonPlainInputButTheConnectivityObjects()
    {
        Assert.That(
            PublicEndpointNonPlainLeaves,
            Is.EqualTo([
                "cluster.host", "cluster.port", "cluster.username", "cluster.password", "cluster.databaseName",
                "cluster.sslMode", "cluster.caCertificatePem", "cluster.secretsManagerSecretArn", "cluster.secretsManagerKmsKeyArn",
                "cluster.endpointSettings.parallelLoadThreads", "cluster.endpointSettings.maxFileSizeKb", "cluster.endpointSettings.targetDbType",
                "cluster.endpointSettings.afterConnectScript", "cluster.endpointSettings.executeTimeoutSeconds", "cluster.endpointSettings.serverTimezone",
                "network.vpcCidr", "replication.instanceClass",
                "replication.allocatedStorage", "replication.multiAz", "replication.engineVersion", "replication.kmsKeyArn",
                "replication.minCapacityUnits", "replication.maxCapacityUnits", "replication.autoMinorVersionUpgrade",
                "replication.preferredMaintenanceWindow", "replication.applyImmediately", "task.otherEndpointArn", "task.migrationType",
                "task.schemas", "task.tableMappings", "task.startReplicationTask", "task.settings.targetTablePrepMode", "task.settings.lobMode",
                "task.settings.lobMaxSizeKb", "task.settings.fullLoadSubTasks", "task.settings.validation", "task.settings.batchApply",
                "task.settingsJson", "tags", "notifications.snsTopicArn",]));
    }

    [Test]
    public void AnUnknownClusterMakesEveryFieldUnknownWithItsSecretFlagAndDependencies()
    {
        var cluster = PropertyValue.Computed.WithSecret().WithDependencies(["urn:cluster"]);

        var result = InputCheck.Run(Inputs.ValidDedicated().With("cluster", cluster).Build());

        Assert.That(result.Errors, Is.Empty);
        Assert.That(
            ArgsInputs.NonPlain(result.Args!).Where(kv => kv.Key.StartsWith("cluster.", StringComparison.Ordinal)),
            Is.EqualTo(new Dictionary<string, InputState>
            {
                ["cluster.caCertificatePem"] = InputState.Unknown(true, "urn:cluster"),
                ["cluster.databaseName"] = InputState.Unknown(true, "urn:cluster"),
                ["cluster.host"] = InputState.Unknown(true, "urn:cluster"),
                ["cluster.password"] = InputState.Unknown(true, "urn:cluster"),
                ["cluster.port"] = InputState.Unknown(true, "urn:cluster"),
                ["cluster.sslMode"] = InputState.Unknown(true, "urn:cluster"),
                ["cluster.username"] = InputState.Unknown(true, "urn:cluster"),
            }));
    }

    [Test]
    public void AnUnknownClusterIsNotSecretUnlessMarkedButItsPasswordIs()
    {
        var result = InputCheck.Run(Inputs.Valid().With("cluster", PropertyValue.Computed).Build());

        var states = ArgsInputs.NonPlain(result.Args!);
        Assert.That(states["cluster.host"], Is.EqualTo(InputState.Unknown()));
        Assert.That(states["cluster.password"], Is.EqualTo(InputState.Unknown(isSecret: true)));
    }

    [TestCase("PrivateEndpoint", "privateEndpoint")]
    [TestCase("VpcPeering", "vpcPeering")]
    public void AnUnknownConnectivityObjectGivesUnknownFields(string connectivity, string objectPath)
    {
        var inputs = Inputs.ValidDedicated().With("connectivity", connectivity).With(objectPath, PropertyValue.Computed);

        var result = InputCheck.Run(inputs.Build());

        Assert.That(result.Errors, Is.Empty);
        var fields = ContractInputs.ChildrenOf(objectPath).Select(s => s.Path).ToArray();
        Assert.That(
            ArgsInputs.NonPlain(result.Args!).Where(kv => fields.Contains(kv.Key)).Select(kv => (kv.Key, kv.Value)),
            Is.EqualTo(fields.Order(StringComparer.Ordinal).Select(f => (f, InputState.Unknown()))));
    }

    [Test]
    public void AnUnknownPrivateEndpointWithAnotherConnectivityIsNotAnErrorAsItMayBeNull()
    {
        var result = InputCheck.Run(Inputs.Valid().With("privateEndpoint", PropertyValue.Computed).Build());

        Assert.That(result.Errors, Is.Empty);
    }

    [Test]
    public void AnUnknownElementMakesTheWholeListOrMapUnknown()
    {
        var inputs = Inputs.Valid()
            .With("task.otherEndpointArn", TestValues.OtherEndpointArn)
            .With("task.schemas", PropertyValue.Array(PropertyValue.String("app"), PropertyValue.Computed.WithDependencies(["urn:db"])))
            .With("tags.team", "data")
            .With("tags.owner", PropertyValue.Computed);

        var result = InputCheck.Run(inputs.Build());

        Assert.That(result.Errors, Is.Empty);
        var states = ArgsInputs.NonPlain(result.Args!);
        Assert.That(states["task.schemas"], Is.EqualTo(InputState.Unknown(false, "urn:db")));
        Assert.That(states["tags"], Is.EqualTo(InputState.Unknown()));
    }

    private static IEnumerable<TestCaseData> RulesThatSkipUnknowns()
    {
        yield return new TestCaseData(Inputs.Valid().With("cluster.username", PropertyValue.Computed)).SetName("{m}(Starter username)");
        yield return new TestCaseData(Inputs.ValidDedicated().Without("cluster.caCertificatePem").With("cluster.sslMode", PropertyValue.Computed))
            .SetName("{m}(Dedicated ssl mode without a CA)");
        yield return new TestCaseData(Inputs.Valid().With("cluster.sslMode", PropertyValue.Computed)).SetName("{m}(Starter ssl mode over PublicEndpoint)");
        yield return new TestCaseData(Inputs.Valid()
                .With("connectivity", "VpcPeering").With("tier", "Dedicated").With("cluster.username", "root")
                .With("vpcPeering.peeringConnectionId", TestValues.PeeringConnectionId)
                .With("vpcPeering.tidbCidr", PropertyValue.Computed))
            .SetName("{m}(TiDB CIDR overlap)");
        yield return new TestCaseData(Inputs.Valid()
                .With("task.otherEndpointArn", TestValues.OtherEndpointArn)
                .With("task.schemas", PropertyValue.Computed)
                .With("task.tableMappings", "{\"rules\": [{\"rule-type\": \"selection\"}]}"))
            .SetName("{m}(schemas and tableMappings, one unknown)");
        yield return new TestCaseData(Inputs.Valid()
                .With("endpointType", "source")
                .With("task.otherEndpointArn", PropertyValue.Computed)
                .With("task.migrationType", PropertyValue.Computed)
                .With("task.schemas", Inputs.Strings("app")))
            .SetName("{m}(source migration type)");
        yield return new TestCaseData(Inputs.Valid()
                .With("replication.mode", "Serverless")
                .With("replication.instanceClass", PropertyValue.Computed)
                .With("replication.engineVersion", PropertyValue.Computed)
                .With("replication.minCapacityUnits", PropertyValue.Computed)
                .With("task.otherEndpointArn", TestValues.OtherEndpointArn)
                .With("task.schemas", Inputs.Strings("app")))
            .SetName("{m}(Serverless settings)");
    }

    [TestCaseSource(nameof(RulesThatSkipUnknowns))]
    public void RulesSkipUnknownValues(Inputs inputs)
    {
        var result = InputCheck.Run(inputs.Build());

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Warnings, Is.Empty);
        Assert.That(result.Args, Is.Not.Null);
    }
}
