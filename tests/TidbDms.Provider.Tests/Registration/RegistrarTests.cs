using System.Collections.Concurrent;
using System.Collections.Immutable;
using Moq;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration.Construct;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;
using static TidbDms.Provider.Tests.Registration.HandBuiltPlans;
using static TidbDms.Provider.Tests.Registration.TestTimeouts;

namespace TidbDms.Provider.Tests.Registration;

internal sealed class RegistrarTests
{
    private const string AwsProvider = "urn:pulumi:dev::proj::pulumi:providers:aws::east::0d5a7c6e";

    private static readonly ComponentOptions AllOptions = ComponentOptions.Default(StackUrn) with
    {
        Providers = new Dictionary<string, string> { ["aws"] = AwsProvider }.ToImmutableSortedDictionary(StringComparer.Ordinal),
        Dependencies = ["urn:pulumi:dev::proj::aws:s3/bucket:Bucket::b", "urn:pulumi:dev::proj::aws:s3/bucket:Bucket::a"],
        Protect = true,
        RetainOnDelete = true,
        DeletedWith = "urn:pulumi:dev::proj::aws:s3/bucket:Bucket::a",
        DeleteBeforeReplace = true,
        CustomTimeouts = new CustomTimeouts(Create: "50m", Delete: "20m"),
        AdditionalSecretOutputs = ["vpcId"],
    };

    [Test]
    public async Task TheComponentIsRegisteredWithTheRequestParentAndOptionsAndNoInputs()
    {
        var monitor = AnsweringMonitor(UpdateAnswer);
        var options = AllOptions with { Aliases = [new ResourceAlias(Name: "old-mig")] };

        var result = await new Registrar(monitor.Object, Generous).RegisterComponentAsync(Request(dryRun: false, options), CancellationToken.None);

        var args = Registered(monitor).Single();
        Assert.Multiple(() =>
        {
            Assert.That(result.Urn, Is.EqualTo(ComponentUrn));
            Assert.That(args.Type, Is.EqualTo("tidb-dms:index:TidbDmsMigration"));
            Assert.That(args.Name, Is.EqualTo("mig"));
            Assert.That(args.Parent, Is.EqualTo(StackUrn));
            Assert.That(args.Custom, Is.False);
            Assert.That(args.Inputs, Is.Empty);
            Assert.That(args.Providers, Is.EqualTo(options.Providers));
            Assert.That(args.Provider, Is.Empty);
            Assert.That(args.Version, Is.Empty);
            Assert.That(args.Dependencies, Is.EqualTo(["urn:pulumi:dev::proj::aws:s3/bucket:Bucket::a", "urn:pulumi:dev::proj::aws:s3/bucket:Bucket::b"]));
            Assert.That(args.Protect, Is.True);
            Assert.That(args.RetainOnDelete, Is.True);
            Assert.That(args.DeletedWith, Is.EqualTo("urn:pulumi:dev::proj::aws:s3/bucket:Bucket::a"));
            Assert.That(args.CustomTimeouts, Is.EqualTo(new CustomTimeouts(Create: "50m", Delete: "20m")));
            Assert.That(args.Aliases, Is.EqualTo(new[] { new ResourceAlias(Name: "old-mig") }));
            Assert.That(args.AdditionalSecretOutputs, Is.Empty);
        });
    }

