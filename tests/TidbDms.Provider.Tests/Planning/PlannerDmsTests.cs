using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Tests.Support;
using TidbDms.Testing;
using static TidbDms.Provider.Tests.Planning.PlanText;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>The DMS children: roles, subnet group, instance, certificate, endpoint, task.</summary>
internal sealed class PlannerDmsTests
{
    [Test]
    public void PlanCreateRolesBuildsTheFixedNameRolesWithOwnerTagAndPartitionPolicies()
    {
        var context = OfflinePlanContext.For("cn-north-1", "shop", "prod");
        var plan = Plan(TestArgs.Create(roles: DmsIamRoles.Create), context: context);

        Assert.Multiple(() =>
        {
            Assert.That(Input(plan, "mig-dms-vpc-role", "name"), Is.EqualTo("\"dms-vpc-role\""));
            Assert.That(Input(plan, "mig-dms-logs-role", "name"), Is.EqualTo("\"dms-cloudwatch-logs-role\""));
            Assert.That(plan["mig-dms-vpc-role"].Inputs["assumeRolePolicy"], Is.EqualTo(PlanValue.Of(
                """{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"dms.amazonaws.com"},"Action":"sts:AssumeRole"}]}""")));
            Assert.That(Input(plan, "mig-dms-vpc-role", "tags"), Is.EqualTo("""{"Name":"mig-dms-vpc-role","team":"data","tidb-dms:owner":"shop/prod/mig"}"""));
            Assert.That(Input(plan, "mig-dms-vpc-role-policy", "role"), Is.EqualTo("\"ref(mig-dms-vpc-role).name\""));
            Assert.That(Input(plan, "mig-dms-vpc-role-policy", "policyArn"), Is.EqualTo("\"arn:aws-cn:iam::aws:policy/service-role/AmazonDMSVPCManagementRole\""));
            Assert.That(Input(plan, "mig-dms-logs-role-policy", "policyArn"), Is.EqualTo("\"arn:aws-cn:iam::aws:policy/service-role/AmazonDMSCloudWatchLogsRole\""));
            Assert.That(plan["mig-subnet-group"].DependsOn, Is.EqualTo(["mig-dms-vpc-role-policy"]));
            Assert.That(plan["mig-task"].DependsOn[^1], Is.EqualTo("mig-dms-logs-role-policy"));
            Assert.That(HasChild(plan, "mig-dms-serverless-role"), Is.False);
        });
    }

    [Test]
    public void PlanExistingRolesCreatesNoRoleAndWaitsForNone()
    {
        var plan = Plan(TestArgs.Create(mode: ReplicationMode.Serverless, roles: DmsIamRoles.Existing));

        Assert.Multiple(() =>
        {
            Assert.That(plan.Resources.Where(r => r.Type.StartsWith("aws:iam/", StringComparison.Ordinal)), Is.Empty);
            Assert.That(plan["mig-subnet-group"].DependsOn, Is.Empty);
            Assert.That(plan["mig-replication-config"].DependsOn, Is.Empty);
        });
    }

    [Test]
    public void PlanSubnetGroupHasAStackUniqueIdentifierAndDescription()
    {
        var plan = Plan(TestArgs.Create());
        var ids = new DmsIdentifiers("shop", "dev", "mig");

        Assert.Multiple(() =>
        {
            Assert.That(Input(plan, "mig-subnet-group", "replicationSubnetGroupId"), Is.EqualTo($"\"{ids.ReplicationSubnetGroup}\""));
            Assert.That(Input(plan, "mig-subnet-group", "replicationSubnetGroupDescription"), Is.EqualTo("\"Subnets for AWS DMS replication to TiDB Cloud - managed by tidb-dms\""));
        });
    }

