using System.Collections.Immutable;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Values;
using TidbDms.Testing;
using static TidbDms.Provider.Tests.OfflineEngine.EngineSetup;

namespace TidbDms.Provider.Tests.OfflineEngine;

/// <summary>
/// The calls a Pulumi SDK's runtime makes around its resources, over gRPC: the deployment's facts
/// and features, the stack and the root resource, the stack's outputs, messages, and shutdown;
/// and the in-process program API going through the very same code as the wire.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class ProgramCallsTests
{
    /// <summary>What the Node SDK probes when GetDeploymentInfo is not there.</summary>
    private static readonly string[] NodeSdkProbes =
    [
        "aliasSpecs", "deletedWith", "errorHooks", "invokeTransforms", "outputValues", "parameterization", "replaceWith", "resourceHooks",
        "resourceReferences", "secrets", "transforms",
    ];

    [Test]
    public async Task GetDeploymentInfoGivesTheDeploymentsFactsAndAdvertisesSecretsReferencesOutputValuesAndAliasSpecs()
    {
        await using var setup = await StartAsync();

        var info = await setup.Program.Monitor.GetDeploymentInfoAsync(new Empty());

        Assert.That(info, Is.EqualTo(new DeploymentInfo
        {
            Project = "shop",
            Stack = "dev",
            Organization = "acme",
            Config = { ["aws:region"] = "us-west-2", ["shop:tidbPassword"] = "pw-from-config", ["tidb-dms:flavour"] = "vanilla" },
            ConfigSecretKeys = { "shop:tidbPassword" },
            DryRun = true,
            Parallel = 8,
            SupportedFeatures =
            {
                ResourceMonitorFeature.Secrets,
                ResourceMonitorFeature.ResourceReferences,
                ResourceMonitorFeature.OutputValues,
                ResourceMonitorFeature.AliasSpecs,
                ResourceMonitorFeature.DeletedWith,
            },
        }));
    }

    [Test]
    public async Task SupportsFeatureAnswersTheNodeSdksProbesAsGetDeploymentInfoDoes()
    {
        await using var setup = await StartAsync();

        var answers = new Dictionary<string, bool>();
        foreach (var id in NodeSdkProbes)
        {
            answers[id] = (await setup.Program.Monitor.SupportsFeatureAsync(new SupportsFeatureRequest { Id = id })).HasSupport;
        }

        Assert.That(answers.Where(a => a.Value).Select(a => a.Key), Is.EqualTo(["aliasSpecs", "deletedWith", "outputValues", "resourceReferences", "secrets"]));
    }

    [Test]
    public async Task TheStackIsRegisteredSetAsRootAndGivenOutputsAndMessagesAreRecordedAgainstResources()
    {
        await using var setup = await StartAsync();

        var rootBefore = await setup.Program.Engine.GetRootResourceAsync(new GetRootResourceRequest());
        var stack = await setup.Program.RegisterStackAsync("shop-dev");
        var root = await setup.Program.Engine.GetRootResourceAsync(new GetRootResourceRequest());
        await setup.Program.Monitor.RegisterResourceOutputsAsync(new RegisterResourceOutputsRequest
        {
            Urn = stack,
            Outputs = PropertyValueMarshaller.EncodeObject([KeyValuePair.Create("vpcId", PropertyValue.Computed)], OutputValueEncoding.Downgrade),
        });
        await setup.Program.Engine.LogAsync(new LogRequest { Severity = LogSeverity.Warning, Message = "careful", Urn = stack });
        await setup.Program.Engine.LogAsync(new LogRequest { Severity = LogSeverity.Debug, Message = "RegisterResource RPC finished" });

        var records = setup.Engine.Records;
        Assert.Multiple(() =>
        {
            Assert.That(rootBefore.Urn, Is.Empty);
            Assert.That(stack, Is.EqualTo(StackUrn));
            Assert.That(root.Urn, Is.EqualTo(StackUrn));
            Assert.That(records.RootUrn, Is.EqualTo(StackUrn));
            Assert.That((records.Stack!.Urn, records.Stack.Type, records.Stack.Parent, records.Stack.Custom), Is.EqualTo((StackUrn, "pulumi:pulumi:Stack", "", false)));
            Assert.That(records.OutputsOf(StackUrn), Is.EqualTo(new Dictionary<string, PropertyValue> { ["vpcId"] = PropertyValue.Computed }));
            Assert.That(records.Logs, Is.EqualTo(new[]
            {
                new LogRecord(MessageSeverity.Warning, "careful", StackUrn),
                new LogRecord(MessageSeverity.Debug, "RegisterResource RPC finished", ""),
            }));
        });

        var again = Assert.ThrowsAsync<RpcException>(async () => await setup.Program.RegisterStackAsync("shop-dev"));
        Assert.That(again!.Status.Detail, Is.EqualTo($"Duplicate resource URN '{StackUrn}'; try giving it a unique name"));
    }

    [Test]
    public async Task SignalAndWaitForShutdownWaitsForTheCallsUnderWayThenTheEngineTakesNoMore()
    {
        var step = new SlowStep();
        await using var setup = await StartAsync(options: Options() with { Hooks = step });
        var registration = setup.Program.Monitor.RegisterResourceAsync(new RegisterResourceRequest { Type = "aws:ec2/vpc:Vpc", Name = "slow", Custom = true }).ResponseAsync;
        await step.Reached.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var shutdown = setup.Program.Monitor.SignalAndWaitForShutdownAsync(new Empty()).ResponseAsync;
        // A window for a wrong engine to answer early; a right one cannot answer before the release.
        await Task.WhenAny(shutdown, Task.Delay(TimeSpan.FromMilliseconds(300)));
        var early = shutdown.IsCompleted;
        step.Release.SetResult();
        await shutdown.WaitAsync(TimeSpan.FromSeconds(30));
        var recordedWhenDone = setup.Engine.Records.Registrations.Select(r => r.Resource.Name).ToList();
        await registration.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.Multiple(() =>
        {
            Assert.That(early, Is.False, "shutdown waited for the registration under way");
            Assert.That(recordedWhenDone, Is.EqualTo(["slow"]), "the registration under way was answered before shutdown returned");
        });
        var late = Assert.ThrowsAsync<RpcException>(async () =>
            await setup.Program.Monitor.RegisterResourceAsync(new RegisterResourceRequest { Type = "aws:ec2/vpc:Vpc", Name = "late", Custom = true }));
        Assert.That((late!.StatusCode, late.Status.Detail), Is.EqualTo((StatusCode.Unavailable, "resource monitor shut down")));
    }

    /// <summary>A step that holds its answer until the test releases it.</summary>
    private sealed class SlowStep : IEngineHooks
    {
        public TaskCompletionSource Reached { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public TaskCompletionSource Release { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task BeforeAnswerAsync(RegisteredResource resource, long arrivedAt, CancellationToken cancellationToken)
        {
            Reached.TrySetResult();
            await Release.Task.WaitAsync(cancellationToken);
        }
    }

    [Test]
    public async Task TheInProcessProgramMeetsTheSameEngineAsAProgramOverGRPC()
    {
        await using var overGrpc = await StartAsync();
        await using var inProcess = await StartAsync();
        var inputs = new Dictionary<string, PropertyValue>
        {
            ["tier"] = PropertyValue.String("Starter"),
            ["cluster"] = PropertyValue.Object(("host", PropertyValue.String("h")), ("password", PropertyValue.String("pw").WithSecret())),
            ["network"] = PropertyValue.Computed,
            ["task"] = PropertyValue.Object(("otherEndpointArn", PropertyValue.String("arn:x"))).WithDependencies([Bucket]),
        }.ToImmutableSortedDictionary(StringComparer.Ordinal);

        await overGrpc.Program.RegisterStackAsync("shop-dev");
        var request = ComponentTest.Registration(StackUrn, "mig", inputs);
        request.Protect = true;
        request.AdditionalSecretOutputs.Add("vpcId");
        request.Version = "0.1.0";
        request.CustomTimeouts = new RegisterResourceRequest.Types.CustomTimeouts { Create = "75m" };
        var wire = await overGrpc.Program.Monitor.RegisterResourceAsync(request);

        var stack = await inProcess.Engine.Program.RegisterStackAsync(CancellationToken.None);
        var answer = await inProcess.Engine.Program.RegisterRemoteComponentAsync(
            new RemoteComponentRegistration("tidb-dms:index:TidbDmsMigration", "mig", inputs)
            {
                Protect = true,
                AdditionalSecretOutputs = ["vpcId"],
                Version = "0.1.0",
                CustomTimeouts = new ComponentTimeouts(Create: "75m"),
            },
            CancellationToken.None);

        var fromWire = overGrpc.Plugin.Constructs.Single();
        var fromProcess = inProcess.Plugin.Constructs.Single();
        fromWire.MonitorEndpoint = fromProcess.MonitorEndpoint = "";
        Assert.Multiple(() =>
        {
            Assert.That(stack, Is.EqualTo(StackUrn));
            Assert.That(inProcess.Engine.Records.RootUrn, Is.EqualTo(StackUrn));
            Assert.That(fromProcess, Is.EqualTo(fromWire), "the plugin cannot tell the two programs apart");
            Assert.That(answer.Urn, Is.EqualTo(wire.Urn));
            Assert.That(answer.Outputs, Is.EqualTo(PropertyValueMarshaller.DecodeObject(wire.Object)));
            Assert.That(answer.OutputDependencies.Keys, Is.EqualTo(wire.PropertyDependencies.Keys.Order(StringComparer.Ordinal)));
        });
    }
}
