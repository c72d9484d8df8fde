using System.Collections.Immutable;
using Google.Protobuf.Collections;
using Google.Protobuf.WellKnownTypes;

namespace TidbDms.Provider.Values;

/// <summary>
/// <see cref="PropertyValue"/> ⇄ <c>google.protobuf.Value</c>/<c>Struct</c>, as the engine encodes
/// property values (mirrors <c>UnmarshalPropertyValue</c>/<c>MarshalPropertyValue</c> in
/// https://github.com/pulumi/pulumi/blob/master/sdk/go/common/resource/plugin/rpc.go).
/// </summary>
/// <remarks>
/// Decoding accepts every form at every depth, whatever we declared in Handshake: the engine may
/// send secrets as secret objects or as output values, unknowns as any of the seven sentinels or as
/// output values without <c>value</c>. A secret wrapped in a secret is one secret; dependencies met at
/// several levels of wrapping are merged onto the value they wrap.
/// </remarks>
internal static class PropertyValueMarshaller
{
    private const string ValueKey = "value";
    private const string SecretKey = "secret";
    private const string DependenciesKey = "dependencies";
    private const string UrnKey = "urn";
    private const string IdKey = "id";
    private const string PackageVersionKey = "packageVersion";

    /// <summary>Decodes one wire value.</summary>
    /// <exception cref="WireFormatException">The value does not follow the encoding (e.g. an unrecognized signature).</exception>
    public static PropertyValue Decode(Value wire) => Decode(wire, "");

    /// <summary>Decodes the properties of an object (a null struct is an empty object).</summary>
    public static ImmutableSortedDictionary<string, PropertyValue> DecodeObject(Struct? wire) => DecodeFields(wire, "");

    /// <summary>
    /// Decodes a component's inputs and adds to each top-level value the URNs the engine listed for it
    /// separately (<c>ConstructRequest.inputDependencies</c>), on top of any it carried inline.
    /// </summary>
    public static ImmutableSortedDictionary<string, PropertyValue> DecodeInputs(
        Struct? inputs,
        IReadOnlyDictionary<string, IReadOnlyCollection<string>> inputDependencies)
    {
        var decoded = DecodeObject(inputs);
        if (inputDependencies.Count == 0)
        {
            return decoded;
        }

        var builder = decoded.ToBuilder();
        foreach (var (key, urns) in inputDependencies)
        {
            // Dependencies of a key that is absent describe no value: nothing to attach them to.
            if (urns.Count > 0 && builder.TryGetValue(key, out var value))
            {
                builder[key] = value.WithDependencies(urns);
            }
        }

        return builder.ToImmutable();
    }

    /// <summary>Encodes one value.</summary>
    public static Value Encode(PropertyValue value, OutputValueEncoding encoding)
    {
        var wrapInOutputValue = encoding switch
        {
            OutputValueEncoding.Keep => !value.Dependencies.IsEmpty || (value.IsComputed && value.IsSecret),
            OutputValueEncoding.Upgrade => !value.Dependencies.IsEmpty || value.IsSecret || value.IsComputed,
            _ => false,
        };
        if (wrapInOutputValue)
        {
            var output = Special(WireConstants.OutputValueSignature);
            if (!value.IsComputed)
            {
                output.Fields[ValueKey] = EncodeBare(value, encoding);
            }

            if (value.IsSecret)
            {
                output.Fields[SecretKey] = Value.ForBool(true);
            }

            if (!value.Dependencies.IsEmpty)
            {
                output.Fields[DependenciesKey] = Value.ForList([.. value.Dependencies.Select(Value.ForString)]);
            }

            return Value.ForStruct(output);
        }

        if (value.IsSecret)
        {
            var secret = Special(WireConstants.SecretSignature);
            secret.Fields[ValueKey] = EncodeBare(value, encoding);
            return Value.ForStruct(secret);
        }

        return EncodeBare(value, encoding);
    }

    /// <summary>Encodes the properties of an object as a struct.</summary>
    public static Struct EncodeObject(IEnumerable<KeyValuePair<string, PropertyValue>> properties, OutputValueEncoding encoding)
    {
        var wire = new Struct();
        foreach (var (key, value) in properties)
        {
            wire.Fields[key] = Encode(value, encoding);
        }

        return wire;
    }

