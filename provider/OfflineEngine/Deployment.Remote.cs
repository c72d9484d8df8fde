using System.Diagnostics;
using Grpc.Core;
using Pulumirpc;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>A remote component: its provider's <c>Construct</c>, and the answer or failure back to the program.</summary>
internal sealed partial class Deployment
{
    private async Task<RegistrationOutcome> RegisterRemoteAsync(RegisterResourceRequest request, long started, CancellationToken cancellationToken)
    {
        RequireTypeToken(request.Type, "a remote component");
        var package = request.Type[..request.Type.IndexOf(':', StringComparison.Ordinal)];
        ProviderPlugin? plugin;
        lock (_gate)
        {
            _plugins.TryGetValue(package, out plugin);
        }

        if (plugin is null)
        {
            throw new RpcException(new Status(
                StatusCode.FailedPrecondition,
                $"no resource plugin '{package}' is attached to this engine, so {request.Type} '{request.Name}' cannot be constructed"));
        }

        var parent = request.Parent.Length > 0 ? request.Parent : DefaultParent;
        var declared = WireForms.Decode(ResourceUrn.Create(Options.Stack, Options.Project, parent, request.Type, request.Name), parent, request);
        ConstructResponse response;
        try
        {
            var protocol = await plugin.ConfigureAsync(Options, Address, request.Version, _stopping.Token).WaitAsync(cancellationToken).ConfigureAwait(false);
            if (!protocol.AcceptSecrets)
            {
                return Failed(new ConstructFailure(declared, StatusCode.Unknown.ToString(), "plugins that can construct components must support secrets", []));
            }

            var construct = RemoteConstruct.Request(request, parent, Options, Address, protocol);
            response = await plugin.Client.ConstructAsync(construct, cancellationToken: cancellationToken).ResponseAsync.ConfigureAwait(false);
        }
        catch (RpcException ex) when (!cancellationToken.IsCancellationRequested)
        {
            return Failed(RemoteConstruct.Failure(declared, ex));
        }

        var (outputs, dependencies) = RemoteConstruct.Outputs(response, Options.DryRun);
        Record(new RegistrationRecord(declared with { Urn = response.Urn }, "", outputs, started, Stopwatch.GetTimestamp(), request.Clone()));
        return new RegistrationOutcome(RemoteConstruct.Answer(response.Urn, outputs, dependencies, request), null);
    }

    private RegistrationOutcome Failed(ConstructFailure failure)
    {
        lock (_gate)
        {
            _failures.Add(failure);
        }

        return new RegistrationOutcome(null, failure);
    }
}