    [Test]
    public async Task TheComponentRegistrationRecordsItsInputsWithoutDependenciesListedApart()
    {
        var monitor = AnsweringMonitor(UpdateAnswer);
        var request = Request(dryRun: true) with
        {
            Inputs = new Dictionary<string, PropertyValue>
            {
                ["tier"] = PropertyValue.String("Starter"),
                ["cluster"] = PropertyValue.Object(("password", PropertyValue.Computed.WithSecret())).WithDependencies([InputDependency]),
            }.ToImmutableSortedDictionary(StringComparer.Ordinal),
        };

        await new Registrar(monitor.Object, Generous).RegisterComponentAsync(request, CancellationToken.None);

        var args = Registered(monitor).Single();
        Assert.Multiple(() =>
        {
            Assert.That(args.Inputs, Is.EqualTo(new Dictionary<string, PropertyValue>
            {
                ["cluster"] = PropertyValue.Object(("password", PropertyValue.Computed.WithSecret())),
                ["tier"] = PropertyValue.String("Starter"),
            }));
            Assert.That(args.PropertyDependencies, Is.EqualTo(new Dictionary<string, string[]> { ["cluster"] = [InputDependency], ["tier"] = [] }));
            Assert.That(args.Dependencies, Is.EqualTo(new[] { InputDependency }));
        });
    }

    [Test]
    public async Task AChildCarriesResolvedReferencesSecretsDependenciesAndTheComponentOptions()
    {
        var monitor = AnsweringMonitor(UpdateAnswer);

        var results = await new Registrar(monitor.Object, Generous)
            .RegisterChildrenAsync(Small(), Request(dryRun: false, AllOptions), ComponentUrn, CancellationToken.None);

        var caUrn = ChildUrn("aws:dms/certificate:Certificate", "mig-ca");
        var groupUrn = ChildUrn("aws:dms/replicationSubnetGroup:ReplicationSubnetGroup", "mig-subnet-group");
        var endpoint = Registered(monitor).Single(a => a.Name == "mig-tidb");
        Assert.Multiple(() =>
        {
            Assert.That(results.Keys, Is.EqualTo(["mig-ca", "mig-private-a", "mig-private-b", "mig-subnet-group", "mig-tidb", "mig-vpc"]));
            Assert.That(endpoint.Type, Is.EqualTo("aws:dms/endpoint:Endpoint"));
            Assert.That(endpoint.Parent, Is.EqualTo(ComponentUrn));
            Assert.That(endpoint.Custom, Is.True);
            Assert.That(endpoint.Inputs, Is.EqualTo(new Dictionary<string, PropertyValue>
            {
                ["certificateArn"] = PropertyValue.String("arn:aws:dms:us-west-2:123456789012:cert:CA"),
                ["endpointId"] = PropertyValue.String("mig-tidb"),
                ["password"] = PropertyValue.String(Password).WithSecret(),
                ["port"] = PropertyValue.Number(4000),
            }));
            Assert.That(endpoint.PropertyDependencies, Is.EqualTo(new Dictionary<string, string[]>
            {
                ["certificateArn"] = [caUrn],
                ["endpointId"] = [],
                ["password"] = [InputDependency],
                ["port"] = [],
            }));
            Assert.That(endpoint.Dependencies, Is.EqualTo(new[] { InputDependency, caUrn, groupUrn }));
            Assert.That(endpoint.Provider, Is.EqualTo(AwsProvider));
            Assert.That(endpoint.Version, Is.EqualTo("7.48.0"));
            Assert.That(endpoint.Providers, Is.Empty);
            Assert.That(endpoint.Protect, Is.True);
            Assert.That(endpoint.RetainOnDelete, Is.True);
            Assert.That(endpoint.DeleteBeforeReplace, Is.True);
            Assert.That(endpoint.DeletedWith, Is.EqualTo("urn:pulumi:dev::proj::aws:s3/bucket:Bucket::a"));
            Assert.That(endpoint.CustomTimeouts, Is.EqualTo(new CustomTimeouts(Create: "50m", Delete: "20m")));
            Assert.That(endpoint.AdditionalSecretOutputs, Is.EqualTo(["password"]));
            Assert.That(endpoint.Aliases, Is.Empty);
        });
    }