    private static PropertyValue Decode(Value wire, string path)
    {
        switch (wire.KindCase)
        {
            case Value.KindOneofCase.None:
            case Value.KindOneofCase.NullValue:
                return PropertyValue.Null;
            case Value.KindOneofCase.BoolValue:
                return PropertyValue.Bool(wire.BoolValue);
            case Value.KindOneofCase.NumberValue:
                return PropertyValue.Number(wire.NumberValue);
            case Value.KindOneofCase.StringValue:
                return WireConstants.IsUnknownSentinel(wire.StringValue)
                    ? PropertyValue.Computed
                    : PropertyValue.String(wire.StringValue);
            case Value.KindOneofCase.ListValue:
                return PropertyValue.Array(wire.ListValue.Values.Select((item, i) => Decode(item, $"{path}[{i}]")));
            case Value.KindOneofCase.StructValue:
                return DecodeStruct(wire, path);
            default:
                throw new WireFormatException(path, $"unsupported protobuf value kind {wire.KindCase}");
        }
    }

    private static PropertyValue DecodeStruct(Value wire, string path)
    {
        var fields = wire.StructValue.Fields;
        if (!fields.TryGetValue(WireConstants.SignatureKey, out var signature))
        {
            return PropertyValue.Object(DecodeFields(wire.StructValue, path));
        }

        if (signature.KindCase != Value.KindOneofCase.StringValue)
        {
            throw new WireFormatException(path, $"the signature key {WireConstants.SignatureKey} holds {Describe(signature)}, not a string");
        }

        switch (signature.StringValue)
        {
            case WireConstants.SecretSignature:
                if (!fields.TryGetValue(ValueKey, out var secretValue))
                {
                    throw new WireFormatException(path, "a secret has no 'value'");
                }

                return Decode(secretValue, path).WithSecret();
            case WireConstants.OutputValueSignature:
                return DecodeOutputValue(fields, path);
            case WireConstants.ResourceReferenceSignature:
                return PropertyValue.Resource(DecodeResourceReference(fields, path));
            case WireConstants.AssetSignature:
                return PropertyValue.Opaque(PropertyValueKind.Asset, wire.Clone());
            case WireConstants.ArchiveSignature:
                return PropertyValue.Opaque(PropertyValueKind.Archive, wire.Clone());
            case WireConstants.ByteStringSignature:
                throw new WireFormatException(path, "a byte string was sent, but this provider does not accept byte strings (accepts_byte_string=false)");
            default:
                throw new WireFormatException(path, $"unrecognized signature '{signature.StringValue}'");
        }
    }

    private static PropertyValue DecodeOutputValue(MapField<string, Value> fields, string path)
    {
        var isSecret = false;
        if (fields.TryGetValue(SecretKey, out var secret))
        {
            if (secret.KindCase != Value.KindOneofCase.BoolValue)
            {
                throw new WireFormatException(path, $"the 'secret' of an output value is {Describe(secret)}, not a boolean");
            }

            isSecret = secret.BoolValue;
        }

        var dependencies = new List<string>();
        if (fields.TryGetValue(DependenciesKey, out var deps))
        {
            if (deps.KindCase != Value.KindOneofCase.ListValue)
            {
                throw new WireFormatException(path, $"the 'dependencies' of an output value are {Describe(deps)}, not a list");
            }

            foreach (var urn in deps.ListValue.Values)
            {
                if (urn.KindCase != Value.KindOneofCase.StringValue)
                {
                    throw new WireFormatException(path, $"a dependency of an output value is {Describe(urn)}, not a URN string");
                }

                dependencies.Add(urn.StringValue);
            }
        }

        var value = fields.TryGetValue(ValueKey, out var inner) ? Decode(inner, path) : PropertyValue.Computed;
        return value.WithSecret(value.IsSecret || isSecret).WithDependencies(dependencies);
    }

