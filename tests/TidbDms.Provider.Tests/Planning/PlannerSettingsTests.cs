using TidbDms.Provider.Tests.Support;
using System.Collections.Immutable;
using System.Text.Encodings.Web;
using System.Text.Json;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>
/// The second release in plans: endpoint settings reach <c>mysqlSettings</c>, the task-settings
/// document reaches the task and the Serverless config, logging decides the logs role, and
/// credentials from Secrets Manager plan a least-privilege access role (read here from the policy
/// documents themselves) and, with Serverless, a Secrets Manager endpoint.
/// </summary>
internal sealed class PlannerSettingsTests
{
    private static readonly JsonSerializerOptions Relaxed = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static EndpointSettingsArgs NoSettings => new(null, null, null, null, null, null);

    [Test]
    public void TargetEndpointSettingsReachMysqlSettingsAndTheForeignKeyStatementRunsLast()
    {
        var args = TestArgs.Create(Tier.Starter);
        args = args with
        {
            Cluster = args.Cluster with
            {
                DatabaseName = TestArgs.Known("app"),
                EndpointSettings = NoSettings with
                {
                    ParallelLoadThreads = TestArgs.Known(4),
                    MaxFileSizeKb = TestArgs.Known(65536),
                    TargetDbType = TestArgs.Known(TargetDbType.SpecificDatabase),
                    AfterConnectScript = TestArgs.Known("SET FOREIGN_KEY_CHECKS=1"),
                },
            },
        };

        var plan = PlanText.Plan(args);

        Assert.Multiple(() =>
        {
            Assert.That(
                PlanText.Input(plan, "mig-tidb-endpoint", "mysqlSettings"),
                Is.EqualTo("{\"afterConnectScript\":\"SET FOREIGN_KEY_CHECKS=1; SET FOREIGN_KEY_CHECKS=0;\",\"maxFileSize\":65536,\"parallelLoadThreads\":4,\"targetDbType\":\"specific-database\"}"));
            Assert.That(PlanText.Input(plan, "mig-tidb-endpoint", "extraConnectionAttributes"), Is.EqualTo("\"Initstmt=SET FOREIGN_KEY_CHECKS=0;\""));
        });
    }

    [TestCase(TargetDbType.SpecificDatabase, "specific-database")]
    [TestCase(TargetDbType.MultipleDatabases, "multiple-databases")]
    public void TheTargetDbTypeIsWrittenAsPulumiAwsSpellsIt(TargetDbType type, string aws)
    {
        var args = TestArgs.Create(Tier.Starter);
        args = args with { Cluster = args.Cluster with { EndpointSettings = NoSettings with { TargetDbType = TestArgs.Known(type) } } };

        Assert.That(PlanText.Input(PlanText.Plan(args), "mig-tidb-endpoint", "mysqlSettings"), Is.EqualTo($"{{\"targetDbType\":\"{aws}\"}}"));
    }

    [TestCase("SET time_zone = '+00:00';", "SET time_zone = '+00:00'; SET FOREIGN_KEY_CHECKS=0;")]
    [TestCase("SET time_zone = '+00:00'  ", "SET time_zone = '+00:00'; SET FOREIGN_KEY_CHECKS=0;")]
    public void ATargetScriptGetsTheForeignKeyStatementAppendedOnce(string script, string expected)
    {
        var value = MysqlSettings.AfterConnectScript(EndpointType.Target, TestArgs.Known(script));

        Assert.That(PlanJson.RenderValue(value!), Is.EqualTo(JsonSerializer.Serialize(expected, Relaxed)));
    }

