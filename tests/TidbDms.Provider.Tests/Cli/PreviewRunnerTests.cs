using System.Collections.Immutable;
using TidbDms.Provider.Cli;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>The preview verb around the engine: what it sends, how it locates what comes back, and what it refuses.</summary>
internal sealed class PreviewRunnerTests
{
    private const string Password = "Pa55-w0rd-never-shown";

    private static PropertyValue S(string value) => PropertyValue.String(value);

    private static string Program(string resources, string config = "", string outputs = "") => $"""
        name: demo
        runtime: yaml
        config:
          aws:region:
            value: eu-west-1
        {config}
        resources:
        {resources}
        outputs:
          unused: x
        {outputs}
        """;

    private const string Migration = """
          mig:
            type: tidb-dms:TidbDmsMigration
            properties:
              tier: Starter
              cluster:
                host: gateway01.us-west-2.prod.aws.tidbcloud.com
                sslMode: none
              task:
                schemas: [a, b]
        """;

    [Test]
    public async Task Preview_RootProgram_SendsItsInputsAndContextToTheEngine()
    {
        var engine = new RecordingPreviewEngine();
        var outcome = await PreviewInvocation.RunAsync(engine, "preview", RepositoryFiles.RootProgram);

        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
        var (name, inputs, context) = engine.Calls.Single();
        Assert.Multiple(() =>
        {
            Assert.That(name, Is.EqualTo("migration"));
            Assert.That(context, Is.EqualTo(new PreviewContext("tidb-dms-quickstart", "dev", "us-west-2")));
            Assert.That(inputs, Is.EqualTo(new Dictionary<string, PropertyValue>
            {
                ["tier"] = S("Starter"),
                ["connectivity"] = S("PublicEndpoint"),
                ["endpointType"] = S("target"),
                ["cluster"] = PropertyValue.Object(
                    ("host", S("gateway01.us-west-2.prod.aws.tidbcloud.com")),
                    ("username", S("4fXyZ8example.dms_user")),
                    ("password", PropertyValue.Computed.WithSecret())),
                ["network"] = PropertyValue.Object(("publicAccess", S("NatGateway"))),
                ["tags"] = PropertyValue.Object(("project", S("tidb-dms-quickstart")), ("stack", S("dev"))),
            }));
        });
    }

    [Test]
    public async Task Preview_ConfigAndStackFlags_ReachTheInputs()
    {
        var engine = new RecordingPreviewEngine();
        var outcome = await PreviewInvocation.RunAsync(
            engine, "preview", RepositoryFiles.RootProgram, "--config", $"tidbPassword={Password}", "-c", "tidbHost=gateway01.eu-central-1.prod.aws.tidbcloud.com", "--config", "aws:region=eu-central-1", "--stack", "prod");

        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
        var (_, inputs, context) = engine.Calls.Single();
        Assert.Multiple(() =>
        {
            Assert.That(context, Is.EqualTo(new PreviewContext("tidb-dms-quickstart", "prod", "eu-central-1")));
            Assert.That(inputs["cluster"].AsObject["password"], Is.EqualTo(S(Password).WithSecret()));
            Assert.That(inputs["cluster"].AsObject["host"], Is.EqualTo(S("gateway01.eu-central-1.prod.aws.tidbcloud.com")));
            Assert.That(inputs["tags"].AsObject["stack"], Is.EqualTo(S("prod")));
        });
    }

    [TestCase("", "gateway01.ap-northeast-1.prod.aws.tidbcloud.com", "ap-northeast-1")]
    [TestCase("", "tidb.abc.clusters.tidb-cloud.com", "us-west-2")]
    [TestCase("", "${hostFromSecret}", "us-west-2")]
    [TestCase("--config=aws:region=sa-east-1", "gateway01.ap-northeast-1.prod.aws.tidbcloud.com", "sa-east-1")]
    public async Task Preview_Region_IsConfigElseTheHostsElseUsWest2(string flag, string host, string expected)
    {
        using var program = new TempProgram($"""
            name: demo
            runtime: yaml
            config:
              hostFromSecret:
                type: string
                secret: true
            resources:
              mig:
                type: tidb-dms:index:TidbDmsMigration
                properties:
                  cluster:
                    host: {host}
            """);
        var engine = new RecordingPreviewEngine();
        string[] args = flag.Length == 0 ? ["preview", program.Directory] : ["preview", program.Directory, flag];

        var outcome = await PreviewInvocation.RunAsync(engine, args);

        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
        Assert.That(engine.Calls.Single().Context.Region, Is.EqualTo(expected));
    }

