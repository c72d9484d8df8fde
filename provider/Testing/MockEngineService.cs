using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace TidbDms.Provider.Testing;

/// <summary>The mock engine's <c>pulumirpc.Engine</c>: records logs.</summary>
internal sealed class MockEngineService : Engine.EngineBase
{
    private readonly MockMonitor _monitor;

    public MockEngineService(MockMonitor monitor)
    {
        _monitor = monitor;
    }

    public override async Task<Empty> Log(LogRequest request, ServerCallContext context)
    {
        await MockFaults.ApplyAsync(_monitor.FaultFor(new MockCall("Log", request.Urn, "")), context).ConfigureAwait(false);
        _monitor.RecordLog((Registration.LogSeverity)(int)request.Severity, request.Message, request.Urn);
        return new Empty();
    }

    public override Task<GetRootResourceResponse> GetRootResource(GetRootResourceRequest request, ServerCallContext context) =>
        Task.FromResult(new GetRootResourceResponse { Urn = _monitor.StackUrn });
}