    [Test]
    public void SourceEndpointSettingsReachMysqlSettingsAsGiven()
    {
        var args = TestArgs.Create(Tier.Dedicated, endpointType: EndpointType.Source);
        args = args with
        {
            Cluster = args.Cluster with
            {
                EndpointSettings = NoSettings with
                {
                    ExecuteTimeoutSeconds = TestArgs.Known(120),
                    ServerTimezone = TestArgs.Known("US/Pacific"),
                    AfterConnectScript = TestArgs.Known("SET SESSION tidb_isolation_read_engines = 'tikv'"),
                },
            },
        };

        var plan = PlanText.Plan(args);

        Assert.Multiple(() =>
        {
            Assert.That(
                PlanText.Input(plan, "mig-tidb-endpoint", "mysqlSettings"),
                Is.EqualTo("{\"afterConnectScript\":\"SET SESSION tidb_isolation_read_engines = 'tikv'\",\"executeTimeout\":120,\"serverTimezone\":\"US/Pacific\"}"));
            Assert.That(PlanText.Input(plan, "mig-tidb-endpoint", "extraConnectionAttributes"), Is.Null);
        });
    }

    [Test]
    public void ATargetScriptUnknownInAPreviewStaysUnknownWithItsDependencies()
    {
        var value = MysqlSettings.AfterConnectScript(EndpointType.Target, Input<string>.Unknown(dependencies: ["urn:script"]));

        Assert.That(value, Is.EqualTo(new PlanValue.Literal(PropertyValue.Computed.WithDependencies(["urn:script"]))));
    }

    [Test]
    public void TargetEndpointSettingsWithoutAScriptHaveNoAfterConnectScript()
    {
        var args = TestArgs.Create(Tier.Starter);
        args = args with { Cluster = args.Cluster with { EndpointSettings = NoSettings with { ParallelLoadThreads = TestArgs.Known(8) } } };

        Assert.That(PlanText.Input(PlanText.Plan(args), "mig-tidb-endpoint", "mysqlSettings"), Is.EqualTo("{\"parallelLoadThreads\":8}"));
    }

    [Test]
    public void EndpointSettingsWithNothingSetGiveTheEndpointNoMysqlSettings()
    {
        var args = TestArgs.Create(Tier.Starter);
        args = args with { Cluster = args.Cluster with { EndpointSettings = NoSettings } };

        Assert.That(PlanText.Input(PlanText.Plan(args), "mig-tidb-endpoint", "mysqlSettings"), Is.Null);
    }

    [Test]
    public void WithoutEndpointSettingsTheEndpointHasNoMysqlSettings() =>
        Assert.That(PlanText.Input(PlanText.Plan(TestArgs.Create()), "mig-tidb-endpoint", "mysqlSettings"), Is.Null);

    [Test]
    public void TheTaskAndTheServerlessConfigGetTheSameSettingsDocument()
    {
        const string Json = "{\"ChangeProcessingTuning\":{\"CommitTimeout\":5}}";
        var instance = PlanText.Plan(TestArgs.Create().WithTaskSettings(s => s with { FullLoadSubTasks = TestArgs.Known(16) }, Json));
        var serverless = PlanText.Plan(TestArgs.Create(mode: ReplicationMode.Serverless).WithTaskSettings(s => s with { FullLoadSubTasks = TestArgs.Known(16) }, Json));
        var expected = TaskSettingsDocument.Render(TaskSettingsArgs.DefaultsFor(EndpointType.Target) with { FullLoadSubTasks = TestArgs.Known(16) }, Json);

        Assert.Multiple(() =>
        {
            Assert.That(JsonSerializer.Deserialize<string>(PlanText.Input(instance, "mig-task", "replicationTaskSettings")!), Is.EqualTo(expected));
            Assert.That(JsonSerializer.Deserialize<string>(PlanText.Input(serverless, "mig-replication-config", "replicationSettings")!), Is.EqualTo(expected));
            Assert.That(expected, Does.StartWith("{\"ChangeProcessingTuning\":{\"CommitTimeout\":5},\"FullLoadSettings\":{\"MaxFullLoadSubTasks\":16,"));
        });
    }

