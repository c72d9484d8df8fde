using System.Collections.Immutable;
using Grpc.Core;
using Pulumirpc;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// How the engine turns a program's <c>RegisterResource(remote: true)</c> into its provider's
/// <c>Construct</c>, field by field as the Pulumi engine does, and the answer (or the failure) back
/// into what the program receives.
/// </summary>
internal static class RemoteConstruct
{
    /// <summary>
    /// The <c>ConstructRequest</c>: the deployment's facts, this engine's own monitor address, the
    /// registration's type, name and parent, its inputs as the provider accepts them (output values
    /// kept for a provider that accepts them), and its options passed on for the provider to apply,
    /// since the engine applies none of them to a component's children.
    /// </summary>
    public static ConstructRequest Request(
        RegisterResourceRequest registration,
        string parent,
        OfflineEngineOptions options,
        string monitorAddress,
        PluginProtocol protocol)
    {
        var inputs = PropertyValueMarshaller.DecodeObject(registration.Object);
        if (!protocol.AcceptResources)
        {
            inputs = inputs.ToImmutableSortedDictionary(i => i.Key, i => WireForms.WithoutResourceReferences(i.Value), StringComparer.Ordinal);
        }

        var request = new ConstructRequest
        {
            Project = options.Project,
            Stack = options.Stack,
            Organization = options.Organization,
            DryRun = options.DryRun,
            Parallel = options.Parallel,
            MonitorEndpoint = monitorAddress,
            Type = registration.Type,
            Name = registration.Name,
            Parent = parent,
            Inputs = PropertyValueMarshaller.EncodeObject(inputs, protocol.AcceptOutputs ? OutputValueEncoding.Upgrade : OutputValueEncoding.Downgrade),
            DeletedWith = registration.DeletedWith,
            AcceptsOutputValues = true,
        };
        request.Config.Add(options.Config);
        request.ConfigSecretKeys.AddRange(options.ConfigSecretKeys);
        if (registration.HasProtect)
        {
            request.Protect = registration.Protect;
        }

        if (registration.HasRetainOnDelete)
        {
            request.RetainOnDelete = registration.RetainOnDelete;
        }

        // As the engine reads it: the Go SDK sets the flag without "defined".
        if (registration.DeleteBeforeReplaceDefined || registration.DeleteBeforeReplace)
        {
            request.DeleteBeforeReplace = registration.DeleteBeforeReplace;
        }

        request.Providers.Add(registration.Providers);

        // Only what the program listed per property: the engine does not back-fill them from
        // dependencies for a remote component (every SDK that registers one sends them).
        foreach (var (key, dependencies) in registration.PropertyDependencies)
        {
            request.InputDependencies[key] = new ConstructRequest.Types.PropertyDependencies { Urns = { dependencies.Urns } };
        }

        request.Aliases.AddRange(registration.AliasURNs.Select(urn => new Alias { Urn = urn }));
        request.Aliases.AddRange(registration.Aliases.Select(Normalized));
        request.Dependencies.AddRange(registration.Dependencies);
        request.AdditionalSecretOutputs.AddRange(registration.AdditionalSecretOutputs);
        request.IgnoreChanges.AddRange(registration.IgnoreChanges);
        request.ReplaceOnChanges.AddRange(registration.ReplaceOnChanges);
        if (registration.CustomTimeouts is { } timeouts)
        {
            request.CustomTimeouts = new ConstructRequest.Types.CustomTimeouts
            {
                Create = timeouts.Create,
                Update = timeouts.Update,
                Delete = timeouts.Delete,
                Read = timeouts.Read,
            };
        }

        return request;
    }