    [Test]
    public void PlanInstanceSetsTheGivenAndDefaultSettings()
    {
        var plan = Plan(TestArgs.Create());
        var ids = new DmsIdentifiers("shop", "dev", "mig");

        Assert.Multiple(() =>
        {
            Assert.That(Input(plan, "mig-replication-instance", "replicationInstanceId"), Is.EqualTo($"\"{ids.ReplicationInstance}\""));
            Assert.That(Input(plan, "mig-replication-instance", "replicationInstanceClass"), Is.EqualTo("\"dms.t3.large\""));
            Assert.That(Input(plan, "mig-replication-instance", "allocatedStorage"), Is.EqualTo("50"));
            Assert.That(Input(plan, "mig-replication-instance", "multiAz"), Is.EqualTo("false"));
            Assert.That(Input(plan, "mig-replication-instance", "replicationSubnetGroupId"), Is.EqualTo("\"ref(mig-subnet-group).replicationSubnetGroupId\""));
            Assert.That(Input(plan, "mig-replication-instance", "vpcSecurityGroupIds"), Is.EqualTo("""["ref(mig-dms-sg).id"]"""));
            Assert.That(Input(plan, "mig-replication-instance", "networkType"), Is.EqualTo("\"IPV4\""));
            Assert.That(Input(plan, "mig-replication-instance", "engineVersion"), Is.Null);
            Assert.That(Input(plan, "mig-replication-instance", "kmsKeyArn"), Is.Null);
        });
    }

    [Test]
    public void PlanInstanceWithEngineVersionAndKeySetsBoth()
    {
        var args = TestArgs.Create();
        args = args with
        {
            Replication = args.Replication with
            {
                EngineVersion = TestArgs.Known("3.5.4"),
                KmsKeyArn = TestArgs.Known("arn:aws:kms:us-west-2:123456789012:key/abcd"),
            },
        };
        var plan = Plan(args);

        Assert.Multiple(() =>
        {
            Assert.That(Input(plan, "mig-replication-instance", "engineVersion"), Is.EqualTo("\"3.5.4\""));
            Assert.That(Input(plan, "mig-replication-instance", "kmsKeyArn"), Is.EqualTo("\"arn:aws:kms:us-west-2:123456789012:key/abcd\""));
        });
    }

    [Test]
    public void PlanServerlessWithKeyPutsItInComputeConfigAsKmsKeyId()
    {
        var args = TestArgs.Create(mode: ReplicationMode.Serverless);
        args = args with { Replication = args.Replication with { KmsKeyArn = TestArgs.Known("arn:aws:kms:us-west-2:123456789012:key/abcd") } };

        Assert.That(Input(Plan(args), "mig-replication-config", "computeConfig"), Does.Contain("\"kmsKeyId\":\"arn:aws:kms:us-west-2:123456789012:key/abcd\""));
    }

    [TestCase(EndpointType.Target, "\"Initstmt=SET FOREIGN_KEY_CHECKS=0;\"")]
    [TestCase(EndpointType.Source, null)]
    public void PlanEndpointSetsForeignKeyChecksOffOnlyForATarget(EndpointType endpointType, string? expected) =>
        Assert.That(Input(Plan(TestArgs.Create(endpointType: endpointType)), "mig-tidb-endpoint", "extraConnectionAttributes"), Is.EqualTo(expected));

    [Test]
    public void PlanEndpointCarriesTheClusterSettings()
    {
        var plan = Plan(TestArgs.Create(endpointType: EndpointType.Source));
        var ids = new DmsIdentifiers("shop", "dev", "mig");

        Assert.Multiple(() =>
        {
            Assert.That(Input(plan, "mig-tidb-endpoint", "endpointId"), Is.EqualTo($"\"{ids.Endpoint}\""));
            Assert.That(Input(plan, "mig-tidb-endpoint", "endpointType"), Is.EqualTo("\"source\""));
            Assert.That(Input(plan, "mig-tidb-endpoint", "engineName"), Is.EqualTo("\"mysql\""));
            Assert.That(Input(plan, "mig-tidb-endpoint", "serverName"), Is.EqualTo("\"gateway01.us-west-2.prod.aws.tidbcloud.com\""));
            Assert.That(Input(plan, "mig-tidb-endpoint", "port"), Is.EqualTo("4000"));
            Assert.That(Input(plan, "mig-tidb-endpoint", "username"), Is.EqualTo("\"3pTAoNNegb47Uc8.dms\""));
            Assert.That(Input(plan, "mig-tidb-endpoint", "password"), Is.EqualTo("\"[secret]\""));
            Assert.That(Input(plan, "mig-tidb-endpoint", "sslMode"), Is.EqualTo("\"verify-full\""));
            Assert.That(Input(plan, "mig-tidb-endpoint", "certificateArn"), Is.EqualTo("\"ref(mig-ca).certificateArn\""));
            Assert.That(Input(plan, "mig-tidb-endpoint", "databaseName"), Is.Null);
            Assert.That(plan["mig-tidb-endpoint"].AdditionalSecretOutputs, Is.EqualTo(["password"]));
            Assert.That(plan["mig-tidb-endpoint"].SecretInputs, Is.EqualTo(["password"]));
        });
    }