    [TestCase(ReplicationMode.Instance, "mig-task")]
    [TestCase(ReplicationMode.Serverless, "mig-replication-config")]
    public void LoggingOffNeedsNoLogsRoleAndCreatesNone(ReplicationMode mode, string task)
    {
        var args = TestArgs.Create(mode: mode, roles: DmsIamRoles.Create).WithTaskSettings(s => s with { Logging = false });

        var plan = PlanText.Plan(args);

        Assert.Multiple(() =>
        {
            Assert.That(DmsRoleNames.NeededFor(args), Does.Not.Contain(DmsRoleNames.CloudWatchLogs));
            Assert.That(PlanText.HasChild(plan, "mig-dms-logs-role"), Is.False);
            Assert.That(PlanText.HasChild(plan, "mig-dms-logs-role-policy"), Is.False);
            Assert.That(plan[task].DependsOn, Does.Not.Contain("mig-dms-logs-role-policy"));
            Assert.That(PlanText.Input(plan, task, mode == ReplicationMode.Instance ? "replicationTaskSettings" : "replicationSettings"), Does.Contain("EnableLogging\\\":false"));
        });
    }

    [Test]
    public void LoggingOnWithExistingRolesAndNoLogsRoleIsAnErrorWithTheFix()
    {
        var args = TestArgs.Create();
        var context = PlanText.Context() with
        {
            DmsRoles = new Dictionary<string, DmsRoleState> { [DmsRoleNames.Vpc] = DmsRoleState.Exists, [DmsRoleNames.CloudWatchLogs] = DmsRoleState.Missing }
                .ToImmutableSortedDictionary(StringComparer.Ordinal),
        };

        var (errors, _) = ContextValidator.Validate(args, context);

        Assert.That(errors, Is.EqualTo(new[]
        {
            new InputError(
                "dmsIamRoles",
                "Existing",
                $"the IAM role 'dms-cloudwatch-logs-role' that DMS needs does not exist in account {context.AccountId}",
                "Set dmsIamRoles to 'Create' so this component creates it, or create the role 'dms-cloudwatch-logs-role' yourself (trusting dms.amazonaws.com, with the AWS managed policy AmazonDMSCloudWatchLogsRole), or turn the task's CloudWatch logging off with task.settings.logging: false."),
        }));
    }

    [Test]
    public void LoggingOffIsNotHeldToAMissingLogsRole()
    {
        var args = TestArgs.Create().WithTaskSettings(s => s with { Logging = false });
        var context = PlanText.Context() with
        {
            DmsRoles = new Dictionary<string, DmsRoleState> { [DmsRoleNames.Vpc] = DmsRoleState.Exists, [DmsRoleNames.CloudWatchLogs] = DmsRoleState.Missing }
                .ToImmutableSortedDictionary(StringComparer.Ordinal),
        };

        Assert.That(ContextValidator.Validate(args, context).Errors, Is.Empty);
    }

    [TestCase(ReplicationMode.Instance)]
    [TestCase(ReplicationMode.Serverless)]
    public void TheSecretsAccessRoleTrustsOnlyRegionalDMSOfThisAccountAndReadsOnlyTheSecretAndItsKey(ReplicationMode mode)
    {
        var plan = PlanText.Plan(TestArgs.Create(mode: mode).WithSecret(TestArgs.SecretKmsKeyArn));
        var account = PlanText.Context().AccountId;

        using var trust = JsonDocument.Parse(Text(plan["mig-secrets-access-role"].Inputs["assumeRolePolicy"]));
        using var access = JsonDocument.Parse(Text(plan["mig-secrets-access-policy"].Inputs["policy"]));

        Assert.Multiple(() =>
        {
            Assert.That(plan["mig-secrets-access-role"].Type, Is.EqualTo("aws:iam/role:Role"));
            Assert.That(plan["mig-secrets-access-role"].Inputs.ContainsKey("name"), Is.False, "auto-named: one per component");
            Assert.That(
                Statements(trust).Select(s => s.GetRawText()),
                Is.EqualTo(new[]
                {
                    "{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\"dms.us-west-2.amazonaws.com\"},\"Action\":\"sts:AssumeRole\",\"Condition\":{\"StringEquals\":{\"aws:SourceAccount\":\"" + account + "\"}}}",
                }));
            Assert.That(plan["mig-secrets-access-policy"].Type, Is.EqualTo("aws:iam/rolePolicy:RolePolicy"));
            Assert.That(PlanText.Input(plan, "mig-secrets-access-policy", "role"), Is.EqualTo("\"ref(mig-secrets-access-role).name\""));
            Assert.That(access.RootElement.GetProperty("Version").GetString(), Is.EqualTo("2012-10-17"));
            Assert.That(
                Statements(access).Select(s => (
                    Effect: s.GetProperty("Effect").GetString(),
                    Action: s.GetProperty("Action").GetString(),
                    Resource: s.GetProperty("Resource").GetString(),
                    Condition: s.TryGetProperty("Condition", out var c) ? c.GetRawText() : null)),
                Is.EqualTo(new[]
                {
                    ("Allow", "secretsmanager:GetSecretValue", TestArgs.SecretArn, (string?)null),
                    ("Allow", "kms:Decrypt", TestArgs.SecretKmsKeyArn, "{\"StringEquals\":{\"kms:ViaService\":\"secretsmanager.us-west-2.amazonaws.com\"}}"),
                }));
            Assert.That(Statements(access).Any(s => s.TryGetProperty("NotAction", out _) || s.TryGetProperty("NotResource", out _)), Is.False);
        });
    }

