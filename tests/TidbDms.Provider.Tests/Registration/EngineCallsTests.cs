using TidbDms.Provider.Registration;

namespace TidbDms.Provider.Tests.Registration;

/// <summary>
/// One engine call with a deadline: each way it can fail becomes one clear error, and a call the
/// caller cancelled stays a cancellation whatever the engine's connection reported.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class EngineCallsTests
{
    private const string What = "registering aws:ec2/vpc:Vpc 'mig-vpc'";

    [TestCase(60_000, "1 minute")]
    [TestCase(300_000, "5 minutes")]
    [TestCase(7_200_000, "120 minutes")]
    [TestCase(90_000, "90 seconds")]
    [TestCase(60_500, "60.5 seconds")]
    [TestCase(1_000, "1 second")]
    [TestCase(1_500, "1.5 seconds")]
    [TestCase(400, "400 ms")]
    public void ATimeoutIsDescribedInTheLargestWholeUnit(int milliseconds, string expected)
    {
        Assert.That(EngineCalls.Describe(TimeSpan.FromMilliseconds(milliseconds)), Is.EqualTo(expected));
    }

    [Test]
    public void AnErrorTheEngineAnswersAfterTheCallerCancelledIsACancellation()
    {
        using var cancel = new CancellationTokenSource();
        var engineError = new MonitorCallException("Cancelled", "context canceled", engineStopping: true);

        var ex = Assert.ThrowsAsync<OperationCanceledException>(() => EngineCalls.CallAsync(
            _ =>
            {
                cancel.Cancel();
                return Task.FromException<int>(engineError);
            },
            TimeSpan.FromMinutes(1),
            What,
            cancel.Token));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Message, Is.EqualTo("cancelled while registering aws:ec2/vpc:Vpc 'mig-vpc'"));
            Assert.That(ex.InnerException, Is.SameAs(engineError));
            Assert.That(ex.CancellationToken, Is.EqualTo(cancel.Token));
        });
    }

    [Test]
    public void AnEngineErrorNamesTheCallTheEnginesMessageAndItsStatus()
    {
        var engineError = new MonitorCallException("Internal", "resource registration failed", engineStopping: false);

        var ex = Assert.ThrowsAsync<RegistrationException>(() => EngineCalls.CallAsync(
            _ => Task.FromException(engineError), TimeSpan.FromMinutes(1), What, CancellationToken.None));

        Assert.Multiple(() =>
        {
            Assert.That(ex!.Failure, Is.EqualTo(RegistrationFailure.EngineError));
            Assert.That(ex.Message, Is.EqualTo("The Pulumi engine reported an error while registering aws:ec2/vpc:Vpc 'mig-vpc': resource registration failed (Internal)."));
            Assert.That(ex.InnerException, Is.SameAs(engineError));
        });
    }

    [Test]
    public void AMonitorCallExceptionsMessageIsItsStatusAndDetail()
    {
        var inner = new InvalidOperationException("socket closed");

        var ex = new MonitorCallException("Unavailable", "the engine is shutting down", engineStopping: true, inner);

        Assert.That((ex.Message, ex.Status, ex.Detail, ex.EngineStopping, ex.InnerException),
            Is.EqualTo(("Unavailable: the engine is shutting down", "Unavailable", "the engine is shutting down", true, (Exception)inner)));
    }
}