    [Test]
    public async Task WithoutAnAwsProviderChildrenNameOnlyTheVersion()
    {
        var monitor = AnsweringMonitor(UpdateAnswer);

        await new Registrar(monitor.Object, Generous).RegisterChildrenAsync(Small(), Request(dryRun: false), ComponentUrn, CancellationToken.None);

        Assert.That(Registered(monitor).Select(a => (a.Provider, a.Version, a.Protect, a.CustomTimeouts)).Distinct(), Is.EqualTo(new[] { ("", "7.48.0", (bool?)null, (CustomTimeouts?)null) }));
    }

    [Test]
    public async Task ASecretNestedInAnInputMakesTheWholeInputSecret()
    {
        var monitor = AnsweringMonitor(UpdateAnswer);

        await new Registrar(monitor.Object, Generous).RegisterChildrenAsync(Small(), Request(dryRun: false), ComponentUrn, CancellationToken.None);

        var certificate = Registered(monitor).Single(a => a.Name == "mig-ca");
        Assert.That(certificate.Inputs["certificatePem"], Is.EqualTo(PropertyValue.String("-----BEGIN CERTIFICATE-----").WithSecret()));
        Assert.That(certificate.AdditionalSecretOutputs, Is.EqualTo(["certificatePem"]));
    }

    [Test]
    public async Task InAPreviewReferencesToOutputsNotKnownYetAreSentUnknown()
    {
        var monitor = AnsweringMonitor(PreviewAnswer);

        await new Registrar(monitor.Object, Generous).RegisterChildrenAsync(Small(), Request(dryRun: true), ComponentUrn, CancellationToken.None);

        var vpcUrn = ChildUrn("aws:ec2/vpc:Vpc", "mig-vpc");
        var subnet = Registered(monitor).Single(a => a.Name == "mig-private-a");
        var group = Registered(monitor).Single(a => a.Name == "mig-subnet-group");
        var endpoint = Registered(monitor).Single(a => a.Name == "mig-tidb");
        Assert.Multiple(() =>
        {
            Assert.That(subnet.Inputs["vpcId"], Is.EqualTo(PropertyValue.Computed));
            Assert.That(subnet.PropertyDependencies["vpcId"], Is.EqualTo(new[] { vpcUrn }));
            Assert.That(group.Inputs["subnetIds"], Is.EqualTo(PropertyValue.Array(PropertyValue.Computed, PropertyValue.Computed)));
            Assert.That(group.PropertyDependencies["subnetIds"], Is.EqualTo(new[]
            {
                ChildUrn("aws:ec2/subnet:Subnet", "mig-private-a"),
                ChildUrn("aws:ec2/subnet:Subnet", "mig-private-b"),
            }));
            Assert.That(endpoint.Inputs["certificateArn"], Is.EqualTo(PropertyValue.Computed));
            Assert.That(endpoint.Inputs["password"], Is.EqualTo(PropertyValue.String(Password).WithSecret()));
        });
    }

    [Test]
    public async Task AChildStartsAsSoonAsTheChildrenItNeedsReturnWithoutWaitingForTheRestOfItsLevel()
    {
        // a and slow have no prerequisites; b needs a only. A level-by-level registrar would hold b until slow returns.
        var plan = new MigrationPlan(
            ComponentName,
            [
                Resource("aws:ec2/vpc:Vpc", "a"),
                Resource("aws:ec2/vpc:Vpc", "slow"),
                Resource("aws:ec2/subnet:Subnet", "b", ("vpcId", Ref("a", "id"))),
            ],
            ImmutableSortedDictionary<string, PlanValue>.Empty);
        var gates = new GatedMonitor("a", "slow", "b");

        var registering = new Registrar(gates.Monitor.Object, Generous)
            .RegisterChildrenAsync(plan, Request(dryRun: false), ComponentUrn, CancellationToken.None);
        await gates.Started("a");
        await gates.Started("slow");
        Assert.That(gates.HasStarted("b"), Is.False, "b started before a returned");

        gates.Answer("a");
        await gates.Started("b");
        Assert.That(gates.HasStarted("b") && !gates.HasAnswered("slow"), Is.True);

        gates.Answer("b");
        gates.Answer("slow");
        var results = await registering;
        Assert.That(results["b"].Urn, Is.EqualTo(ChildUrn("aws:ec2/subnet:Subnet", "b")));
    }