    [Test]
    public void WithoutAKmsKeyTheRoleMayOnlyReadTheSecret()
    {
        var plan = PlanText.Plan(TestArgs.Create().WithSecret());

        using var access = JsonDocument.Parse(Text(plan["mig-secrets-access-policy"].Inputs["policy"]));

        Assert.That(
            Statements(access).Select(s => s.GetRawText()),
            Is.EqualTo(new[] { $"{{\"Sid\":\"ReadTheClusterSecret\",\"Effect\":\"Allow\",\"Action\":\"secretsmanager:GetSecretValue\",\"Resource\":\"{TestArgs.SecretArn}\"}}" }));
    }

    [Test]
    public void WithASecretTheEndpointReadsItThroughTheRoleAndCarriesNoCredentials()
    {
        var plan = PlanText.Plan(TestArgs.Create().WithSecret());
        var endpoint = plan["mig-tidb-endpoint"];

        Assert.Multiple(() =>
        {
            Assert.That(PlanText.Input(plan, "mig-tidb-endpoint", "secretsManagerArn"), Is.EqualTo($"\"{TestArgs.SecretArn}\""));
            Assert.That(PlanText.Input(plan, "mig-tidb-endpoint", "secretsManagerAccessRoleArn"), Is.EqualTo("\"ref(mig-secrets-access-role).arn\""));
            Assert.That(endpoint.Inputs.Keys.Intersect(["username", "password", "serverName", "port"]), Is.Empty);
            Assert.That(endpoint.SecretInputs, Is.Empty);
            Assert.That(PlanText.Output(plan, "secretsAccessRoleArn"), Is.EqualTo("\"ref(mig-secrets-access-role).arn\""));
            Assert.That(plan["mig-task"].DependsOn, Does.Contain("mig-secrets-access-policy"), "the task reads the secret when it connects");
            Assert.That(PlanJson.Render(plan), Does.Not.Contain(TestValues.Password));
            Assert.That(PlanText.HasChild(plan, "mig-secrets-endpoint"), Is.False, "an instance reaches Secrets Manager without a VPC endpoint");
        });
    }

    [Test]
    public void WithoutASecretThereIsNoAccessRoleAndNoOutput() =>
        Assert.Multiple(() =>
        {
            var plan = PlanText.Plan(TestArgs.Create());
            Assert.That(plan.Resources.Select(r => r.Name), Has.None.StartsWith("mig-secrets-"));
            Assert.That(PlanText.Output(plan, "secretsAccessRoleArn"), Is.Null);
        });

