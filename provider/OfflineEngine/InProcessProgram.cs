using System.Collections.Immutable;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Pulumirpc;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// The program side of the engine for a program evaluated in this process (the YAML preview): the
/// calls a Pulumi SDK's runtime makes, in domain terms, sent as the SDK encodes them through the
/// very code the gRPC service runs, so a YAML program and a program over gRPC meet the same engine.
/// </summary>
internal sealed class InProcessProgram
{
    private readonly Deployment _deployment;

    public InProcessProgram(Deployment deployment)
    {
        _deployment = deployment;
    }

    /// <summary>Registers the stack (<c>pulumi:pulumi:Stack</c>, <c>&lt;project&gt;-&lt;stack&gt;</c>) and makes it the root resource, as SDKs do first.</summary>
    /// <returns>The stack's URN.</returns>
    /// <exception cref="EngineCallException">The engine refused it (a stack registered twice).</exception>
    public async Task<string> RegisterStackAsync(CancellationToken cancellationToken)
    {
        var request = Request(ResourceUrn.StackType, _deployment.Options.StackName);
        request.Object = new Struct();
        var outcome = await CallAsync(() => _deployment.RegisterAsync(request, cancellationToken)).ConfigureAwait(false);
        _deployment.RootResource = outcome.Response!.Urn;
        return outcome.Response.Urn;
    }

    /// <summary>Registers a component whose provider constructs it, and waits for the answer (or the failure) of its <c>Construct</c>.</summary>
    /// <exception cref="EngineCallException">The engine refused the registration before any provider saw it.</exception>
    public async Task<RemoteComponentAnswer> RegisterRemoteComponentAsync(RemoteComponentRegistration component, CancellationToken cancellationToken)
    {
        var request = Request(component.Type, component.Name);
        request.Remote = true;
        request.Parent = component.Parent;
        request.Version = component.Version;
        request.PluginDownloadURL = component.PluginDownloadUrl;
        // As SDKs send a remote component's inputs: values with dependencies stay output values.
        request.Object = PropertyValueMarshaller.EncodeObject(component.Inputs, OutputValueEncoding.Keep);
        foreach (var (key, value) in component.Inputs)
        {
            request.PropertyDependencies[key] = new RegisterResourceRequest.Types.PropertyDependencies { Urns = { value.AllDependencies } };
        }

        request.Dependencies.AddRange(component.Inputs.Values.SelectMany(v => v.AllDependencies).Concat(component.Dependencies)
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal));
        if (component.Protect is { } protect)
        {
            request.Protect = protect;
        }

        if (component.RetainOnDelete is { } retain)
        {
            request.RetainOnDelete = retain;
        }

        if (component.DeleteBeforeReplace is { } deleteBeforeReplace)
        {
            request.DeleteBeforeReplace = deleteBeforeReplace;
            request.DeleteBeforeReplaceDefined = true;
        }

        if (component.CustomTimeouts is { } timeouts)
        {
            request.CustomTimeouts = new RegisterResourceRequest.Types.CustomTimeouts { Create = timeouts.Create, Update = timeouts.Update, Delete = timeouts.Delete };
        }

        request.AdditionalSecretOutputs.AddRange(component.AdditionalSecretOutputs);
        request.IgnoreChanges.AddRange(component.IgnoreChanges);
        request.ReplaceOnChanges.AddRange(component.ReplaceOnChanges);
        request.Providers.Add(component.Providers);

        var outcome = await CallAsync(() => _deployment.RegisterAsync(request, cancellationToken)).ConfigureAwait(false);
        if (outcome.Failure is { } failure)
        {
            return new RemoteComponentAnswer(
                failure.Component.Urn,
                ImmutableSortedDictionary<string, PropertyValue>.Empty.WithComparers(StringComparer.Ordinal),
                ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty.WithComparers(StringComparer.Ordinal),
                failure);
        }

        var response = outcome.Response!;
        return new RemoteComponentAnswer(
            response.Urn,
            PropertyValueMarshaller.DecodeObject(response.Object),
            response.PropertyDependencies.ToImmutableSortedDictionary(d => d.Key, d => d.Value.Urns.ToImmutableArray(), StringComparer.Ordinal),
            null);
    }

    /// <summary>Registers the stack's outputs (what <c>pulumi stack output</c> shows), as SDKs do once the program has run.</summary>
    public Task RegisterStackOutputsAsync(string stackUrn, ImmutableSortedDictionary<string, PropertyValue> outputs) =>
        CallAsync(() =>
        {
            _deployment.RegisterOutputs(new RegisterResourceOutputsRequest
            {
                Urn = stackUrn,
                Outputs = PropertyValueMarshaller.EncodeObject(outputs, OutputValueEncoding.Downgrade),
            });
            return Task.FromResult(0);
        });

    /// <summary>The program is done: waits until every call under way has been answered.</summary>
    public Task SignalAndWaitForShutdownAsync(CancellationToken cancellationToken) =>
        CallAsync(async () =>
        {
            await _deployment.SignalAndWaitForShutdownAsync(cancellationToken).ConfigureAwait(false);
            return 0;
        });

    /// <summary>A registration with the flags the Node SDK sets on every request.</summary>
    private static RegisterResourceRequest Request(string type, string name) => new()
    {
        Type = type,
        Name = name,
        Custom = false,
        AcceptSecrets = true,
        AcceptResources = true,
        SupportsPartialValues = true,
        SupportsResultReporting = true,
        AliasSpecs = true,
    };

    private static async Task<T> CallAsync<T>(Func<Task<T>> call)
    {
        try
        {
            return await call().ConfigureAwait(false);
        }
        catch (RpcException ex)
        {
            throw new EngineCallException(ex.StatusCode.ToString(), ex.Status.Detail);
        }
    }
}