    [Test]
    public void PlanEndpointWithDatabaseNameSetsIt()
    {
        var args = TestArgs.Create();
        args = args with { Cluster = args.Cluster with { DatabaseName = TestArgs.Known("shop") } };

        Assert.That(Input(Plan(args), "mig-tidb-endpoint", "databaseName"), Is.EqualTo("\"shop\""));
    }

    [Test]
    public void PlanStarterVerifyFullImportsIsrgRootX1AsASecret()
    {
        var plan = Plan(TestArgs.Create(Tier.Starter));
        var certificate = plan["mig-ca"];

        Assert.Multiple(() =>
        {
            Assert.That(Input(plan, "mig-ca", "certificateId"), Is.EqualTo($"\"{new DmsIdentifiers("shop", "dev", "mig").Certificate}\""));
            Assert.That(certificate.Inputs["certificatePem"], Is.EqualTo(new PlanValue.Secret(PlanValue.Of(IsrgRootX1.Pem))));
            Assert.That(certificate.SecretInputs, Is.EqualTo(["certificatePem"]));
            Assert.That(certificate.AdditionalSecretOutputs, Is.EqualTo(["certificatePem", "certificateWallet"]));
            Assert.That(Input(plan, "mig-ca", "certificatePem"), Is.EqualTo("\"[secret]\""));
        });
    }

    [Test]
    public void PlanDedicatedVerifyCaImportsTheGivenCa()
    {
        var args = TestArgs.Create(Tier.Dedicated, Connectivity.VpcPeering)
            .WithSslMode(TestArgs.Known(SslMode.VerifyCa), TestArgs.Known(TestValues.CaPem));
        var plan = Plan(args);

        Assert.Multiple(() =>
        {
            Assert.That(plan["mig-ca"].Inputs["certificatePem"], Is.EqualTo(new PlanValue.Secret(PlanValue.Of(TestValues.CaPem))));
            Assert.That(Input(plan, "mig-tidb-endpoint", "sslMode"), Is.EqualTo("\"verify-ca\""));
            Assert.That(Input(plan, "mig-tidb-endpoint", "certificateArn"), Is.EqualTo("\"ref(mig-ca).certificateArn\""));
        });
    }

    [Test]
    public void PlanSslModeNoneHasNoCertificateEvenWithACa()
    {
        var args = TestArgs.Create(Tier.Dedicated).WithSslMode(TestArgs.Known(SslMode.None), TestArgs.Known(TestValues.CaPem));
        var plan = Plan(args);

        Assert.Multiple(() =>
        {
            Assert.That(HasChild(plan, "mig-ca"), Is.False);
            Assert.That(Input(plan, "mig-tidb-endpoint", "certificateArn"), Is.Null);
            Assert.That(Output(plan, ContractOutputs.CertificateArn), Is.Null);
        });
    }

    [TestCase(Tier.Starter, Connectivity.PublicEndpoint, true)]
    [TestCase(Tier.Starter, Connectivity.PrivateEndpoint, false)]
    [TestCase(Tier.Dedicated, Connectivity.VpcPeering, false)]
    public void PlanUnknownSslModePlansAsTheConnectivityDefault(Tier tier, Connectivity connectivity, bool certificate)
    {
        var plan = Plan(TestArgs.Create(tier, connectivity).WithSslMode(Input<SslMode>.Unknown()));

        Assert.Multiple(() =>
        {
            Assert.That(HasChild(plan, "mig-ca"), Is.EqualTo(certificate));
            Assert.That(Input(plan, "mig-tidb-endpoint", "sslMode"), Is.EqualTo("\"[unknown]\""));
        });
    }

