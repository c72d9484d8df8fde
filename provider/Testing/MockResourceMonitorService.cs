using System.Collections.Immutable;
using System.Diagnostics;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Rpc;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Testing;

/// <summary>The mock engine's <c>pulumirpc.ResourceMonitor</c>: decodes each call and answers it from the <see cref="MockMonitor"/>.</summary>
internal sealed class MockResourceMonitorService : ResourceMonitor.ResourceMonitorBase
{
    private readonly MockMonitor _monitor;

    public MockResourceMonitorService(MockMonitor monitor)
    {
        _monitor = monitor;
    }

    public override async Task<RegisterResourceResponse> RegisterResource(RegisterResourceRequest request, ServerCallContext context)
    {
        var started = Stopwatch.GetTimestamp();
        await MockFaults.ApplyAsync(_monitor.FaultFor(new MockCall("RegisterResource", request.Type, request.Name)), context).ConfigureAwait(false);
        try
        {
            // The answer is encoded within the latency, as an engine's step ends with its answer ready.
            var answer = await _monitor.AnswerAsync(FromWire(request), started, request.Clone()).ConfigureAwait(false);
            var response = new RegisterResourceResponse
            {
                Urn = answer.Result.Urn,
                Id = answer.Result.Id,
                Object = PropertyValueMarshaller.EncodeObject(answer.Result.Outputs, OutputValueEncoding.Downgrade),
            };
            await _monitor.CompleteAsync(answer, context.CancellationToken).ConfigureAwait(false);
            return response;
        }
        catch (MonitorCallException ex)
        {
            throw MockFaults.ToRpc(ex);
        }
    }

    public override async Task<Empty> RegisterResourceOutputs(RegisterResourceOutputsRequest request, ServerCallContext context)
    {
        await MockFaults.ApplyAsync(_monitor.FaultFor(new MockCall("RegisterResourceOutputs", request.Urn, "")), context).ConfigureAwait(false);
        _monitor.RecordOutputs(request.Urn, PropertyValueMarshaller.DecodeObject(request.Outputs));
        return new Empty();
    }

    public override async Task<ResourceInvokeResponse> Invoke(ResourceInvokeRequest request, ServerCallContext context)
    {
        await MockFaults.ApplyAsync(_monitor.FaultFor(new MockCall("Invoke", request.Tok, "")), context).ConfigureAwait(false);
        try
        {
            var result = await _monitor.CallAsync(request.Tok, PropertyValueMarshaller.DecodeObject(request.Args), request.Provider, request.Version).ConfigureAwait(false);
            return new ResourceInvokeResponse
            {
                Return = PropertyValueMarshaller.EncodeObject(result.Return, OutputValueEncoding.Downgrade),
                Unknown = result.IsUnknown,
            };
        }
        catch (MonitorCallException ex)
        {
            throw MockFaults.ToRpc(ex);
        }
    }

    public override Task<SupportsFeatureResponse> SupportsFeature(SupportsFeatureRequest request, ServerCallContext context) =>
        Task.FromResult(new SupportsFeatureResponse { HasSupport = true });

    public override Task<DeploymentInfo> GetDeploymentInfo(Empty request, ServerCallContext context)
    {
        var options = _monitor.Options;
        var info = new DeploymentInfo { Project = options.Project, Stack = options.Stack, Organization = options.Organization, DryRun = options.IsPreview };
        info.SupportedFeatures.AddRange(System.Enum.GetValues<ResourceMonitorFeature>());
        return Task.FromResult(info);
    }

    /// <summary>The request in domain terms, as the component's registration code built it.</summary>
    internal static RegisterResourceArgs FromWire(RegisterResourceRequest request) =>
        new(request.Type, request.Name, request.Parent, request.Custom, PropertyValueMarshaller.DecodeObject(request.Object))
        {
            Dependencies = [.. request.Dependencies],
            PropertyDependencies = request.PropertyDependencies.ToImmutableSortedDictionary(
                p => p.Key, p => p.Value.Urns.ToImmutableArray(), StringComparer.Ordinal),
            Provider = request.Provider,
            Providers = request.Providers.ToImmutableSortedDictionary(StringComparer.Ordinal),
            Version = request.Version,
            Protect = request.HasProtect ? request.Protect : null,
            RetainOnDelete = request.HasRetainOnDelete ? request.RetainOnDelete : null,
            DeleteBeforeReplace = request.DeleteBeforeReplaceDefined ? request.DeleteBeforeReplace : null,
            DeletedWith = request.DeletedWith,
            CustomTimeouts = request.CustomTimeouts is { } t ? new Registration.CustomTimeouts(t.Create, t.Update, t.Delete, t.Read) : null,
            Aliases = [.. request.Aliases.Select(GrpcResourceMonitor.FromWire)],
            AdditionalSecretOutputs = [.. request.AdditionalSecretOutputs],
        };
}
