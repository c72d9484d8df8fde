using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using TidbDms.Provider.Planning;
using TidbDms.Testing;
using static TidbDms.Provider.Tests.Registration.TestTimeouts;

namespace TidbDms.Provider.Tests.Registration;

/// <summary>
/// An engine that fails, drops the connection or stalls: Construct ends with a clear error (never a
/// hang, never a crash), and the same server builds the next component normally.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class ConstructEngineFaultTests
{
    private static readonly Scenario Base = Scenario.All().First();

    public static IEnumerable<TestCaseData> Faults()
    {
        yield return new TestCaseData(
            new MockCall("RegisterResource", AwsTypes.Vpc, "mig-vpc"),
            new MockFault.Error("Internal", "resource registration failed"),
            StatusCode.Unknown,
            "The Pulumi engine reported an error while registering aws:ec2/vpc:Vpc 'mig-vpc': resource registration failed (Internal).")
            .SetArgDisplayNames("a child's registration fails");
        yield return new TestCaseData(
            new MockCall("RegisterResource", Provider.Component.Tokens.TidbDmsMigration, "mig"),
            new MockFault.Error("Unavailable", "the engine is shutting down"),
            StatusCode.Unavailable,
            "The Pulumi engine stopped while registering the component tidb-dms:index:TidbDmsMigration 'mig' (Unavailable: the engine is shutting down).")
            .SetArgDisplayNames("the engine is stopping");
        yield return new TestCaseData(
            new MockCall("RegisterResource", AwsTypes.Subnet, "mig-private-b"),
            new MockFault.Stall(),
            StatusCode.DeadlineExceeded,
            "The Pulumi engine did not answer within 400 ms while registering aws:ec2/subnet:Subnet 'mig-private-b': it may be stalled or overloaded.")
            .SetArgDisplayNames("a child's registration stalls");
        yield return new TestCaseData(
            new MockCall("RegisterResourceOutputs", "urn:pulumi:dev::shop::tidb-dms:index:TidbDmsMigration::mig", ""),
            new MockFault.Stall(),
            StatusCode.DeadlineExceeded,
            "The Pulumi engine did not answer within 400 ms while registering the outputs of tidb-dms:index:TidbDmsMigration 'mig': it may be stalled or overloaded.")
            .SetArgDisplayNames("the outputs registration stalls");
        yield return new TestCaseData(
            new MockCall("Invoke", AwsFunctions.GetRegion, ""),
            new MockFault.Stall(),
            StatusCode.DeadlineExceeded,
            "The Pulumi engine did not answer within 400 ms while calling aws:index/getRegion:getRegion: it may be stalled or overloaded.")
            .SetArgDisplayNames("an invoke stalls");
        yield return new TestCaseData(
            new MockCall("Invoke", AwsFunctions.GetCallerIdentity, ""),
            new MockFault.Error("Unknown", "invocation of aws:index/getCallerIdentity:getCallerIdentity returned an error: no valid credential sources found"),
            StatusCode.FailedPrecondition,
            "aws:index/getCallerIdentity:getCallerIdentity failed through the AWS provider: invocation of aws:index/getCallerIdentity:getCallerIdentity "
            + "returned an error: no valid credential sources found. Check the AWS provider's credentials, permissions and region.")
            .SetArgDisplayNames("an invoke fails for want of credentials");
    }

    [TestCaseSource(nameof(Faults))]
    public async Task AFailingOrStalledEngineCallEndsConstructWithAClearErrorAndTheServerGoesOn(
        MockCall target, MockFault fault, StatusCode expectedStatus, string expectedMessage)
    {
        var faulty = true;
        var options = Scenario.Options(preview: false) with { Faults = call => faulty && call == target ? fault : null };
        await using var test = await ComponentTest.StartAsync(Base.Mocks(), options, TestTimeouts.For(fault));

        var ex = Assert.ThrowsAsync<RpcException>(() => test.ConstructAsync("mig", Base.Inputs.Build()));

        Assert.That((ex!.StatusCode, ex.Status.Detail), Is.EqualTo((expectedStatus, expectedMessage)));
        faulty = false;
        var next = await test.ConstructAsync("next", Base.Inputs.Build());
        Assert.That(next.Urn, Is.EqualTo("urn:pulumi:dev::shop::tidb-dms:index:TidbDmsMigration::next"));
    }

    [Test]
    public async Task AFailedComponentRegistrationIsAnsweredOnlyOnceTheLookupsUnderWayHaveEnded()
    {
        // The lookups run while the component registers; when the registration fails, Construct must
        // still wait for them (pulumi/pulumi#6365: no call of a Construct may outlive its answer).
        var mocks = new GatedCallMocks(Base.Mocks());
        var options = Scenario.Options(preview: false) with
        {
            Faults = call => call.Operation == "RegisterResource" && call.Subject == Provider.Component.Tokens.TidbDmsMigration
                ? new MockFault.Error("Unavailable", "the engine is shutting down")
                : null,
        };
        await using var test = await ComponentTest.StartAsync(mocks, options, Generous);

        var construct = test.ConstructAsync("mig", Base.Inputs.Build());
        var atAnswer = construct.ContinueWith(_ => mocks.Calls, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        await mocks.FirstCallEntered.WaitAsync(TimeSpan.FromSeconds(30));
        // Time for a Construct that does not wait to answer while the lookup is held; one that waits cannot.
        await Task.WhenAny(atAnswer, Task.Delay(TimeSpan.FromMilliseconds(300)));
        mocks.Open();

        var ex = Assert.ThrowsAsync<RpcException>(() => construct.WaitAsync(TimeSpan.FromSeconds(30)));
        var (entered, ended) = await atAnswer;
        Assert.Multiple(() =>
        {
            Assert.That((ex!.StatusCode, ex.Status.Detail), Is.EqualTo((
                StatusCode.Unavailable,
                "The Pulumi engine stopped while registering the component tidb-dms:index:TidbDmsMigration 'mig' (Unavailable: the engine is shutting down).")));
            Assert.That(ended, Is.EqualTo(entered), "invokes still under way when Construct answered");
            Assert.That(entered, Is.EqualTo(mocks.Calls.Entered), "invokes that came in after Construct answered");
            Assert.That(entered, Is.Positive);
        });
    }

    [Test]
    public async Task AConnectionDroppedMidRegistrationIsAClearError()
    {
        var options = Scenario.Options(preview: false) with
        {
            Faults = call => call.Operation == "RegisterResource" && call.Name == "mig-igw" ? new MockFault.DropConnection() : null,
        };
        // The drop, not a timeout, must end the Construct.
        await using var test = await ComponentTest.StartAsync(Base.Mocks(), options, Generous);

        var ex = Assert.ThrowsAsync<RpcException>(() => test.ConstructAsync("mig", Base.Inputs.Build()));

        Assert.That(ex!.StatusCode, Is.AnyOf(StatusCode.Unknown, StatusCode.Unavailable));
        Assert.That(ex.Status.Detail, Does.StartWith("The Pulumi engine ").And.Contain(" while registering aws:ec2/internetGateway:InternetGateway 'mig-igw'"));
    }

    [Test]
    public async Task AnEngineThatIsGoneIsAClearError()
    {
        var test = await ComponentTest.StartAsync(Base.Mocks(), Scenario.Options(preview: false), Short);
        await using var _ = test;
        var request = test.Request("mig", Base.Inputs.Build());
        request.MonitorEndpoint = "127.0.0.1:9";

        var ex = Assert.ThrowsAsync<RpcException>(() => test.ConstructAsync(request));

        Assert.That(ex!.StatusCode, Is.EqualTo(StatusCode.Unavailable));
        Assert.That(ex.Status.Detail, Does.StartWith("The Pulumi engine stopped while registering the component tidb-dms:index:TidbDmsMigration 'mig' (Unavailable: "));
    }

    [Test]
    public async Task CancelEndsAConstructInFlightPromptly()
    {
        var stalled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var options = Scenario.Options(preview: false) with
        {
            Faults = call =>
            {
                if (call.Operation == "RegisterResource" && call.Name == "mig-vpc")
                {
                    stalled.TrySetResult();
                    return new MockFault.Stall();
                }

                return null;
            },
        };
        await using var test = await ComponentTest.StartAsync(Base.Mocks(), options);

        var construct = test.ConstructAsync("mig", Base.Inputs.Build());
        await stalled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        await test.Client.CancelAsync(new Empty());

        var ex = Assert.ThrowsAsync<RpcException>(() => construct.WaitAsync(TimeSpan.FromSeconds(30)));
        Assert.That((ex!.StatusCode, ex.Status.Detail), Is.EqualTo((StatusCode.Cancelled, "the operation was cancelled")));
    }
}