    [Test]
    public void PlanUnknownSslModeOnDedicatedWithoutCaPlansNoCertificate()
    {
        var args = TestArgs.Create(Tier.Dedicated, Connectivity.PublicEndpoint);
        args = args with { Cluster = args.Cluster with { SslMode = Input<SslMode>.Unknown(), CaCertificatePem = null } };

        Assert.That(HasChild(Plan(args), "mig-ca"), Is.False);
    }

    [TestCase(EndpointType.Source, "\"ref(mig-tidb-endpoint).endpointArn\"", "\"" + TestValues.OtherEndpointArn + "\"")]
    [TestCase(EndpointType.Target, "\"" + TestValues.OtherEndpointArn + "\"", "\"ref(mig-tidb-endpoint).endpointArn\"")]
    public void PlanTaskPutsTheTidbEndpointOnItsSide(EndpointType endpointType, string source, string target)
    {
        var plan = Plan(TestArgs.Create(endpointType: endpointType));

        Assert.Multiple(() =>
        {
            Assert.That(Input(plan, "mig-task", "sourceEndpointArn"), Is.EqualTo(source));
            Assert.That(Input(plan, "mig-task", "targetEndpointArn"), Is.EqualTo(target));
        });
    }

    [Test]
    public void PlanTaskWithSchemasGeneratesOneSelectionRulePerSchema()
    {
        var args = TestArgs.Create(Tier.Dedicated)
            .WithTask(t => t with
            {
                Schemas = TestArgs.Known<ImmutableArray<string>>(["shop", "billing"]),
                MigrationType = TestArgs.Known(MigrationType.FullLoadAndCdc),
                StartReplicationTask = TestArgs.Known(true),
            });
        var plan = Plan(args);
        var mappings = """{"rules":[{"rule-type":"selection","rule-id":"1","rule-name":"1","object-locator":{"schema-name":"shop","table-name":"%"},"rule-action":"include"},{"rule-type":"selection","rule-id":"2","rule-name":"2","object-locator":{"schema-name":"billing","table-name":"%"},"rule-action":"include"}]}""";

        Assert.Multiple(() =>
        {
            Assert.That(plan["mig-task"].Inputs["tableMappings"], Is.EqualTo(PlanValue.Of(mappings)));
            Assert.That(Input(plan, "mig-task", "replicationTaskId"), Is.EqualTo($"\"{new DmsIdentifiers("shop", "dev", "mig").ReplicationTask}\""));
            Assert.That(Input(plan, "mig-task", "migrationType"), Is.EqualTo("\"full-load-and-cdc\""));
            Assert.That(Input(plan, "mig-task", "startReplicationTask"), Is.EqualTo("true"));
            Assert.That(Input(plan, "mig-task", "replicationInstanceArn"), Is.EqualTo("\"ref(mig-replication-instance).replicationInstanceArn\""));
        });
    }

    [Test]
    public void PlanTaskWithTableMappingsPassesThemThrough()
    {
        const string mappings = """{"rules":[{"rule-type":"selection","rule-id":"9","rule-name":"orders","object-locator":{"schema-name":"shop","table-name":"orders"},"rule-action":"include"}]}""";
        var args = TestArgs.Create().WithTask(t => t with { Schemas = null, TableMappings = TestArgs.Known(mappings) });

        Assert.That(Plan(args)["mig-task"].Inputs["tableMappings"], Is.EqualTo(PlanValue.Of(mappings)));
    }

    [Test]
    public void PlanNoTaskHasNoTaskAndNoTaskOutput()
    {
        var plan = Plan(TestArgs.Create(task: false));

        Assert.Multiple(() =>
        {
            Assert.That(HasChild(plan, "mig-task"), Is.False);
            Assert.That(Output(plan, ContractOutputs.ReplicationTaskArn), Is.Null);
        });
    }
}
