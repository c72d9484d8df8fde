namespace TidbDms.Testing;

/// <summary>
/// Mocks whose provider functions (invokes) wait at a gate the test opens: a lookup that is slow to
/// answer. It counts the calls that have come in and those that have ended, so a test can take a
/// snapshot at a moment of its choosing (when Construct answers) and compare it with the final count.
/// </summary>
internal sealed class GatedCallMocks(IMocks inner) : IMocks
{
    private readonly TaskCompletionSource _gate = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _firstCall = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _entered;
    private int _ended;

    /// <summary>Completes when the first invoke has come in (and waits at the gate).</summary>
    public Task FirstCallEntered => _firstCall.Task;

    /// <summary>How many invokes have come in, and how many of them have ended, at this moment.</summary>
    public (int Entered, int Ended) Calls => (Volatile.Read(ref _entered), Volatile.Read(ref _ended));

    /// <summary>Lets every waiting and later invoke through.</summary>
    public void Open() => _gate.TrySetResult();

    public Task<(string? Id, IDictionary<string, object?> State)> NewResourceAsync(MockResourceArgs args) => inner.NewResourceAsync(args);

    public async Task<IDictionary<string, object?>> CallAsync(MockCallArgs args)
    {
        Interlocked.Increment(ref _entered);
        _firstCall.TrySetResult();
        try
        {
            await _gate.Task.ConfigureAwait(false);
            return await inner.CallAsync(args).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Increment(ref _ended);
        }
    }
}
