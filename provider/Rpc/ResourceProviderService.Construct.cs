using Grpc.Core;
using Pulumirpc;
using TidbDms.Provider.Component;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Rpc;

internal sealed partial class ResourceProviderService
{
    /// <summary>
    /// Builds the component. For now: checks the type, decodes and validates the inputs (input errors
    /// become INVALID_ARGUMENT through <see cref="ErrorTranslator"/>); registration is not wired yet.
    /// </summary>
    public override Task<ConstructResponse> Construct(ConstructRequest request, ServerCallContext context)
    {
        if (request.Type is not (Tokens.TidbDmsMigration or Tokens.TidbDmsMigrationShort))
        {
            throw new RpcException(new Status(
                StatusCode.InvalidArgument,
                $"unknown resource type '{request.Type}': this provider constructs only {Tokens.TidbDmsMigration}"));
        }

        var inputs = PropertyValueMarshaller.DecodeInputs(request.Inputs, InputDependencies(request));
        var read = TidbDmsMigrationInputs.Read(inputs);
        if (!read.Errors.IsEmpty)
        {
            throw new InputErrorsException(read.Errors);
        }

        throw new RpcException(new Status(StatusCode.Unimplemented, "Construct is not implemented yet"));
    }

    private static Dictionary<string, IReadOnlyCollection<string>> InputDependencies(ConstructRequest request) =>
        request.InputDependencies.ToDictionary(
            entry => entry.Key,
            entry => (IReadOnlyCollection<string>)entry.Value.Urns,
            StringComparer.Ordinal);
}