    [TestCase(Connectivity.PublicEndpoint)]
    [TestCase(Connectivity.PrivateEndpoint)]
    public void ServerlessWithASecretGetsASecretsManagerEndpointOpenToHTTPSFromDMSOnly(Connectivity connectivity)
    {
        var args = TestArgs.Create(Tier.Starter, connectivity, mode: ReplicationMode.Serverless).WithSecret()
            .WithTask(t => t with { StartReplicationTask = TestArgs.Known(true) });

        var plan = PlanText.Plan(args);

        Assert.Multiple(() =>
        {
            Assert.That(PlanText.Input(plan, "mig-secrets-endpoint", "serviceName"), Is.EqualTo("\"com.amazonaws.us-west-2.secretsmanager\""));
            Assert.That(PlanText.Input(plan, "mig-secrets-endpoint", "vpcEndpointType"), Is.EqualTo("\"Interface\""));
            Assert.That(PlanText.Input(plan, "mig-secrets-endpoint", "privateDnsEnabled"), Is.EqualTo("true"));
            Assert.That(PlanText.Input(plan, "mig-secrets-endpoint", "subnetIds"), Is.EqualTo("[\"ref(mig-private-a).id\",\"ref(mig-private-b).id\"]"));
            Assert.That(PlanText.Input(plan, "mig-secrets-endpoint", "securityGroupIds"), Is.EqualTo("[\"ref(mig-secrets-endpoint-sg).id\"]"));
            Assert.That(plan["mig-secrets-endpoint-ingress"].Type, Is.EqualTo("aws:vpc/securityGroupIngressRule:SecurityGroupIngressRule"));
            Assert.That(PlanText.Input(plan, "mig-secrets-endpoint-ingress", "securityGroupId"), Is.EqualTo("\"ref(mig-secrets-endpoint-sg).id\""));
            Assert.That(PlanText.Input(plan, "mig-secrets-endpoint-ingress", "referencedSecurityGroupId"), Is.EqualTo("\"ref(mig-dms-sg).id\""));
            Assert.That(PlanText.Input(plan, "mig-secrets-endpoint-ingress", "fromPort"), Is.EqualTo("443"));
            Assert.That(PlanText.Input(plan, "mig-secrets-endpoint-ingress", "toPort"), Is.EqualTo("443"));
            Assert.That(PlanText.Input(plan, "mig-secrets-endpoint-ingress", "ipProtocol"), Is.EqualTo("\"tcp\""));
            Assert.That(plan["mig-secrets-endpoint-ingress"].Inputs.ContainsKey("cidrIpv4"), Is.False);
            Assert.That(PlanText.Input(plan, "mig-dms-egress-secrets", "securityGroupId"), Is.EqualTo("\"ref(mig-dms-sg).id\""));
            Assert.That(PlanText.Input(plan, "mig-dms-egress-secrets", "referencedSecurityGroupId"), Is.EqualTo("\"ref(mig-secrets-endpoint-sg).id\""));
            Assert.That(
                plan["mig-replication-config"].DependsOn,
                Is.SupersetOf(["mig-secrets-access-policy", "mig-secrets-endpoint", "mig-secrets-endpoint-ingress", "mig-dms-egress-secrets"]),
                "a started replication reads the secret through the endpoint");
        });
    }

    [Test]
    public void ASecretUnknownInAPreviewStillPlansTheRoleWithAnUnknownPolicy()
    {
        var args = TestArgs.Create().WithSecret();
        args = args with { Cluster = args.Cluster with { SecretsManagerSecretArn = Input<string>.Unknown() } };

        var plan = PlanText.Plan(args);

        Assert.Multiple(() =>
        {
            Assert.That(PlanText.Input(plan, "mig-secrets-access-policy", "policy"), Does.Contain("[unknown]"));
            Assert.That(PlanText.Input(plan, "mig-tidb-endpoint", "secretsManagerArn"), Is.EqualTo("\"[unknown]\""));
        });
    }

    /// <summary>A concatenation of known literals, as registration would evaluate it.</summary>
    private static string Text(PlanValue value) => value switch
    {
        PlanValue.Literal literal when literal.Value.TryGetString(out var text) => text,
        PlanValue.Concat concat => string.Concat(concat.Parts.Select(Text)),
        _ => throw new AssertionException($"not a known string: {PlanJson.RenderValue(value)}"),
    };

    private static JsonElement[] Statements(JsonDocument policy) => [.. policy.RootElement.GetProperty("Statement").EnumerateArray()];
}
