using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// The engine's <c>pulumirpc.ResourceMonitor</c>, for programs (a Pulumi SDK's runtime) and for the
/// providers constructing their components: a thin adapter onto the <see cref="Deployment"/>.
/// Methods not overridden (Call, ReadResource, transforms, hooks) answer UNIMPLEMENTED.
/// </summary>
internal sealed class ResourceMonitorService : ResourceMonitor.ResourceMonitorBase
{
    private readonly Deployment _deployment;

    public ResourceMonitorService(Deployment deployment)
    {
        _deployment = deployment;
    }

    public override Task<DeploymentInfo> GetDeploymentInfo(Empty request, ServerCallContext context) =>
        Task.FromResult(_deployment.Info());

    public override Task<SupportsFeatureResponse> SupportsFeature(SupportsFeatureRequest request, ServerCallContext context) =>
        Task.FromResult(new SupportsFeatureResponse { HasSupport = MonitorFeatures.Supports(request.Id) });

    public override async Task<RegisterResourceResponse> RegisterResource(RegisterResourceRequest request, ServerCallContext context)
    {
        var outcome = await _deployment.RegisterAsync(request, context.CancellationToken).ConfigureAwait(false);
        return outcome.Response ?? throw RemoteConstruct.ProgramError();
    }

    public override Task<Empty> RegisterResourceOutputs(RegisterResourceOutputsRequest request, ServerCallContext context)
    {
        _deployment.RegisterOutputs(request);
        return Task.FromResult(new Empty());
    }

    public override Task<ResourceInvokeResponse> Invoke(ResourceInvokeRequest request, ServerCallContext context) =>
        _deployment.InvokeAsync(request, context.CancellationToken);

    public override async Task<Empty> SignalAndWaitForShutdown(Empty request, ServerCallContext context)
    {
        await _deployment.SignalAndWaitForShutdownAsync(context.CancellationToken).ConfigureAwait(false);
        return new Empty();
    }
}
