using System.Collections.Immutable;
using Grpc.Core;
using Pulumirpc;
using TidbDms.Provider.Component;
using TidbDms.Provider.Registration.Construct;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Rpc;

internal sealed partial class ResourceProviderService
{
    /// <summary>
    /// Builds the component: decodes the request, runs <see cref="ComponentConstructor"/> against the
    /// engine's monitor, and answers only once every registration, the outputs and the logs are done.
    /// Its exceptions (input errors, environment errors, engine failures) become statuses in
    /// <see cref="ErrorTranslator"/>, like every call's; <c>Cancel</c> ends the call promptly.
    /// Any number may run at once.
    /// </summary>
    public override async Task<ConstructResponse> Construct(ConstructRequest request, ServerCallContext context)
    {
        if (request.Type is not (Tokens.TidbDmsMigration or Tokens.TidbDmsMigrationShort))
        {
            throw new RpcException(new Status(
                StatusCode.InvalidArgument,
                $"unknown resource type '{request.Type}': this provider constructs only {Tokens.TidbDmsMigration}"));
        }

        var component = new ComponentRequest(
            request.Project,
            request.Stack,
            request.Type,
            request.Name,
            PropertyValueMarshaller.DecodeInputs(request.Inputs, InputDependencies(request)),
            request.DryRun,
            Options(request));

        if (request.MonitorEndpoint.Length == 0)
        {
            throw new RpcException(new Status(StatusCode.InvalidArgument, "Construct needs the engine's monitorEndpoint to register the component"));
        }

        using var cancellation = _state.CreateCallCancellation(context.CancellationToken);
        var log = _state.EngineAddress is { } engine ? _engine.Log(engine) : new DiagnosticEngineLog(_diagnostics);
        var constructor = new ComponentConstructor(_engine.Monitor(request.MonitorEndpoint), log, _engine.Timeouts);
        var result = await constructor.ConstructAsync(component, cancellation.Token).ConfigureAwait(false);

        var response = new ConstructResponse
        {
            Urn = result.Urn,
            State = PropertyValueMarshaller.EncodeObject(result.State, OutputValueEncoding.Downgrade),
        };
        foreach (var (output, urns) in result.StateDependencies)
        {
            response.StateDependencies[output] = new ConstructResponse.Types.PropertyDependencies { Urns = { urns } };
        }

        return response;
    }

    private static ComponentOptions Options(ConstructRequest request) => new(
        request.Parent,
        request.Providers.ToImmutableSortedDictionary(StringComparer.Ordinal),
        [.. request.Dependencies],
        request.HasProtect ? request.Protect : null,
        [.. request.Aliases.Select(GrpcResourceMonitor.FromWire)],
        [.. request.AdditionalSecretOutputs],
        request.CustomTimeouts is { } t && new CustomTimeouts(t.Create, t.Update, t.Delete, t.Read) is { IsEmpty: false } timeouts ? timeouts : null,
        request.HasRetainOnDelete ? request.RetainOnDelete : null,
        request.DeletedWith,
        request.HasDeleteBeforeReplace ? request.DeleteBeforeReplace : null);

    private static Dictionary<string, IReadOnlyCollection<string>> InputDependencies(ConstructRequest request) =>
        request.InputDependencies.ToDictionary(
            entry => entry.Key,
            entry => (IReadOnlyCollection<string>)entry.Value.Urns,
            StringComparer.Ordinal);
}
