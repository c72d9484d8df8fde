using System.Globalization;

namespace TidbDms.Provider.Registration;

/// <summary>
/// Runs one engine call with a deadline and turns every way it can fail into one clear
/// <see cref="RegistrationException"/>: an error status, a broken connection, or no answer.
/// Cancellation by the caller stays an <see cref="OperationCanceledException"/>.
/// </summary>
internal static class EngineCalls
{
    /// <param name="what">What the call was doing, for the message: "registering aws:ec2/vpc:Vpc 'mig-vpc'".</param>
    public static async Task<T> CallAsync<T>(
        Func<CancellationToken, Task<T>> call,
        TimeSpan timeout,
        string what,
        CancellationToken cancellationToken)
    {
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            return await call(deadline.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException ex) when (!cancellationToken.IsCancellationRequested)
        {
            throw new RegistrationException(
                RegistrationFailure.Timeout,
                $"The Pulumi engine did not answer within {Describe(timeout)} while {what}: it may be stalled or overloaded.",
                ex);
        }
        catch (MonitorCallException ex) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException($"cancelled while {what}", ex, cancellationToken);
        }
        catch (MonitorCallException ex) when (ex.EngineStopping)
        {
            throw new RegistrationException(
                RegistrationFailure.EngineStopping,
                $"The Pulumi engine stopped while {what} ({ex.Status}: {ex.Detail}).",
                ex);
        }
        catch (MonitorCallException ex)
        {
            throw new RegistrationException(
                RegistrationFailure.EngineError,
                $"The Pulumi engine reported an error while {what}: {ex.Detail} ({ex.Status}).",
                ex);
        }
    }

    public static Task CallAsync(Func<CancellationToken, Task> call, TimeSpan timeout, string what, CancellationToken cancellationToken) =>
        CallAsync(
            async ct =>
            {
                await call(ct).ConfigureAwait(false);
                return true;
            },
            timeout,
            what,
            cancellationToken);

    /// <summary>"5 minutes", "1 second", "1.5 seconds", "200 ms": short and exact enough for a message.</summary>
    public static string Describe(TimeSpan timeout) =>
        timeout.TotalMinutes >= 1 && timeout.TotalMinutes == Math.Floor(timeout.TotalMinutes)
            ? Count(timeout.TotalMinutes, "minute")
            : timeout.TotalSeconds >= 1
                ? Count(timeout.TotalSeconds, "second")
                : string.Create(CultureInfo.InvariantCulture, $"{timeout.TotalMilliseconds:0} ms");

    private static string Count(double count, string unit) =>
        string.Create(CultureInfo.InvariantCulture, $"{count:0.###} {unit}{(count == 1 ? "" : "s")}");
}