    private static ResourceReference DecodeResourceReference(MapField<string, Value> fields, string path)
    {
        if (!fields.TryGetValue(UrnKey, out var urn) || urn.KindCase != Value.KindOneofCase.StringValue)
        {
            throw new WireFormatException(path, "a resource reference has no 'urn' string");
        }

        PropertyValue? id = null;
        if (fields.TryGetValue(IdKey, out var wireId))
        {
            if (wireId.KindCase != Value.KindOneofCase.StringValue)
            {
                throw new WireFormatException(path, $"the 'id' of a resource reference is {Describe(wireId)}, not a string");
            }

            // The engine sends "" for a resource that is not created yet.
            id = wireId.StringValue.Length == 0 || WireConstants.IsUnknownSentinel(wireId.StringValue)
                ? PropertyValue.Computed
                : PropertyValue.String(wireId.StringValue);
        }

        var packageVersion = "";
        if (fields.TryGetValue(PackageVersionKey, out var version))
        {
            if (version.KindCase != Value.KindOneofCase.StringValue)
            {
                throw new WireFormatException(path, $"the 'packageVersion' of a resource reference is {Describe(version)}, not a string");
            }

            packageVersion = version.StringValue;
        }

        return new ResourceReference(urn.StringValue, id, packageVersion);
    }

    private static ImmutableSortedDictionary<string, PropertyValue> DecodeFields(Struct? wire, string path)
    {
        if (wire is null || wire.Fields.Count == 0)
        {
            return ImmutableSortedDictionary<string, PropertyValue>.Empty.WithComparers(StringComparer.Ordinal);
        }

        var builder = ImmutableSortedDictionary.CreateBuilder<string, PropertyValue>(StringComparer.Ordinal);
        foreach (var (key, value) in wire.Fields)
        {
            builder[key] = Decode(value, path.Length == 0 ? key : $"{path}.{key}");
        }

        return builder.ToImmutable();
    }

    /// <summary>The value itself, ignoring its own secret flag and dependencies (the caller wrapped those).</summary>
    private static Value EncodeBare(PropertyValue value, OutputValueEncoding encoding)
    {
        switch (value.Kind)
        {
            case PropertyValueKind.Null:
                return Value.ForNull();
            case PropertyValueKind.Bool:
                value.TryGetBool(out var b);
                return Value.ForBool(b);
            case PropertyValueKind.Number:
                value.TryGetNumber(out var n);
                return Value.ForNumber(n);
            case PropertyValueKind.String:
                return Value.ForString(value.AsString);
            case PropertyValueKind.Computed:
                return Value.ForString(WireConstants.UnknownValue);
            case PropertyValueKind.Array:
                return Value.ForList([.. value.AsArray.Select(item => Encode(item, encoding))]);
            case PropertyValueKind.Object:
                return Value.ForStruct(EncodeObject(value.AsObject, encoding));
            case PropertyValueKind.ResourceReference:
                value.TryGetResource(out var reference);
                return Value.ForStruct(EncodeResourceReference(reference));
            case PropertyValueKind.Asset:
            case PropertyValueKind.Archive:
                value.TryGetOpaque(out var opaque);
                return opaque.Clone();
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "no wire encoding for this kind");
        }
    }

    private static Struct EncodeResourceReference(ResourceReference reference)
    {
        var wire = Special(WireConstants.ResourceReferenceSignature);
        wire.Fields[UrnKey] = Value.ForString(reference.Urn);
        if (reference.Id is { } id)
        {
            wire.Fields[IdKey] = Value.ForString(id.TryGetString(out var known) ? known : "");
        }

        if (reference.PackageVersion.Length > 0)
        {
            wire.Fields[PackageVersionKey] = Value.ForString(reference.PackageVersion);
        }

        return wire;
    }

    private static Struct Special(string signature) =>
        new() { Fields = { [WireConstants.SignatureKey] = Value.ForString(signature) } };

    private static string Describe(Value value) => value.KindCase switch
    {
        Value.KindOneofCase.NullValue or Value.KindOneofCase.None => "null",
        Value.KindOneofCase.BoolValue => "a boolean",
        Value.KindOneofCase.NumberValue => "a number",
        Value.KindOneofCase.StringValue => "a string",
        Value.KindOneofCase.ListValue => "a list",
        Value.KindOneofCase.StructValue => "an object",
        _ => value.KindCase.ToString(),
    };
}
