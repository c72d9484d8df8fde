using System.Collections.Immutable;
using Pulumirpc;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Rpc;
using TidbDms.Provider.Values;

namespace TidbDms.Testing;

/// <summary>
/// One <c>RegisterResource</c> the engine answered: the request as the provider's registration code
/// built it (<see cref="Request"/>, read back from the wire), the engine's record of the resource,
/// what it answered, when (Stopwatch timestamps, for ordering and overlap only), and the request
/// exactly as it arrived (<see cref="Wire"/>), for the flags and encodings only the wire shows.
/// </summary>
internal sealed record RecordedRegistration(
    RegisterResourceArgs Request,
    RegisteredResource Resource,
    string Id,
    ImmutableSortedDictionary<string, PropertyValue> Outputs,
    long Started,
    long Finished,
    RegisterResourceRequest Wire)
{
    public static RecordedRegistration From(RegistrationRecord record) =>
        new(FromWire(record.Wire), record.Resource, record.Id, record.Outputs, record.Started, record.Finished, record.Wire);

    /// <summary>True when this registration and <paramref name="other"/> were in flight at the same time.</summary>
    public bool Overlaps(RecordedRegistration other) => Started < other.Finished && other.Started < Finished;

    /// <summary>The request in domain terms, as the component's registration code built it.</summary>
    public static RegisterResourceArgs FromWire(RegisterResourceRequest request) =>
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
            CustomTimeouts = request.CustomTimeouts is { } t ? new CustomTimeouts(t.Create, t.Update, t.Delete, t.Read) : null,
            Aliases = [.. request.Aliases.Select(GrpcResourceMonitor.FromWire)],
            AdditionalSecretOutputs = [.. request.AdditionalSecretOutputs],
        };
}