    [Test]
    public void HeightsCountTheChildrenOnTheLongestPathToTheEnd()
    {
        var plan = new MigrationPlan(
            ComponentName,
            [
                Resource("aws:ec2/vpc:Vpc", "vpc"),
                Resource("aws:ec2/subnet:Subnet", "leaf", ("vpcId", Ref("vpc", "id"))),
                Resource("aws:ec2/subnet:Subnet", "mid", ("vpcId", Ref("vpc", "id"))),
                Resource("aws:ec2/routeTable:RouteTable", "end", ("x", Ref("mid", "id"))),
            ],
            ImmutableSortedDictionary<string, PlanValue>.Empty);

        Assert.That(Registrar.Heights(plan), Is.EqualTo(new Dictionary<string, int> { ["vpc"] = 3, ["leaf"] = 1, ["mid"] = 2, ["end"] = 1 }));
    }

    [Test]
    public async Task AmongChildrenReadyTogetherTheOneHeadingTheLongestChainIsSentFirst()
    {
        var plan = new MigrationPlan(
            ComponentName,
            [
                Resource("aws:ec2/vpc:Vpc", "vpc"),
                Resource("aws:ec2/subnet:Subnet", "short", ("vpcId", Ref("vpc", "id"))),
                Resource("aws:ec2/subnet:Subnet", "long", ("vpcId", Ref("vpc", "id"))),
                Resource("aws:ec2/routeTable:RouteTable", "after-long", ("x", Ref("long", "id"))),
            ],
            ImmutableSortedDictionary<string, PlanValue>.Empty);
        var order = new ConcurrentQueue<string>();
        var monitor = new Mock<IResourceMonitor>(MockBehavior.Strict);
        monitor.Setup(m => m.RegisterResourceAsync(It.IsAny<RegisterResourceArgs>(), It.IsAny<CancellationToken>()))
            .Returns((RegisterResourceArgs args, CancellationToken _) =>
            {
                order.Enqueue(args.Name);
                return Task.FromResult(UpdateAnswer(args));
            });

        await new Registrar(monitor.Object, Generous).RegisterChildrenAsync(plan, Request(dryRun: false), ComponentUrn, CancellationToken.None);

        Assert.That(order.Where(n => n is "long" or "short"), Is.EqualTo(["long", "short"]));
    }

    [Test]
    public async Task TheFirstFailureCancelsCallsInFlightSkipsDependentsAndIsReportedAfterEveryCallEnded()
    {
        var plan = new MigrationPlan(
            ComponentName,
            [
                Resource("aws:ec2/vpc:Vpc", "a"),
                Resource("aws:ec2/vpc:Vpc", "in-flight"),
                Resource("aws:ec2/subnet:Subnet", "dependent", ("vpcId", Ref("a", "id"))),
            ],
            ImmutableSortedDictionary<string, PlanValue>.Empty);
        var gates = new GatedMonitor("a", "in-flight", "dependent");

        var registering = new Registrar(gates.Monitor.Object, Generous)
            .RegisterChildrenAsync(plan, Request(dryRun: false), ComponentUrn, CancellationToken.None);
        await gates.Started("in-flight");
        gates.Fail("a", new MonitorCallException("Internal", "resource registration failed", engineStopping: false));

        var ex = Assert.ThrowsAsync<RegistrationException>(() => registering);
        Assert.Multiple(() =>
        {
            Assert.That(ex!.Failure, Is.EqualTo(RegistrationFailure.EngineError));
            Assert.That(ex.Message, Is.EqualTo(
                "The Pulumi engine reported an error while registering aws:ec2/vpc:Vpc 'a': resource registration failed (Internal)."));
            Assert.That(gates.WasCancelled("in-flight"), Is.True);
            Assert.That(gates.HasStarted("dependent"), Is.False);
        });
    }

