using Grpc.Core;
using TidbDms.Provider.Registration;

namespace TidbDms.Provider.Testing;

/// <summary>Injects a <see cref="MockFault"/> into a gRPC call, and maps the mock's errors to statuses.</summary>
internal static class MockFaults
{
    public static async Task ApplyAsync(MockFault? fault, ServerCallContext context)
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

    public static RpcException ToRpc(MonitorCallException ex) =>
        new(new Status(Enum.TryParse<StatusCode>(ex.Status, out var code) ? code : StatusCode.Unknown, ex.Detail));
}
