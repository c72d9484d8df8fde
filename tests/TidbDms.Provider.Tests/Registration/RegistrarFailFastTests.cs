using System.Collections.Immutable;
using Moq;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;
using static TidbDms.Provider.Tests.Registration.HandBuiltPlans;
using static TidbDms.Provider.Tests.Registration.TestTimeouts;
using static TidbDms.Provider.Tests.Registration.RegistrarTests;

namespace TidbDms.Provider.Tests.Registration;

/// <summary>
/// After the first failure: no child is sent any more, even one whose prerequisites return later,
/// and what the cancellation provokes in the calls still in flight never replaces the cause.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class RegistrarFailFastTests
{

    [Test]
    public async Task AChildWhosePrerequisiteReturnsAfterTheFirstFailureIsNeverSent()
    {
        // a's answer comes although its call was cancelled, as an engine's answer already under way does.
        var plan = new MigrationPlan(
            ComponentName,
            [Resource("aws:ec2/vpc:Vpc", "a"), Resource("aws:ec2/vpc:Vpc", "b"), Resource("aws:ec2/subnet:Subnet", "c", ("vpcId", Ref("a", "id")))],
            ImmutableSortedDictionary<string, PlanValue>.Empty);
        var aCancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var aAnswer = new TaskCompletionSource<RegisterResourceResult>(TaskCreationOptions.RunContinuationsAsynchronously);
        var monitor = new Mock<IResourceMonitor>(MockBehavior.Strict);
        monitor.Setup(m => m.RegisterResourceAsync(It.IsAny<RegisterResourceArgs>(), It.IsAny<CancellationToken>()))
            .Returns((RegisterResourceArgs args, CancellationToken ct) =>
            {
                switch (args.Name)
                {
                    case "a":
                        ct.Register(() => aCancelled.TrySetResult());
                        return aAnswer.Task;
                    case "b":
                        throw new MonitorCallException("Internal", "resource registration failed", engineStopping: false);
                    default:
                        return Task.FromResult(UpdateAnswer(args));
                }
            });

        var registering = new Registrar(monitor.Object, Generous).RegisterChildrenAsync(plan, Request(dryRun: false), ComponentUrn, CancellationToken.None);
        await aCancelled.Task.WaitAsync(TimeSpan.FromSeconds(30));
        aAnswer.SetResult(new RegisterResourceResult(ChildUrn("aws:ec2/vpc:Vpc", "a"), "a-id", ImmutableSortedDictionary<string, PropertyValue>.Empty));

        var ex = Assert.ThrowsAsync<RegistrationException>(() => registering);
        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Is.EqualTo("The Pulumi engine reported an error while registering aws:ec2/vpc:Vpc 'b': resource registration failed (Internal)."));
            Assert.That(Registered(monitor).Select(r => r.Name), Is.EqualTo(["a", "b"]));
        });
    }

    [Test]
    public void AFailureThatTheCancellationProvokesInACallInFlightDoesNotReplaceTheCause()
    {
        // x is sent first and breaks only when cancelled (a client torn down under its call); y fails first, for real.
        var plan = new MigrationPlan(
            ComponentName,
            [Resource("aws:ec2/vpc:Vpc", "x"), Resource("aws:ec2/vpc:Vpc", "y")],
            ImmutableSortedDictionary<string, PlanValue>.Empty);
        var monitor = new Mock<IResourceMonitor>(MockBehavior.Strict);
        monitor.Setup(m => m.RegisterResourceAsync(It.IsAny<RegisterResourceArgs>(), It.IsAny<CancellationToken>()))
            .Returns((RegisterResourceArgs args, CancellationToken ct) => args.Name == "x"
                ? BreakWhenCancelled(ct)
                : throw new MonitorCallException("Internal", "resource registration failed", engineStopping: false));

        var ex = Assert.ThrowsAsync<RegistrationException>(() => new Registrar(monitor.Object, Generous)
            .RegisterChildrenAsync(plan, Request(dryRun: false), ComponentUrn, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Is.EqualTo("The Pulumi engine reported an error while registering aws:ec2/vpc:Vpc 'y': resource registration failed (Internal)."));
            Assert.That(Registered(monitor).Select(r => r.Name), Is.EqualTo(["x", "y"]));
        });

        static Task<RegisterResourceResult> BreakWhenCancelled(CancellationToken ct)
        {
            // Faulted inside the cancellation itself, so x's failure ends before y's task does: only
            // the record of the first failure, not the order the tasks end in, can name y.
            var call = new TaskCompletionSource<RegisterResourceResult>();
            ct.Register(() => call.TrySetException(new ObjectDisposedException("GrpcChannel")));
            return call.Task;
        }
    }
}
