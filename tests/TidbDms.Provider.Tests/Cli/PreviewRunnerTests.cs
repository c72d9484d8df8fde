using TidbDms.Provider.Cli;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Values;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>
/// The preview verb as a program run against the offline engine: what it registers, how it locates
/// what comes back, and what it refuses before anything reaches the engine.
/// </summary>
internal sealed class PreviewRunnerTests
{
    private const string Password = "Pa55-w0rd-never-shown";
    private const string Component = "tidb-dms:index:TidbDmsMigration";

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

    private static Task<PreviewResult> PreviewAsync(TestEnvironment environment, string program, params string[] config) =>
        new PreviewRunner(environment.Environment).PreviewAsync(
            new PreviewRequest(program, [.. config], "dev", PreviewFormat.Text, Environment.CurrentDirectory), CancellationToken.None);

    /// <summary>The program's own registration of its component (not the one its provider made during Construct).</summary>
    private static RegisteredResource Declared(PreviewResult result, string name) =>
        result.Records!.Registrations.Single(r => r.Resource.Remote && r.Resource.Name == name).Resource;

    [Test]
    public async Task PreviewRootProgramRegistersTheStackThenItsComponentAsARemoteComponent()
    {
        await using var environment = TestEnvironment.RealPlugin();

        var result = await PreviewAsync(environment, RepositoryFiles.RootProgram);

        Assert.That(result.Errors, Is.Empty);
        var records = result.Records!;
        var declared = Declared(result, "migration");
        const string StackUrn = "urn:pulumi:dev::tidb-dms-quickstart::pulumi:pulumi:Stack::tidb-dms-quickstart-dev";
        Assert.Multiple(() =>
        {
            Assert.That(environment.Regions, Is.EqualTo(["us-west-2"]));
            Assert.That(records.Stack!.Urn, Is.EqualTo(StackUrn));
            Assert.That(records.RootUrn, Is.EqualTo(StackUrn));
            Assert.That((declared.Type, declared.Parent, declared.Custom, declared.Urn),
                Is.EqualTo((Component, StackUrn, false, "urn:pulumi:dev::tidb-dms-quickstart::tidb-dms:index:TidbDmsMigration::migration")));
            Assert.That(declared.Inputs, Is.EqualTo(new Dictionary<string, PropertyValue>
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
            Assert.That(records.Registrations.Single(r => r.Resource.Remote).Wire.Remote, Is.True);
            Assert.That(records.OutputsOf(StackUrn)!.Keys, Is.EqualTo([
                "natGatewayPublicIps", "privateSubnetIds", "replicationInstanceArn", "securityGroupId", "tidbEndpointArn", "vpcId",]), "the stack's outputs are registered with the engine");
        });
    }

    [Test]
    public async Task PreviewConfigAndStackFlagsReachTheEngineAndTheInputs()
    {
        await using var environment = TestEnvironment.RealPlugin();

        var result = await new PreviewRunner(environment.Environment).PreviewAsync(
            new PreviewRequest(
                RepositoryFiles.RootProgram,
                [$"tidbPassword={Password}", "tidbHost=gateway01.eu-central-1.prod.aws.tidbcloud.com", "aws:region=eu-central-1"],
                "prod",
                PreviewFormat.Text,
                Environment.CurrentDirectory),
            CancellationToken.None);

        Assert.That(result.Errors, Is.Empty);
        var inputs = Declared(result, "migration").Inputs;
        Assert.Multiple(() =>
        {
            Assert.That(environment.Regions, Is.EqualTo(["eu-central-1"]));
            Assert.That(result.Records!.Stack!.Urn, Is.EqualTo("urn:pulumi:prod::tidb-dms-quickstart::pulumi:pulumi:Stack::tidb-dms-quickstart-prod"));
            Assert.That(inputs["cluster"].AsObject["password"], Is.EqualTo(S(Password).WithSecret()));
            Assert.That(inputs["cluster"].AsObject["host"], Is.EqualTo(S("gateway01.eu-central-1.prod.aws.tidbcloud.com")));
            Assert.That(inputs["tags"].AsObject["stack"], Is.EqualTo(S("prod")));
        });
    }

    [TestCase("", "gateway01.ap-northeast-1.prod.aws.tidbcloud.com", "ap-northeast-1")]
    [TestCase("", "tidb.abc.clusters.tidb-cloud.com", "us-west-2")]
    [TestCase("", "${hostFromSecret}", "us-west-2")]
    [TestCase("--config=aws:region=sa-east-1", "gateway01.ap-northeast-1.prod.aws.tidbcloud.com", "sa-east-1")]
    public async Task PreviewRegionIsConfigElseTheHostsElseUsWest2(string flag, string host, string expected)
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
        await using var environment = TestEnvironment.Fake();
        string[] args = flag.Length == 0 ? ["preview", program.Directory] : ["preview", program.Directory, flag];

        var outcome = await PreviewInvocation.RunAsync(environment.Environment, args);

        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
        Assert.That(environment.Regions, Is.EqualTo(new[] { expected }));
    }

    [Test]
    public async Task PreviewPasswordFromAPlainConfigIsMadeSecretByTheProviderAndNeverShown()
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
                  tier: Starter
                  connectivity: PublicEndpoint
                  endpointType: target
                  cluster:
                    host: gateway01.us-west-2.prod.aws.tidbcloud.com
                    username: 4fXyZ8example.dms
                    password: ${pw}
            """);
        await using var environment = TestEnvironment.RealPlugin();

        var outcome = await PreviewInvocation.RunAsync(environment.Environment, "preview", program.Directory, "--json", "--config", $"pw={Password}");
        var result = await PreviewAsync(environment, program.Directory, $"pw={Password}");

        var component = result.Records!.Resources.Single(r => r.Type == Component);
        var endpoint = result.Records.Resources.Single(r => r.Type == "aws:dms/endpoint:Endpoint");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            Assert.That(outcome.All, Does.Not.Contain(Password));
            Assert.That(Declared(result, "mig").Inputs["cluster"].AsObject["password"], Is.EqualTo(S(Password)), "the program sent it as it had it: plain");
            Assert.That(component.Inputs["cluster"].AsObject["password"], Is.EqualTo(S(Password).WithSecret()), "the component registered by the provider holds it secret");
            Assert.That(endpoint.Inputs["password"], Is.EqualTo(S(Password).WithSecret()));
        });
    }

    [TestCase("--json")]
    [TestCase("--mermaid")]
    [TestCase("--stack=dev")]
    public async Task PreviewPasswordGivenWithConfigNeverAppearsInAnyOutput(string format)
    {
        await using var environment = TestEnvironment.RealPlugin();

        var outcome = await PreviewInvocation.RunAsync(environment.Environment, "preview", RepositoryFiles.RootProgram, format, "--config", $"tidbPassword={Password}");

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            Assert.That(outcome.All, Does.Not.Contain(Password));
        });
    }

    [TestCase("${tidbPassword}", "--config", "tidbPassword=" + Password)]
    [TestCase(Password, "--stack", "dev")]
    public async Task PreviewAnErrorAboutThePasswordShowsItAsSecretHoweverTheProgramGaveIt(string password, string flag, string value)
    {
        using var program = new TempProgram($"""
            name: demo
            runtime: yaml
            config:
              tidbPassword:
                type: string
                secret: true
            resources:
              mig:
                type: tidb-dms:TidbDmsMigration
                properties:
                  cluster:
                    password: {password}
            """);
        await using var environment = TestEnvironment.Fake(new FakePluginOptions
        {
            Construct = (_, _) => throw FakePlugin.InvalidInputs("1 input is invalid: cluster.password", ("cluster.password", "too short")),
        });

        var outcome = await PreviewInvocation.RunAsync(environment.Environment, "preview", program.Directory, "--json", flag, value);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Error, Does.Contain("mig: cluster.password ('[secret]'): too short"));
            Assert.That(outcome.All, Does.Not.Contain(Password));
        });
    }

    [Test]
    public async Task PreviewConstructErrorsAreAllPrintedAtTheLinesOfTheirInputsAndWarningsAtTheirResource()
    {
        using var program = new TempProgram(Program(
            Migration
            + "\n" + Migration.Replace("  mig:", "  mig2:", StringComparison.Ordinal)
            + "\n" + Migration.Replace("  mig:", "  mig3:", StringComparison.Ordinal)));
        var file = Path.Combine(program.Directory, "Pulumi.yaml");
        await using var environment = TestEnvironment.Fake(new FakePluginOptions
        {
            Construct = (request, plugin) => request.Name switch
            {
                "mig" => throw FakePlugin.InvalidInputs(
                    "4 inputs are invalid: cluster.sslMode, cluster.password, task.schemas[1], connectivity",
                    ("cluster.sslMode", "refused"),
                    ("cluster.password", "required"),
                    ("task.schemas[1]", "no"),
                    ("connectivity", "required")),
                "mig2" => throw new Grpc.Core.RpcException(new Grpc.Core.Status(Grpc.Core.StatusCode.FailedPrecondition, "the component is wrong")),
                _ => plugin.EchoAsync(request, "cluster.host: far away"),
            },
        });

        var outcome = await PreviewInvocation.RunAsync(environment.Environment, "preview", file);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Output, Is.Empty);
            Assert.That(outcome.Error, Is.EqualTo($"""
                warning: {file}:26: mig3: cluster.host: far away
                error: {file}:14: mig: cluster.sslMode ('none'): refused
                error: {file}:12: mig: cluster.password: required
                error: {file}:16: mig: task.schemas[1] ('b'): no
                error: {file}:10: mig: connectivity: required
                error: {file}:17: mig2: the component is wrong
                error: preview failed with 5 errors; nothing was previewed

                """));
        });
    }

    [Test]
    public async Task PreviewWarningsAProviderLogsAreShownUnderTheResourceTheyAreAbout()
    {
        using var program = new TempProgram(Program(Migration));
        await using var environment = TestEnvironment.Fake(new FakePluginOptions
        {
            Construct = (request, plugin) => plugin.EchoAsync(request, "cluster.sslMode: risky", "cluster.host: far away"),
        });

        var outcome = await PreviewInvocation.RunAsync(environment.Environment, "preview", program.Directory);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            Assert.That(outcome.Output, Does.EndWith("""

                Diagnostics:
                  tidb-dms:index:TidbDmsMigration (mig):
                    warning: cluster.host: far away
                    warning: cluster.sslMode: risky

                """));
        });
    }

    [Test]
    public async Task PreviewUnsupportedFeaturesAreAllErrorsWithFileAndLineAndNothingReachesTheEngine()
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
        await using var environment = TestEnvironment.Fake();

        var outcome = await PreviewInvocation.RunAsync(environment.Environment, "preview", file);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(environment.PluginsStarted, Is.Zero, "nothing is previewed when the program has errors");
            Assert.That(environment.Regions, Is.Empty);
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
    public async Task PreviewResourceOptionsReachTheEngineAndConstruct()
    {
        using var program = new TempProgram(Program(Migration + "\n" + """
                options:
                  protect: true
                  retainOnDelete: true
                  deleteBeforeReplace: true
                  version: 0.1.0
                  additionalSecretOutputs: [vpcId]
                  ignoreChanges: [tags]
                  replaceOnChanges: [tier]
                  customTimeouts:
                    create: 75m
                    delete: 30m
                  hideDiffs: [tags]
            """));
        await using var environment = TestEnvironment.Fake();

        var outcome = await PreviewInvocation.RunAsync(environment.Environment, "preview", program.Directory);

        var construct = environment.Fakes.Single().Constructs.Single();
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            Assert.That((construct.Protect, construct.RetainOnDelete, construct.DeleteBeforeReplace), Is.EqualTo((true, true, true)));
            Assert.That(construct.AdditionalSecretOutputs, Is.EqualTo(["vpcId"]));
            Assert.That(construct.IgnoreChanges, Is.EqualTo(["tags"]));
            Assert.That(construct.ReplaceOnChanges, Is.EqualTo(["tier"]));
            Assert.That((construct.CustomTimeouts.Create, construct.CustomTimeouts.Update, construct.CustomTimeouts.Delete), Is.EqualTo(("75m", "", "30m")));
            Assert.That(environment.Fakes.Single().Calls.OfType<Pulumirpc.ConfigureRequest>().Single().Name, Is.EqualTo("default_0_1_0"), "the version option names the default provider");
        });
    }

    [Test]
    public async Task PreviewResourceOptionsOfTheWrongShapeAreErrorsAtTheirLines()
    {
        using var program = new TempProgram(Program(Migration + "\n" + """
                options:
                  protect: yes please
                  additionalSecretOutputs: vpcId
                  customTimeouts:
                    create: 75
                    later: 1m
            """));
        var file = Path.Combine(program.Directory, "Pulumi.yaml");
        await using var environment = TestEnvironment.Fake();

        var outcome = await PreviewInvocation.RunAsync(environment.Environment, "preview", file);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(environment.PluginsStarted, Is.Zero);
            Assert.That(outcome.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries), Is.EqualTo(new[]
            {
                $"error: {file}:18: mig: options.protect must be true or false, not a string",
                $"error: {file}:19: mig: options.additionalSecretOutputs must be a list of strings, not a string",
                $"error: {file}:21: mig: options.customTimeouts has no 'later' (it takes create, update and delete)",
                $"error: {file}:21: mig: options.customTimeouts.create must be a duration string such as 75m",
                "error: preview failed with 4 errors; nothing was previewed",
            }));
        });
    }

    [Test]
    public async Task PreviewOtherResourcesAreListedAsNotPreviewed()
    {
        using var program = new TempProgram(Program(Migration + "\n  pet:\n    type: random:RandomPet\n", outputs: "  petName: ${pet.id}\n"));
        await using var environment = TestEnvironment.Fake();

        var outcome = await PreviewInvocation.RunAsync(environment.Environment, "preview", program.Directory);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            Assert.That(outcome.Output, Does.Contain("\nNot previewed (preview evaluates tidb-dms:index:TidbDmsMigration resources only; not counted above): pet (random:RandomPet)\n"));
            Assert.That(outcome.Output, Does.Contain("\n    petName: output<string>\n"));
            Assert.That(outcome.Output, Does.Contain("\n    + 3 to create\n"));
        });
    }

    [Test]
    public async Task PreviewStackOutputsComeFromTheComponentsAnswer()
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
        await using var environment = TestEnvironment.Fake();

        var outcome = await PreviewInvocation.RunAsync(environment.Environment, "preview", file);

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
            Assert.That(outcome.Output, Does.EndWith($"""
                Diagnostics:
                  pulumi:pulumi:Stack (demo-dev):
                    warning: {file}:23: output 'missing': the component does not set this output for its topology, so the stack output will be absent

                """));
        });
    }

    [Test]
    public async Task PreviewOutputNotInTheContractIsAnError()
    {
        using var program = new TempProgram(Program(Migration, outputs: "  x: ${mig.vpcID}\n"));
        var file = Path.Combine(program.Directory, "Pulumi.yaml");
        await using var environment = TestEnvironment.Fake();

        var outcome = await PreviewInvocation.RunAsync(environment.Environment, "preview", file);

        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Error, Does.StartWith($"error: {file}:19: '${{mig.vpcID}}': TidbDmsMigration has no output 'vpcID' (outputs: vpcId, privateSubnetIds,"));
        });
    }

    [Test]
    public async Task PreviewJsonAndMermaidTogetherIsAUsageError()
    {
        await using var environment = TestEnvironment.Fake();
        var outcome = await PreviewInvocation.RunAsync(environment.Environment, "preview", RepositoryFiles.RootProgram, "--json", "--mermaid");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Error, Does.Contain("--json and --mermaid are alternatives: choose one"));
            Assert.That(environment.PluginsStarted, Is.Zero);
        });
    }

    [Test]
    public async Task PreviewMissingProgramSaysSo()
    {
        await using var environment = TestEnvironment.Fake();
        var outcome = await PreviewInvocation.RunAsync(environment.Environment, "preview", "/nonexistent/dir/Pulumi.yaml", "--json");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Error, Does.StartWith("error: /nonexistent/dir/Pulumi.yaml: no such file or directory\n"));
            Assert.That(outcome.Output, Does.Contain("\"message\": \"/nonexistent/dir/Pulumi.yaml: no such file or directory\""));
        });
    }

    [Test]
    public void EngineConfigIsTheProgramsConfigAsTheEngineHoldsIt()
    {
        var config = new Dictionary<string, PropertyValue>
        {
            ["aws:region"] = S("eu-west-1"),
            ["tidbPassword"] = S(Password).WithSecret(),
            ["unset"] = PropertyValue.Computed.WithSecret(),
            ["zones"] = PropertyValue.Array(S("a"), S("b")),
            ["count"] = PropertyValue.Number(3),
            ["flag"] = PropertyValue.Bool(true),
        };

        var (values, secrets) = EngineConfig.From("demo", config);

        Assert.Multiple(() =>
        {
            Assert.That(values, Is.EqualTo(new Dictionary<string, string>
            {
                ["aws:region"] = "eu-west-1",
                ["demo:count"] = "3",
                ["demo:flag"] = "true",
                ["demo:tidbPassword"] = Password,
                ["demo:zones"] = "[\"a\",\"b\"]",
            }));
            Assert.That(secrets, Is.EqualTo(["demo:tidbPassword"]));
        });
    }
}
