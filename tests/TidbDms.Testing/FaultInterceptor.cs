using Grpc.Core;
using Grpc.Core.Interceptors;
using Pulumirpc;

namespace TidbDms.Testing;

/// <summary>
/// Injects <see cref="MockFault"/>s into the offline engine's gRPC calls as they arrive, as a
/// broken or stalled engine would behave: an error status, a connection reset mid-call, or no answer.
/// </summary>
internal sealed class FaultInterceptor : Interceptor
{
    private readonly Func<MockCall, MockFault?> _faults;

    public FaultInterceptor(Func<MockCall, MockFault?> faults)
    {
        _faults = faults;
    }

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        MockCall? call = request switch
        {
            RegisterResourceRequest r => new MockCall("RegisterResource", r.Type, r.Name),
            RegisterResourceOutputsRequest o => new MockCall("RegisterResourceOutputs", o.Urn, ""),
            ResourceInvokeRequest i => new MockCall("Invoke", i.Tok, ""),
            LogRequest l => new MockCall("Log", l.Urn, ""),
            _ => null,
        };
        if (call is not null)
        {
            await ApplyAsync(_faults(call), context).ConfigureAwait(false);
        }

        return await continuation(request, context).ConfigureAwait(false);
    }

    private static async Task ApplyAsync(MockFault? fault, ServerCallContext context)
    {
        switch (fault)
        {
            case MockFault.Error error:
                throw new RpcException(new Status(Enum.Parse<StatusCode>(error.Status), error.Message));
            case MockFault.DropConnection:
                // Reset the stream as a crashing engine would; the handler then waits for the abort to land.
                context.GetHttpContext().Abort();
                await Task.Delay(Timeout.Infinite, context.CancellationToken).ConfigureAwait(false);
                break;
            case MockFault.Stall:
                await Task.Delay(Timeout.Infinite, context.CancellationToken).ConfigureAwait(false);
                break;
        }
    }
}
