using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// The engine's <c>pulumirpc.Engine</c>: messages for the user (recorded, attached to their
/// resource) and the root resource a program sets (its stack). StartDebugging and
/// RequirePulumiVersion answer UNIMPLEMENTED, which SDKs tolerate.
/// </summary>
internal sealed class EngineService : Engine.EngineBase
{
    private readonly Deployment _deployment;

    public EngineService(Deployment deployment)
    {
        _deployment = deployment;
    }

    public override Task<Empty> Log(LogRequest request, ServerCallContext context)
    {
        _deployment.Log(request);
        return Task.FromResult(new Empty());
    }

    public override Task<GetRootResourceResponse> GetRootResource(GetRootResourceRequest request, ServerCallContext context) =>
        Task.FromResult(new GetRootResourceResponse { Urn = _deployment.RootResource });

    public override Task<SetRootResourceResponse> SetRootResource(SetRootResourceRequest request, ServerCallContext context)
    {
        _deployment.RootResource = request.Urn;
        return Task.FromResult(new SetRootResourceResponse());
    }
}