    [Test]
    public void ARegistrationTheEngineNeverAnswersFailsWithTheTimeoutAndTheResource()
    {
        var gates = new GatedMonitor("mig-vpc");
        var plan = new MigrationPlan(ComponentName, [Resource("aws:ec2/vpc:Vpc", "mig-vpc")], ImmutableSortedDictionary<string, PlanValue>.Empty);

        var ex = Assert.ThrowsAsync<RegistrationException>(() => new Registrar(gates.Monitor.Object, new(TimeSpan.FromMilliseconds(200), TimeSpan.FromMinutes(1)))
            .RegisterChildrenAsync(plan, Request(dryRun: false), ComponentUrn, CancellationToken.None));

        Assert.That(ex!.Failure, Is.EqualTo(RegistrationFailure.Timeout));
        Assert.That(ex.Message, Is.EqualTo(
            "The Pulumi engine did not answer within 200 ms while registering aws:ec2/vpc:Vpc 'mig-vpc': it may be stalled or overloaded."));
    }

    [Test]
    public void AnEngineShuttingDownIsReportedAsSuch()
    {
        var gates = new GatedMonitor("mig-vpc");
        var plan = new MigrationPlan(ComponentName, [Resource("aws:ec2/vpc:Vpc", "mig-vpc")], ImmutableSortedDictionary<string, PlanValue>.Empty);
        gates.Fail("mig-vpc", new MonitorCallException("Unavailable", "the engine is shutting down", engineStopping: true));

        var ex = Assert.ThrowsAsync<RegistrationException>(() => new Registrar(gates.Monitor.Object, Generous)
            .RegisterChildrenAsync(plan, Request(dryRun: false), ComponentUrn, CancellationToken.None));

        Assert.That(ex!.Failure, Is.EqualTo(RegistrationFailure.EngineStopping));
        Assert.That(ex.Message, Is.EqualTo("The Pulumi engine stopped while registering aws:ec2/vpc:Vpc 'mig-vpc' (Unavailable: the engine is shutting down)."));
    }

    [Test]
    public async Task CancellingEndsEveryCallAndReportsCancellation()
    {
        var gates = new GatedMonitor("a", "b");
        var plan = new MigrationPlan(ComponentName, [Resource("aws:ec2/vpc:Vpc", "a"), Resource("aws:ec2/vpc:Vpc", "b")], ImmutableSortedDictionary<string, PlanValue>.Empty);
        using var cancel = new CancellationTokenSource();

        var registering = new Registrar(gates.Monitor.Object, Generous).RegisterChildrenAsync(plan, Request(dryRun: false), ComponentUrn, cancel.Token);
        await gates.Started("a");
        await gates.Started("b");
        await cancel.CancelAsync();

        Assert.CatchAsync<OperationCanceledException>(() => registering);
        Assert.That(gates.WasCancelled("a") && gates.WasCancelled("b"), Is.True);
    }

    [Test]
    public void APlanListingAChildBeforeWhatItNeedsIsRefusedBeforeAnythingIsRegistered()
    {
        var monitor = AnsweringMonitor(UpdateAnswer);
        var plan = new MigrationPlan(
            ComponentName,
            [Resource("aws:ec2/subnet:Subnet", "b", ("vpcId", Ref("a", "id"))), Resource("aws:ec2/vpc:Vpc", "a")],
            ImmutableSortedDictionary<string, PlanValue>.Empty);

        var ex = Assert.ThrowsAsync<InvalidOperationException>(() => new Registrar(monitor.Object, Generous)
            .RegisterChildrenAsync(plan, Request(dryRun: false), ComponentUrn, CancellationToken.None));

        Assert.That(ex!.Message, Is.EqualTo("the plan lists 'b' before 'a', which it needs"));
        Assert.That(Registered(monitor), Is.Empty);
    }

