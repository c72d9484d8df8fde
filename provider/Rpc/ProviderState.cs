namespace TidbDms.Provider.Rpc;

/// <summary>
/// What the provider process knows across calls: the engine's address (from argv, Handshake or
/// Attach) and the process-wide cancellation that <c>Cancel</c> and shutdown trigger. Everything else
/// arrives with each request; the provider keeps no deployment state of its own.
/// </summary>
internal sealed class ProviderState : IDisposable
{
    private readonly CancellationTokenSource _cancellation = new();
    private string? _engineAddress;

    public ProviderState(string? engineAddress)
    {
        _engineAddress = string.IsNullOrEmpty(engineAddress) ? null : engineAddress;
    }

    /// <summary>The <c>pulumirpc.Engine</c> address (<c>127.0.0.1:port</c>); null until the engine tells us (attach mode).</summary>
    public string? EngineAddress
    {
        get => Volatile.Read(ref _engineAddress);
        set => Volatile.Write(ref _engineAddress, string.IsNullOrEmpty(value) ? null : value);
    }

    /// <summary>Cancelled when the engine calls <c>Cancel</c> or the process shuts down: in-flight work stops.</summary>
    public CancellationToken Cancellation => _cancellation.Token;

    /// <summary>A token for one call: cancelled by the call's own cancellation or by the process-wide one. Dispose it after the call.</summary>
    public CancellationTokenSource CreateCallCancellation(CancellationToken callCancellation) =>
        CancellationTokenSource.CreateLinkedTokenSource(callCancellation, _cancellation.Token);

    /// <summary>Never throws: the engine reports a plugin whose Cancel failed as having exited prematurely.</summary>
    public void Cancel()
    {
        try
        {
            _cancellation.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Shutting down already: nothing left to cancel.
        }
        catch (AggregateException)
        {
            // A cancellation callback failed; the cancellation itself happened.
        }
    }

    public void Dispose() => _cancellation.Dispose();
}
