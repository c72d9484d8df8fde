using Grpc.Core;
using TidbDms.Provider.Registration;

namespace TidbDms.Provider.Rpc;

/// <summary>How a failed call to the engine (monitor or log) becomes a <see cref="MonitorCallException"/>.</summary>
internal static class EngineCallErrors
{
    /// <summary>
    /// Runs <paramref name="call"/>; an error status or a broken connection becomes a
    /// <see cref="MonitorCallException"/>, cancellation by <paramref name="cancellationToken"/> an
    /// <see cref="OperationCanceledException"/>.
    /// </summary>
    public static async Task<T> Guard<T>(Func<Task<T>> call, CancellationToken cancellationToken)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RpcException ex) when (cancellationToken.IsCancellationRequested)
        {
            throw new OperationCanceledException(ex.Status.Detail, ex, cancellationToken);
        }
        catch (RpcException ex)
        {
            // Unavailable/Cancelled: the engine is going away (another resource failed, the user
            // cancelled, or it crashed); the cause is reported by the engine itself.
            var stopping = ex.StatusCode is StatusCode.Unavailable or StatusCode.Cancelled;
            throw new MonitorCallException(ex.StatusCode.ToString(), Detail(ex), stopping, ex);
        }
        catch (HttpRequestException ex)
        {
            throw new MonitorCallException(StatusCode.Unavailable.ToString(), ex.Message, engineStopping: true, ex);
        }
    }

    private static string Detail(RpcException ex) =>
        ex.Status.Detail.Length > 0 ? ex.Status.Detail
        : ex.Status.DebugException?.Message ?? "no detail";
}