    [Test]
    public async Task Preview_PasswordFromAPlainConfig_IsStillSecret()
    {
        using var program = new TempProgram("""
            name: demo
            runtime: yaml
            config:
              pw: x
            resources:
              mig:
                type: tidb-dms:TidbDmsMigration
                properties:
                  cluster:
                    password: ${pw}
            """);
        var engine = new RecordingPreviewEngine();

        var outcome = await PreviewInvocation.RunAsync(engine, "preview", program.Directory, "--json", "--config", $"pw={Password}");

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            Assert.That(engine.Calls.Single().Inputs["cluster"].AsObject["password"], Is.EqualTo(S(Password).WithSecret()));
            Assert.That(outcome.All, Does.Not.Contain(Password));
        });
    }

    [TestCase("--json")]
    [TestCase("--mermaid")]
    [TestCase("--stack=dev")]
    public async Task Preview_PasswordGivenWithConfig_NeverAppearsInAnyOutput(string format)
    {
        var outcome = await PreviewInvocation.RunAsync(new RecordingPreviewEngine(), "preview", RepositoryFiles.RootProgram, format, "--config", $"tidbPassword={Password}");

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            Assert.That(outcome.All, Does.Not.Contain(Password));
        });
    }

    [Test]
    public async Task Preview_PasswordGivenWithConfig_NeverAppearsInErrors()
    {
        var engine = new RecordingPreviewEngine();
        engine.Errors["migration"] = [new PreviewDiagnostic("cluster.password", "cluster.password ('[secret]'): too short")];

        var outcome = await PreviewInvocation.RunAsync(engine, "preview", RepositoryFiles.RootProgram, "--json", "--config", $"tidbPassword={Password}", "--config", "tidbUser=not-a-number-but-fine");

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Error, Does.Contain("too short"));
            Assert.That(outcome.All, Does.Not.Contain(Password));
        });
    }

    [Test]
    public async Task Preview_EngineErrors_AreAllPrintedAtTheLinesOfTheirInputs()
    {
        using var program = new TempProgram(Program(Migration + "\n" + Migration.Replace("  mig:", "  mig2:", StringComparison.Ordinal)));
        var file = Path.Combine(program.Directory, "Pulumi.yaml");
        var engine = new RecordingPreviewEngine();
        engine.Errors["mig"] =
        [
            new PreviewDiagnostic("cluster.sslMode", "cluster.sslMode ('none'): refused"),
            new PreviewDiagnostic("cluster.password", "cluster.password: required"),
            new PreviewDiagnostic("task.schemas[1]", "task.schemas[1] ('b'): no"),
            new PreviewDiagnostic("connectivity", "connectivity: required"),
            new PreviewDiagnostic("", "the component is wrong"),
        ];
        engine.Errors["mig2"] = [new PreviewDiagnostic("tier", "tier: bad")];
        engine.Warnings["mig"] = [new PreviewDiagnostic("cluster.host", "cluster.host: far away")];

        var outcome = await PreviewInvocation.RunAsync(engine, "preview", file);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Output, Is.Empty);
            Assert.That(outcome.Error, Is.EqualTo($"""
                warning: {file}:13: mig: cluster.host: far away
                error: {file}:14: mig: cluster.sslMode ('none'): refused
                error: {file}:12: mig: cluster.password: required
                error: {file}:16: mig: task.schemas[1] ('b'): no
                error: {file}:10: mig: connectivity: required
                error: {file}:8: mig: the component is wrong
                error: {file}:20: mig2: tier: bad
                error: preview failed with 6 errors; nothing was previewed

                """));
        });
    }

    [Test]
    public async Task Preview_UnsupportedFeatures_AreAllErrorsWithFileAndLine()
    {
        using var program = new TempProgram("""
            name: demo
            runtime: yaml
            config:
              host:
                type: string
            variables:
              user: abc
            resources:
              bucket:
                type: aws:s3:Bucket
              other:
                type: tidb-dms:TidbDmsMigration
              mig:
                type: tidb-dms:TidbDmsMigration
                get:
                  id: x
                options:
                  protect: true
                  dependsOn: ["${bucket}"]
                  provider: ${bucket}
                properties:
                  tier: ${other.tier}
                  cluster:
                    host: ${bucket.bucketDomainName}
                    username: ${user}
                    password:
                      fn::secret: x
            """);
        var file = Path.Combine(program.Directory, "Pulumi.yaml");
        var engine = new RecordingPreviewEngine();

        var outcome = await PreviewInvocation.RunAsync(engine, "preview", file);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(engine.Calls, Is.Empty, "nothing is previewed when the program has errors");
            Assert.That(outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
            {
                $"error: {file}:4: config 'host' has no value and no default: give it with --config host=VALUE, or add a default",
                $"error: {file}:15: mig: 'get' (reading an existing resource) is not supported by preview: a TidbDmsMigration is always created",
                $"error: {file}:19: mig: options.dependsOn is not supported by preview (it needs other resources or state that an offline preview does not have); supported options: additionalSecretOutputs, customTimeouts, deleteBeforeReplace, hideDiffs, ignoreChanges, pluginDownloadURL, protect, replaceOnChanges, retainOnDelete, version",
                $"error: {file}:20: mig: options.provider is not supported by preview (it needs other resources or state that an offline preview does not have); supported options: additionalSecretOutputs, customTimeouts, deleteBeforeReplace, hideDiffs, ignoreChanges, pluginDownloadURL, protect, replaceOnChanges, retainOnDelete, version",
                $"error: {file}:22: mig: '${{other.tier}}' refers to the outputs of the TidbDmsMigration 'other': references between resources are not supported by preview",
                $"error: {file}:24: mig: '${{bucket.bucketDomainName}}' refers to the resource 'bucket' (aws:s3:Bucket), which preview does not evaluate: put the value in config instead",
                $"error: {file}:25: mig: '${{user}}' uses the variable 'user' ({file}:7): variables are not supported by preview; write the value here or declare it in config",
                $"error: {file}:27: mig: 'fn::secret' is not supported by preview: built-in functions run in the Pulumi engine; write the value itself or take it from config",
                "error: preview failed with 8 errors; nothing was previewed",
            }));
        });
    }

    [Test]
    public async Task Preview_OtherResources_AreListedAsNotPreviewed()
    {
        using var program = new TempProgram(Program(Migration + "\n  pet:\n    type: random:RandomPet\n", outputs: "  petName: ${pet.id}\n"));
        var outcome = await PreviewInvocation.RunAsync(new RecordingPreviewEngine(), "preview", program.Directory);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            Assert.That(outcome.Output, Does.Contain("\nNot previewed (preview evaluates tidb-dms:index:TidbDmsMigration resources only; not counted above): pet (random:RandomPet)\n"));
            Assert.That(outcome.Output, Does.Contain("\n    petName: output<string>\n"));
            Assert.That(outcome.Output, Does.Contain("\n    + 3 to create\n"));
        });
    }

    [Test]
    public async Task Preview_StackOutputs_ComeFromTheComponentOutputs()
    {
        using var program = new TempProgram(Program(Migration, outputs: """
              vpc: ${mig.vpcId}
              ips: ${mig.replicationInstancePublicIps}
              firstNat: ${mig.natGatewayPublicIps[0]}
              urn: ${mig.urn}
              missing: ${mig.vpcEndpointId}
              label: vpc ${mig.vpcId} of ${pulumi.stack}
            """));
        var file = Path.Combine(program.Directory, "Pulumi.yaml");

        var outcome = await PreviewInvocation.RunAsync(new RecordingPreviewEngine(), "preview", file);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            Assert.That(outcome.Output, Does.Contain("""
                Stack outputs:
                    firstNat: output<string>
                    ips     : output<array>
                    label   : output<string>
                    unused  : "x"
                    urn     : "urn:pulumi:dev::demo::tidb-dms:index:TidbDmsMigration::mig"
                    vpc     : output<string>

                """));
            Assert.That(outcome.Output, Does.Contain($"""
                Warnings:
                    {file}:23: output 'missing': the component does not set this output for its topology, so the stack output will be absent

                """));
        });
    }

    [Test]
    public async Task Preview_OutputNotInTheContract_IsAnError()
    {
        using var program = new TempProgram(Program(Migration, outputs: "  x: ${mig.vpcID}\n"));
        var file = Path.Combine(program.Directory, "Pulumi.yaml");

        var outcome = await PreviewInvocation.RunAsync(new RecordingPreviewEngine(), "preview", file);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Error, Does.StartWith($"error: {file}:19: '${{mig.vpcID}}': TidbDmsMigration has no output 'vpcID' (outputs: vpcId, privateSubnetIds,"));
        });
    }

    [Test]
    public async Task Preview_JsonAndMermaidTogether_IsAUsageError()
    {
        var outcome = await PreviewInvocation.RunAsync(new RecordingPreviewEngine(), "preview", RepositoryFiles.RootProgram, "--json", "--mermaid");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Error, Does.Contain("--json and --mermaid are alternatives: choose one"));
        });
    }

    [Test]
    public async Task Preview_MissingProgram_SaysSo()
    {
        var outcome = await PreviewInvocation.RunAsync(new RecordingPreviewEngine(), "preview", "/nonexistent/dir/Pulumi.yaml", "--json");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Error, Does.StartWith("error: /nonexistent/dir/Pulumi.yaml: no such file or directory\n"));
            Assert.That(outcome.Output, Does.Contain("\"message\": \"/nonexistent/dir/Pulumi.yaml: no such file or directory\""));
        });
    }

    [Test]
    public void MarkSecretInputs_WrapsThePasswordOnly()
    {
        var inputs = new Dictionary<string, PropertyValue>
        {
            ["cluster"] = PropertyValue.Object(("password", S("p")), ("host", S("h"))),
            ["tier"] = S("Starter"),
        }.ToImmutableSortedDictionary(StringComparer.Ordinal);

        Assert.That(PreviewRunner.MarkSecretInputs(inputs), Is.EqualTo(new Dictionary<string, PropertyValue>
        {
            ["cluster"] = PropertyValue.Object(("password", S("p").WithSecret()), ("host", S("h"))),
            ["tier"] = S("Starter"),
        }));
    }
}
