using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Values;
using TidbDms.Testing;
using static TidbDms.Provider.Tests.OfflineEngine.EngineSetup;

namespace TidbDms.Provider.Tests.OfflineEngine;

/// <summary>
/// A program's <c>RegisterResource(remote: true)</c> as the engine turns it into the plugin's
/// <c>Construct</c>, field by field (what the plugin receives, read by a fake plugin), and the
/// answer or the failure back into what the program receives.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class RemoteComponentTests
{
    private const string Sig = "4dabf18193072939515e22adb298388d";
    private const string SecretSig = "1b47061264138c4ac30d75fd1eb44270";
    private const string OutputSig = "d0e6a833031e9bbcd3f4e8bde6ca49a4";
    private const string Unknown = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";
    private const string LegacyAlias = "urn:pulumi:dev::shop::tidb-dms:index:TidbDmsMigration::older";

    private static Value S(string text) => Value.ForString(text);

    private static Value Object(params (string Key, Value Value)[] fields)
    {
        var result = new Struct();
        foreach (var (key, value) in fields)
        {
            result.Fields[key] = value;
        }

        return Value.ForStruct(result);
    }

    private static Value Secret(Value value) => Object((Sig, S(SecretSig)), ("value", value));

    private static Value Output(Value? value = null, bool secret = false, params string[] dependencies)
    {
        var output = Object((Sig, S(OutputSig))).StructValue;
        if (value is not null)
        {
            output.Fields["value"] = value;
        }

        if (secret)
        {
            output.Fields["secret"] = Value.ForBool(true);
        }

        if (dependencies.Length > 0)
        {
            output.Fields["dependencies"] = Value.ForList([.. dependencies.Select(S)]);
        }

        return Value.ForStruct(output);
    }

    /// <summary>
    /// The component as a program registers it with every option, its inputs in the forms SDKs send:
    /// a plain value, a secret inside an object, an unknown inside an object, an output value with a dependency.
    /// </summary>
    private static RegisterResourceRequest Registration(string parent = StackUrn)
    {
        var request = new RegisterResourceRequest
        {
            Type = "tidb-dms:index:TidbDmsMigration",
            Name = "mig",
            Parent = parent,
            Remote = true,
            Object = Object(
                ("tier", S("Starter")),
                ("cluster", Object(("host", S("gateway01.us-west-2.prod.aws.tidbcloud.com")), ("password", Secret(S("pw"))))),
                ("network", Object(("vpcCidr", S(Unknown)))),
                ("task", Output(Object(("otherEndpointArn", S("arn:x"))), dependencies: Bucket))).StructValue,
            Protect = true,
            Providers = { ["aws"] = AwsProvider },
            Aliases = { new Alias { Spec = new Alias.Types.Spec { Name = "old", ParentUrn = "" } } },
            AliasURNs = { LegacyAlias },
            Dependencies = { Bucket },
            AdditionalSecretOutputs = { "vpcId" },
            DeletedWith = Bucket,
            DeleteBeforeReplace = true,
            DeleteBeforeReplaceDefined = true,
            IgnoreChanges = { "tags" },
            ReplaceOnChanges = { "tier" },
            RetainOnDelete = true,
            CustomTimeouts = new RegisterResourceRequest.Types.CustomTimeouts { Create = "75m", Delete = "30m" },
            Version = "0.1.0",
            AcceptSecrets = true,
            AcceptResources = true,
            SupportsPartialValues = true,
            SupportsResultReporting = true,
            AliasSpecs = true,
        };
        foreach (var key in new[] { "tier", "cluster", "network" })
        {
            request.PropertyDependencies[key] = new RegisterResourceRequest.Types.PropertyDependencies();
        }

        request.PropertyDependencies["task"] = new RegisterResourceRequest.Types.PropertyDependencies { Urns = { Bucket } };
        return request;
    }

    [Test]
    public async Task TheRemoteRegistrationBecomesConstructFieldByField()
    {
        await using var setup = await StartAsync();
        await setup.Program.RegisterStackAsync("shop-dev");

        await setup.Program.Monitor.RegisterResourceAsync(Registration());

        var expected = new ConstructRequest
        {
            Project = "shop",
            Stack = "dev",
            Organization = "acme",
            Config = { ["aws:region"] = "us-west-2", ["shop:tidbPassword"] = "pw-from-config", ["tidb-dms:flavour"] = "vanilla" },
            ConfigSecretKeys = { "shop:tidbPassword" },
            DryRun = true,
            Parallel = 8,
            MonitorEndpoint = setup.Engine.Address,
            Type = "tidb-dms:index:TidbDmsMigration",
            Name = "mig",
            Parent = StackUrn,
            Inputs = Object(
                ("tier", S("Starter")),
                ("cluster", Object(("host", S("gateway01.us-west-2.prod.aws.tidbcloud.com")), ("password", Output(S("pw"), secret: true)))),
                ("network", Object(("vpcCidr", Output()))),
                ("task", Output(Object(("otherEndpointArn", S("arn:x"))), dependencies: Bucket))).StructValue,
            Protect = true,
            Providers = { ["aws"] = AwsProvider },
            InputDependencies =
            {
                ["tier"] = new ConstructRequest.Types.PropertyDependencies(),
                ["cluster"] = new ConstructRequest.Types.PropertyDependencies(),
                ["network"] = new ConstructRequest.Types.PropertyDependencies(),
                ["task"] = new ConstructRequest.Types.PropertyDependencies { Urns = { Bucket } },
            },
            Aliases = { new Alias { Urn = LegacyAlias }, new Alias { Spec = new Alias.Types.Spec { Name = "old" } } },
            Dependencies = { Bucket },
            AdditionalSecretOutputs = { "vpcId" },
            DeletedWith = Bucket,
            DeleteBeforeReplace = true,
            IgnoreChanges = { "tags" },
            ReplaceOnChanges = { "tier" },
            RetainOnDelete = true,
            AcceptsOutputValues = true,
            CustomTimeouts = new ConstructRequest.Types.CustomTimeouts { Create = "75m", Delete = "30m" },
        };
        Assert.That(setup.Plugin.Constructs.Single(), Is.EqualTo(expected));
    }

    [Test]
    public async Task BeforeTheFirstConstructTheEngineAttachesToThePluginAndConfiguresItOnce()
    {
        await using var setup = await StartAsync();
        await setup.Program.RegisterStackAsync("shop-dev");

        await setup.Program.Monitor.RegisterResourceAsync(Registration());
        var second = Registration();
        second.Name = "mig2";
        await setup.Program.Monitor.RegisterResourceAsync(second);

        var calls = setup.Plugin.Calls;
        Assert.Multiple(() =>
        {
            Assert.That(calls.Select(c => c.Descriptor.Name), Is.EqualTo([
                "ProviderHandshakeRequest", "PluginAttach", "ConfigureRequest", "ConstructRequest", "ConstructRequest",]));
            Assert.That(calls[0], Is.EqualTo(new ProviderHandshakeRequest
            {
                EngineAddress = setup.Engine.Address,
                ConfigureWithUrn = true,
                SupportsViews = true,
                SupportsRefreshBeforeUpdate = true,
            }));
            Assert.That(calls[1], Is.EqualTo(new PluginAttach { Address = setup.Engine.Address }));
            Assert.That(calls[2], Is.EqualTo(new ConfigureRequest
            {
                AcceptSecrets = true,
                AcceptResources = true,
                SendsOldInputs = true,
                SendsOldInputsToDelete = true,
                Type = "pulumi:providers:tidb-dms",
                Name = "default_0_1_0",
                Urn = "urn:pulumi:dev::shop::pulumi:providers:tidb-dms::default_0_1_0",
                Id = Unknown,
                Variables = { ["tidb-dms:config:flavour"] = "vanilla" },
                Args = Object(("flavour", S("vanilla"))).StructValue,
            }));
        });
    }

    [Test]
    public async Task ARemoteComponentWithoutAParentIsParentedToTheStack()
    {
        await using var setup = await StartAsync();
        await setup.Program.RegisterStackAsync("shop-dev");

        await setup.Program.Monitor.RegisterResourceAsync(Registration(parent: ""));

        Assert.That(setup.Plugin.Constructs.Single().Parent, Is.EqualTo(StackUrn));
        Assert.That(setup.Engine.Records.Registrations.Single(r => r.Resource.Remote).Resource.Parent, Is.EqualTo(StackUrn));
    }

    [Test]
    public async Task WithoutHandshakeThePluginsConfigureAnswerDecidesAndWithoutOutputValuesInputsAreDowngraded()
    {
        await using var setup = await StartAsync(new FakePluginOptions { Handshake = false, Accepts = new PluginProtocol(true, true, AcceptOutputs: false) });
        await setup.Program.RegisterStackAsync("shop-dev");

        await setup.Program.Monitor.RegisterResourceAsync(Registration());

        var construct = setup.Plugin.Constructs.Single();
        Assert.Multiple(() =>
        {
            Assert.That(construct.Inputs, Is.EqualTo(Object(
                ("tier", S("Starter")),
                ("cluster", Object(("host", S("gateway01.us-west-2.prod.aws.tidbcloud.com")), ("password", Secret(S("pw"))))),
                ("network", Object(("vpcCidr", S(Unknown)))),
                ("task", Object(("otherEndpointArn", S("arn:x"))))).StructValue), "secrets as secrets, unknowns as the sentinel, dependencies only in inputDependencies");
            Assert.That(construct.InputDependencies["task"].Urns, Is.EqualTo(new[] { Bucket }));
            Assert.That(construct.AcceptsOutputValues, Is.True);
        });
    }

    private static FakePluginOptions Answering(ConstructResponse response) => new() { Construct = (_, _) => Task.FromResult(response) };

    private static ConstructResponse ComponentAnswer() => new()
    {
        Urn = ComponentUrn,
        State = Object(
            ("vpcId", S("vpc-1")),
            ("privateSubnetIds", Value.ForList(S(Unknown), S("subnet-b"))),
            ("securityGroupId", S(Unknown)),
            ("certificateArn", Secret(S("arn:cert"))),
            ("tidbEndpointArn", Output(S("arn:ep"), dependencies: "urn:child:endpoint"))).StructValue,
        StateDependencies =
        {
            ["vpcId"] = new ConstructResponse.Types.PropertyDependencies { Urns = { "urn:child:vpc" } },
            ["securityGroupId"] = new ConstructResponse.Types.PropertyDependencies { Urns = { "urn:child:sg" } },
        },
    };

    private static RegisterResourceResponse.Types.PropertyDependencies Deps(params string[] urns) => new() { Urns = { urns } };

    [Test]
    public async Task TheAnswerReachesTheProgramWithUnknownsSecretsAndEveryOutputsDependencies()
    {
        await using var setup = await StartAsync(Answering(ComponentAnswer()));
        await setup.Program.RegisterStackAsync("shop-dev");

        var answer = await setup.Program.Monitor.RegisterResourceAsync(Registration());

        Assert.Multiple(() =>
        {
            Assert.That(answer, Is.EqualTo(new RegisterResourceResponse
            {
                Urn = ComponentUrn,
                Object = Object(
                    ("vpcId", S("vpc-1")),
                    ("privateSubnetIds", Value.ForList(S(Unknown), S("subnet-b"))),
                    ("securityGroupId", S(Unknown)),
                    ("certificateArn", Secret(S("arn:cert"))),
                    ("tidbEndpointArn", S("arn:ep"))).StructValue,
                PropertyDependencies =
                {
                    ["vpcId"] = Deps("urn:child:vpc"),
                    ["privateSubnetIds"] = Deps(),
                    ["securityGroupId"] = Deps("urn:child:sg"),
                    ["certificateArn"] = Deps(),
                    ["tidbEndpointArn"] = Deps("urn:child:endpoint"),
                },
            }));
            var recorded = setup.Engine.Records.Registrations.Single(r => r.Resource.Remote);
            Assert.That((recorded.Resource.Urn, recorded.Resource.Type, recorded.Id), Is.EqualTo((ComponentUrn, "tidb-dms:index:TidbDmsMigration", "")));
            Assert.That(recorded.Outputs["securityGroupId"], Is.EqualTo(PropertyValue.Computed));
        });
    }

    [Test]
    public async Task AfterAnUpdateUnknownsAreGoneFromTheAnswer()
    {
        await using var setup = await StartAsync(Answering(ComponentAnswer()), Options(dryRun: false));
        await setup.Program.RegisterStackAsync("shop-dev");

        var answer = await setup.Program.Monitor.RegisterResourceAsync(Registration());

        Assert.Multiple(() =>
        {
            Assert.That(answer.Object, Is.EqualTo(Object(
                ("vpcId", S("vpc-1")),
                ("privateSubnetIds", Value.ForList(Value.ForNull(), S("subnet-b"))),
                ("certificateArn", Secret(S("arn:cert"))),
                ("tidbEndpointArn", S("arn:ep"))).StructValue));
            Assert.That(answer.PropertyDependencies["securityGroupId"].Urns, Is.EqualTo(["urn:child:sg"]), "its dependencies stay listed, as the engine keeps them");
            Assert.That(setup.Plugin.Constructs.Single().DryRun, Is.False);
        });
    }

    [Test]
    public async Task AProgramThatTakesNoSecretsOrPartialValuesGetsPlainValuesAndNoUnknowns()
    {
        await using var setup = await StartAsync(Answering(ComponentAnswer()));
        await setup.Program.RegisterStackAsync("shop-dev");
        var registration = Registration();
        registration.AcceptSecrets = false;
        registration.SupportsPartialValues = false;

        var answer = await setup.Program.Monitor.RegisterResourceAsync(registration);

        Assert.That(answer.Object, Is.EqualTo(Object(
            ("vpcId", S("vpc-1")),
            ("certificateArn", S("arn:cert")),
            ("tidbEndpointArn", S("arn:ep"))).StructValue));
    }

    [Test]
    public async Task AConstructErrorReachesTheProgramAsTheEngineReportsItAndIsRecordedStructurally()
    {
        await using var setup = await StartAsync(new FakePluginOptions
        {
            Construct = (request, plugin) => request.Name == "mig"
                ? throw FakePlugin.InvalidInputs(
                    "3 inputs are invalid: tier, cluster.password, connectivity",
                    ("tier", "must be Starter, Essential or Dedicated. Set tier to one of them."),
                    ("cluster.password", "is too short. Use at least 8 characters."),
                    ("connectivity", "is required. Set connectivity."))
                : plugin.EchoAsync(request),
        });
        await setup.Program.RegisterStackAsync("shop-dev");

        var ex = Assert.ThrowsAsync<RpcException>(async () => await setup.Program.Monitor.RegisterResourceAsync(Registration()));

        var failure = setup.Engine.Records.ConstructFailures.Single();
        Assert.Multiple(() =>
        {
            Assert.That((ex!.StatusCode, ex.Status.Detail), Is.EqualTo((StatusCode.Unknown, "resource monitor shut down")));
            Assert.That((failure.Component.Urn, failure.Component.Name, failure.Component.Remote, failure.Component.Parent), Is.EqualTo((ComponentUrn, "mig", true, StackUrn)));
            Assert.That((failure.Status, failure.Message), Is.EqualTo(("InvalidArgument", "3 inputs are invalid: tier, cluster.password, connectivity")));
            Assert.That(failure.PropertyErrors, Is.EqualTo(new[]
            {
                new PropertyError("tier", "must be Starter, Essential or Dedicated. Set tier to one of them.", PropertyValue.String("Starter")),
                new PropertyError("cluster.password", "is too short. Use at least 8 characters.", PropertyValue.String("pw").WithSecret()),
                new PropertyError("connectivity", "is required. Set connectivity.", null),
            }));
            Assert.That(failure.Diagnostic, Is.EqualTo(
                "tidb-dms:index:TidbDmsMigration resource 'mig' has a problem: 3 inputs are invalid: tier, cluster.password, connectivity"
                + "\n\t\t- property tier with value 'Starter' has a problem: must be Starter, Essential or Dedicated. Set tier to one of them."
                + "\n\t\t- property cluster.password with value '[secret]' has a problem: is too short. Use at least 8 characters."
                + "\n\t\t- property connectivity has a problem: is required. Set connectivity."));
            Assert.That(setup.Engine.Records.Registrations.Where(r => r.Resource.Remote), Is.Empty);
        });

        // The engine goes on serving the deployment's other registrations.
        var next = Registration();
        next.Name = "next";
        var answer = await setup.Program.Monitor.RegisterResourceAsync(next);
        Assert.That(answer.Urn, Is.EqualTo("urn:pulumi:dev::shop::tidb-dms:index:TidbDmsMigration::next"));
    }

    [Test]
    public async Task APluginThatDoesNotAcceptSecretsCannotConstructComponents()
    {
        await using var setup = await StartAsync(new FakePluginOptions { Accepts = new PluginProtocol(AcceptSecrets: false, true, true) });
        await setup.Program.RegisterStackAsync("shop-dev");

        var ex = Assert.ThrowsAsync<RpcException>(async () => await setup.Program.Monitor.RegisterResourceAsync(Registration()));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Status.Detail, Is.EqualTo("resource monitor shut down"));
            Assert.That(setup.Engine.Records.ConstructFailures.Single().Message, Is.EqualTo("plugins that can construct components must support secrets"));
            Assert.That(setup.Plugin.Constructs, Is.Empty);
        });
    }

    [Test]
    public async Task AComponentOfAPackageWithoutAPluginIsRefused()
    {
        await using var setup = await StartAsync();
        var registration = Registration();
        registration.Type = "other:index:Thing";

        var ex = Assert.ThrowsAsync<RpcException>(async () => await setup.Program.Monitor.RegisterResourceAsync(registration));

        Assert.That((ex!.StatusCode, ex.Status.Detail), Is.EqualTo((StatusCode.FailedPrecondition,
            "no resource plugin 'other' is attached to this engine, so other:index:Thing 'mig' cannot be constructed")));
    }
}