    /// <summary>
    /// An alias as the engine reads it: a spec whose parent is an empty URN (some SDKs send that for
    /// the default parent) or <c>noParent: false</c> names no parent at all.
    /// </summary>
    private static Alias Normalized(Alias alias)
    {
        var copy = alias.Clone();
        if (copy.AliasCase == Alias.AliasOneofCase.Spec
            && ((copy.Spec.ParentCase == Alias.Types.Spec.ParentOneofCase.ParentUrn && copy.Spec.ParentUrn.Length == 0)
                || (copy.Spec.ParentCase == Alias.Types.Spec.ParentOneofCase.NoParent && !copy.Spec.NoParent)))
        {
            copy.Spec.ClearParent();
        }

        return copy;
    }

    /// <summary>
    /// The provider's answer as the engine holds it: the state, with unknowns only in a preview (an
    /// update cannot leave any, so the engine drops them), and per output the URNs it depends on,
    /// from <c>stateDependencies</c> and from any output values in the state.
    /// </summary>
    public static (ImmutableSortedDictionary<string, PropertyValue> Outputs, ImmutableSortedDictionary<string, ImmutableArray<string>> Dependencies) Outputs(
        ConstructResponse response, bool dryRun)
    {
        var state = PropertyValueMarshaller.DecodeObject(response.State);
        if (!dryRun)
        {
            state = WireForms.WithoutUnknowns(state);
        }

        var dependencies = response.StateDependencies.Keys.Concat(state.Keys).Distinct(StringComparer.Ordinal).ToImmutableSortedDictionary(
            key => key,
            key => (response.StateDependencies.TryGetValue(key, out var listed) ? listed.Urns : [])
                .Concat(state.TryGetValue(key, out var value) ? value.AllDependencies : [])
                .Distinct(StringComparer.Ordinal)
                .ToImmutableArray(),
            StringComparer.Ordinal);
        return (state, dependencies);
    }

    /// <summary>What the program receives for its remote registration: the component's URN, its outputs and their dependencies (no ID: a component has none).</summary>
    public static RegisterResourceResponse Answer(
        string urn,
        ImmutableSortedDictionary<string, PropertyValue> outputs,
        ImmutableSortedDictionary<string, ImmutableArray<string>> dependencies,
        RegisterResourceRequest registration)
    {
        var answer = new RegisterResourceResponse
        {
            Urn = urn,
            Object = WireForms.Answer(outputs, registration.AcceptSecrets, registration.SupportsPartialValues),
        };
        foreach (var (key, urns) in dependencies)
        {
            answer.PropertyDependencies[key] = new RegisterResourceResponse.Types.PropertyDependencies { Urns = { urns } };
        }

        return answer;
    }

    /// <summary>
    /// A failed <c>Construct</c> in structured form: the status, its message (with the cause, when the
    /// provider gave one), and each property error with the value the program gave at its path.
    /// </summary>
    public static ConstructFailure Failure(RegisteredResource component, RpcException exception)
    {
        var message = exception.Status.Detail;
        var errors = ImmutableArray.CreateBuilder<PropertyError>();
        if (exception.Trailers.GetValueBytes(WireConstants.StatusDetailsTrailer) is { } bytes)
        {
            var status = Google.Rpc.Status.Parser.ParseFrom(bytes);
            foreach (var detail in status.Details)
            {
                if (detail.Is(ErrorCause.Descriptor))
                {
                    message = $"{message}: {detail.Unpack<ErrorCause>().Message}";
                }
                else if (detail.Is(InputPropertiesError.Descriptor))
                {
                    errors.AddRange(detail.Unpack<InputPropertiesError>().Errors.Select(e =>
                        new PropertyError(e.PropertyPath, e.Reason, ShownValue.Of(e.PropertyPath, PropertyPath.Get(component.Inputs, e.PropertyPath)))));
                }
            }
        }

        return new ConstructFailure(component, exception.StatusCode.ToString(), message, errors.ToImmutable());
    }

    /// <summary>
    /// What the program receives when its component could not be constructed: the engine reports
    /// the error against the component itself and answers the registration only that it stopped.
    /// </summary>
    public static RpcException ProgramError() => new(new Status(StatusCode.Unknown, "resource monitor shut down"));
}