    [Test]
    public void APlanRegisteringAChildTwiceIsRefusedBeforeAnythingIsRegistered()
    {
        var monitor = AnsweringMonitor(UpdateAnswer);
        var plan = new MigrationPlan(
            ComponentName,
            [Resource("aws:ec2/vpc:Vpc", "a"), Resource("aws:ec2/subnet:Subnet", "b", ("vpcId", Ref("a", "id"))), Resource("aws:ec2/vpc:Vpc", "a")],
            ImmutableSortedDictionary<string, PlanValue>.Empty);

        var ex = Assert.ThrowsAsync<InvalidOperationException>(() => new Registrar(monitor.Object, Generous)
            .RegisterChildrenAsync(plan, Request(dryRun: false), ComponentUrn, CancellationToken.None));

        Assert.That(ex!.Message, Is.EqualTo("the plan registers 'a' twice"));
        Assert.That(Registered(monitor), Is.Empty);
    }

    internal static Mock<IResourceMonitor> AnsweringMonitor(Func<RegisterResourceArgs, RegisterResourceResult> answer)
    {
        var monitor = new Mock<IResourceMonitor>(MockBehavior.Strict);
        monitor.Setup(m => m.RegisterResourceAsync(It.IsAny<RegisterResourceArgs>(), It.IsAny<CancellationToken>()))
            .Returns((RegisterResourceArgs args, CancellationToken _) => Task.FromResult(answer(args)));
        return monitor;
    }

    internal static IReadOnlyList<RegisterResourceArgs> Registered(Mock<IResourceMonitor> monitor) =>
        [.. monitor.Invocations.Where(i => i.Method.Name == nameof(IResourceMonitor.RegisterResourceAsync)).Select(i => (RegisterResourceArgs)i.Arguments[0])];

    /// <summary>A monitor whose registrations each wait for the test to answer or fail them.</summary>
    private sealed class GatedMonitor
    {
        private readonly Dictionary<string, TaskCompletionSource<RegisterResourceResult>> _answers = [];
        private readonly Dictionary<string, TaskCompletionSource> _started = [];
        private readonly ConcurrentDictionary<string, bool> _cancelled = new();

        public GatedMonitor(params string[] names)
        {
            foreach (var name in names)
            {
                _answers[name] = new(TaskCreationOptions.RunContinuationsAsynchronously);
                _started[name] = new(TaskCreationOptions.RunContinuationsAsynchronously);
            }

            Monitor.Setup(m => m.RegisterResourceAsync(It.IsAny<RegisterResourceArgs>(), It.IsAny<CancellationToken>()))
                .Returns(async (RegisterResourceArgs args, CancellationToken ct) =>
                {
                    _started[args.Name].TrySetResult();
                    try
                    {
                        var result = await _answers[args.Name].Task.WaitAsync(ct);
                        return result with { Urn = ChildUrn(args.Type, args.Name) };
                    }
                    catch (OperationCanceledException)
                    {
                        _cancelled[args.Name] = true;
                        throw;
                    }
                });
        }

        public Mock<IResourceMonitor> Monitor { get; } = new(MockBehavior.Strict);

        public Task Started(string name) => _started[name].Task.WaitAsync(TimeSpan.FromSeconds(30));

        public bool HasStarted(string name) => _started[name].Task.IsCompleted;

        public bool HasAnswered(string name) => _answers[name].Task.IsCompleted;

        public bool WasCancelled(string name) => _cancelled.ContainsKey(name);

        public void Answer(string name) =>
            _answers[name].SetResult(new RegisterResourceResult("", $"{name}-id", ImmutableSortedDictionary<string, PropertyValue>.Empty));

        public void Fail(string name, Exception exception) => _answers[name].SetException(exception);
    }
}
