using System.Collections.Immutable;
using Google.Protobuf.WellKnownTypes;
using Pulumirpc;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>The engine's conversions between requests on the wire and what it records and answers.</summary>
internal static class WireForms
{
    /// <summary>A registration request in decoded form, under the URN the engine gave it.</summary>
    public static RegisteredResource Decode(string urn, string parent, RegisterResourceRequest request) =>
        new(
            urn,
            request.Type,
            request.Name,
            parent,
            request.Custom,
            request.Remote,
            PropertyValueMarshaller.DecodeObject(request.Object),
            [.. request.Dependencies],
            request.PropertyDependencies.ToImmutableSortedDictionary(p => p.Key, p => p.Value.Urns.ToImmutableArray(), StringComparer.Ordinal))
        {
            Provider = request.Provider,
            Providers = request.Providers.ToImmutableSortedDictionary(StringComparer.Ordinal),
            Version = request.Version,
            AdditionalSecretOutputs = [.. request.AdditionalSecretOutputs],
            Protect = request.HasProtect ? request.Protect : null,
            RetainOnDelete = request.HasRetainOnDelete ? request.RetainOnDelete : null,
            // As the engine reads it: the Go SDK sets the flag without "defined".
            DeleteBeforeReplace = request.DeleteBeforeReplaceDefined || request.DeleteBeforeReplace ? request.DeleteBeforeReplace : null,
            DeletedWith = request.DeletedWith,
            IgnoreChanges = [.. request.IgnoreChanges],
            ReplaceOnChanges = [.. request.ReplaceOnChanges],
            Source = request.SourcePosition is { Uri.Length: > 0 } position
                ? new SourceLocation(position.Uri, position.Line, position.Column)
                : null,
        };

    /// <summary>
    /// Properties as the engine answers them to a registrant: unknowns kept (they are only ever
    /// there in a preview), secrets kept when it accepts them (else their plain values, as the
    /// engine does), and, when it does not take partial values, every property holding an unknown
    /// left out.
    /// </summary>
    public static Struct Answer(ImmutableSortedDictionary<string, PropertyValue> properties, bool acceptSecrets, bool supportsPartialValues)
    {
        var answered = properties.Where(p => supportsPartialValues || !p.Value.ContainsUnknowns)
            .Select(p => KeyValuePair.Create(p.Key, acceptSecrets ? p.Value : WithoutSecrets(p.Value)));
        return PropertyValueMarshaller.EncodeObject(answered, OutputValueEncoding.Downgrade);
    }

    /// <summary>The value with every secret flag removed, at any depth.</summary>
    public static PropertyValue WithoutSecrets(PropertyValue value)
    {
        var plain = value.Kind switch
        {
            PropertyValueKind.Array => PropertyValue.Array(value.AsArray.Select(WithoutSecrets)).WithDependencies(value.Dependencies),
            PropertyValueKind.Object => PropertyValue.Object(value.AsObject.Select(p => KeyValuePair.Create(p.Key, WithoutSecrets(p.Value)))).WithDependencies(value.Dependencies),
            _ => value,
        };
        return plain.WithSecret(false);
    }

    /// <summary>
    /// The value with its unknowns dropped, as the engine reads a provider's answer after an update
    /// (unknowns cannot survive one): an unknown property is left out, an unknown list item becomes
    /// null (the list keeps its length). Null when the whole value is unknown.
    /// </summary>
    public static PropertyValue? WithoutUnknowns(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.Computed => null,
        PropertyValueKind.Array => PropertyValue.Array(value.AsArray.Select(item => WithoutUnknowns(item) ?? PropertyValue.Null))
            .WithSecret(value.IsSecret).WithDependencies(value.Dependencies),
        PropertyValueKind.Object => PropertyValue.Object(WithoutUnknowns(value.AsObject))
            .WithSecret(value.IsSecret).WithDependencies(value.Dependencies),
        _ => value,
    };

    public static ImmutableSortedDictionary<string, PropertyValue> WithoutUnknowns(ImmutableSortedDictionary<string, PropertyValue> properties) =>
        properties
            .Select(p => (p.Key, Value: WithoutUnknowns(p.Value)))
            .Where(p => p.Value is not null)
            .ToImmutableSortedDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);

    /// <summary>
    /// Resource references replaced by what a peer that does not accept them gets instead: a custom
    /// resource's ID (unknown while it is not created), a component's URN.
    /// </summary>
    public static PropertyValue WithoutResourceReferences(PropertyValue value) => value.Kind switch
    {
        PropertyValueKind.ResourceReference when value.TryGetResource(out var reference) =>
            (reference.Id ?? PropertyValue.String(reference.Urn)).WithSecret(value.IsSecret).WithDependencies(value.Dependencies),
        PropertyValueKind.Array => PropertyValue.Array(value.AsArray.Select(WithoutResourceReferences))
            .WithSecret(value.IsSecret).WithDependencies(value.Dependencies),
        PropertyValueKind.Object => PropertyValue.Object(value.AsObject.Select(p => KeyValuePair.Create(p.Key, WithoutResourceReferences(p.Value))))
            .WithSecret(value.IsSecret).WithDependencies(value.Dependencies),
        _ => value,
    };
}
