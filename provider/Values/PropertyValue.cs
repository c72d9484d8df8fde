using System.Collections.Immutable;
using System.Globalization;
using System.Text;

namespace TidbDms.Provider.Values;

/// <summary>
/// One Pulumi property value: the JSON-like kinds plus what the engine layers on top of them
/// (secret, unknown, output dependencies, resource references, assets and archives).
/// </summary>
/// <remarks>
/// Secret-ness and dependencies are annotations on any value rather than wrapper kinds, so code
/// that reads a string does not have to unwrap a secret first, and cannot forget that it was one:
/// <see cref="ToString"/> never prints a secret's payload. An unknown value is the kind
/// <see cref="PropertyValueKind.Computed"/>; it may still be secret and carry dependencies, as an
/// output value without <c>value</c> does on the wire.
/// </remarks>
internal sealed class PropertyValue : IEquatable<PropertyValue>
{
    private readonly bool _bool;
    private readonly double _number;
    private readonly string? _string;
    private readonly ImmutableArray<PropertyValue> _array;
    private readonly ImmutableSortedDictionary<string, PropertyValue>? _object;
    private readonly ResourceReference? _resource;
    private readonly Google.Protobuf.WellKnownTypes.Value? _opaque;

    private PropertyValue(
        PropertyValueKind kind,
        bool isSecret = false,
        ImmutableSortedSet<string>? dependencies = null,
        bool boolValue = false,
        double number = 0,
        string? stringValue = null,
        ImmutableArray<PropertyValue> array = default,
        ImmutableSortedDictionary<string, PropertyValue>? objectValue = null,
        ResourceReference? resource = null,
        Google.Protobuf.WellKnownTypes.Value? opaque = null)
    {
        Kind = kind;
        IsSecret = isSecret;
        Dependencies = dependencies ?? ImmutableSortedSet<string>.Empty;
        _bool = boolValue;
        _number = number;
        _string = stringValue;
        _array = array;
        _object = objectValue;
        _resource = resource;
        _opaque = opaque;
    }

    public PropertyValueKind Kind { get; }

    /// <summary>True when the value (or, for containers, the container as a whole) is secret.</summary>
    public bool IsSecret { get; }

    /// <summary>URNs of the resources this value came from (sorted, distinct).</summary>
    public ImmutableSortedSet<string> Dependencies { get; }

    public static PropertyValue Null { get; } = new(PropertyValueKind.Null);

    /// <summary>An unknown value, as during a preview.</summary>
    public static PropertyValue Computed { get; } = new(PropertyValueKind.Computed);

    public static PropertyValue Bool(bool value) => new(PropertyValueKind.Bool, boolValue: value);

    public static PropertyValue Number(double value) => new(PropertyValueKind.Number, number: value);

    public static PropertyValue String(string value) =>
        new(PropertyValueKind.String, stringValue: value ?? throw new ArgumentNullException(nameof(value)));

    public static PropertyValue Array(IEnumerable<PropertyValue> items) =>
        new(PropertyValueKind.Array, array: [.. items]);

    public static PropertyValue Array(params PropertyValue[] items) => Array((IEnumerable<PropertyValue>)items);

    public static PropertyValue Object(IEnumerable<KeyValuePair<string, PropertyValue>> properties) =>
        new(PropertyValueKind.Object, objectValue: properties.ToImmutableSortedDictionary(StringComparer.Ordinal));

    public static PropertyValue Object(params (string Key, PropertyValue Value)[] properties) =>
        Object(properties.Select(p => KeyValuePair.Create(p.Key, p.Value)));

    public static PropertyValue Resource(ResourceReference reference) =>
        new(PropertyValueKind.ResourceReference, resource: reference);

    /// <summary>An asset or archive, kept as the wire value so that it passes through untouched.</summary>
    public static PropertyValue Opaque(PropertyValueKind kind, Google.Protobuf.WellKnownTypes.Value wire)
    {
        if (kind is not (PropertyValueKind.Asset or PropertyValueKind.Archive))
        {
            throw new ArgumentOutOfRangeException(nameof(kind), kind, "only assets and archives are opaque");
        }

        return new(kind, opaque: wire);
    }

    public PropertyValue WithSecret(bool isSecret = true) => With(isSecret, Dependencies);

    public PropertyValue WithDependencies(IEnumerable<string> urns) =>
        With(IsSecret, Dependencies.Union(urns));

    private PropertyValue With(bool isSecret, ImmutableSortedSet<string> dependencies) =>
        new(Kind, isSecret, dependencies, _bool, _number, _string, _array, _object, _resource, _opaque);

    public bool IsNull => Kind == PropertyValueKind.Null;

    public bool IsComputed => Kind == PropertyValueKind.Computed;

    /// <summary>True when this value or anything nested in it is unknown.</summary>
    public bool ContainsUnknowns => Kind switch
    {
        PropertyValueKind.Computed => true,
        PropertyValueKind.Array => _array.Any(v => v.ContainsUnknowns),
        PropertyValueKind.Object => _object!.Values.Any(v => v.ContainsUnknowns),
        _ => false,
    };

    /// <summary>True when this value or anything nested in it is secret.</summary>
    public bool ContainsSecrets => IsSecret || Kind switch
    {
        PropertyValueKind.Array => _array.Any(v => v.ContainsSecrets),
        PropertyValueKind.Object => _object!.Values.Any(v => v.ContainsSecrets),
        _ => false,
    };

    /// <summary>Dependencies of this value and of everything nested in it.</summary>
    public ImmutableSortedSet<string> AllDependencies => Kind switch
    {
        PropertyValueKind.Array => _array.Aggregate(Dependencies, (acc, v) => acc.Union(v.AllDependencies)),
        PropertyValueKind.Object => _object!.Values.Aggregate(Dependencies, (acc, v) => acc.Union(v.AllDependencies)),
        _ => Dependencies,
    };

    public bool TryGetBool(out bool value)
    {
        value = _bool;
        return Kind == PropertyValueKind.Bool;
    }

    public bool TryGetNumber(out double value)
    {
        value = _number;
        return Kind == PropertyValueKind.Number;
    }

    public bool TryGetString(out string value)
    {
        value = _string ?? "";
        return Kind == PropertyValueKind.String;
    }

    public bool TryGetArray(out ImmutableArray<PropertyValue> value)
    {
        value = Kind == PropertyValueKind.Array ? _array : [];
        return Kind == PropertyValueKind.Array;
    }

    public bool TryGetObject(out ImmutableSortedDictionary<string, PropertyValue> value)
    {
        value = _object ?? ImmutableSortedDictionary<string, PropertyValue>.Empty;
        return Kind == PropertyValueKind.Object;
    }

    public bool TryGetResource(out ResourceReference value)
    {
        value = _resource!;
        return Kind == PropertyValueKind.ResourceReference;
    }

    public bool TryGetOpaque(out Google.Protobuf.WellKnownTypes.Value value)
    {
        value = _opaque!;
        return Kind is PropertyValueKind.Asset or PropertyValueKind.Archive;
    }

    /// <summary>The string payload; throws when the value is not a string.</summary>
    public string AsString => TryGetString(out var s) ? s : throw new InvalidOperationException($"expected a string, got {Kind}");

    public ImmutableArray<PropertyValue> AsArray => TryGetArray(out var a) ? a : throw new InvalidOperationException($"expected an array, got {Kind}");

    public ImmutableSortedDictionary<string, PropertyValue> AsObject => TryGetObject(out var o) ? o : throw new InvalidOperationException($"expected an object, got {Kind}");

    /// <summary>A short, human-readable kind name for error messages ("a string", "an object").</summary>
    public string Describe() => Kind switch
    {
        PropertyValueKind.Null => "null",
        PropertyValueKind.Bool => "a boolean",
        PropertyValueKind.Number => "a number",
        PropertyValueKind.String => "a string",
        PropertyValueKind.Array => "a list",
        PropertyValueKind.Object => "an object",
        PropertyValueKind.ResourceReference => "a resource reference",
        PropertyValueKind.Asset => "an asset",
        PropertyValueKind.Archive => "an archive",
        PropertyValueKind.Computed => "an unknown value",
        _ => Kind.ToString(),
    };

    /// <summary>
    /// A compact rendering for messages and test failures. Secrets render as <c>[secret]</c> and
    /// unknowns as <c>[unknown]</c>, so this is safe to put in an error or a log.
    /// </summary>
    public override string ToString()
    {
        var sb = new StringBuilder();
        Render(sb);
        return sb.ToString();
    }

    private void Render(StringBuilder sb)
    {
        if (IsSecret)
        {
            sb.Append("[secret]");
            return;
        }

        switch (Kind)
        {
            case PropertyValueKind.Null: sb.Append("null"); break;
            case PropertyValueKind.Bool: sb.Append(_bool ? "true" : "false"); break;
            case PropertyValueKind.Number: sb.Append(_number.ToString("R", CultureInfo.InvariantCulture)); break;
            case PropertyValueKind.String: sb.Append(_string); break;
            case PropertyValueKind.Computed: sb.Append("[unknown]"); break;
            case PropertyValueKind.ResourceReference: sb.Append(_resource!.Urn); break;
            case PropertyValueKind.Asset: sb.Append("[asset]"); break;
            case PropertyValueKind.Archive: sb.Append("[archive]"); break;
            case PropertyValueKind.Array:
                sb.Append('[');
                for (var i = 0; i < _array.Length; i++)
                {
                    if (i > 0) sb.Append(", ");
                    _array[i].Render(sb);
                }

                sb.Append(']');
                break;
            case PropertyValueKind.Object:
                sb.Append('{');
                var first = true;
                foreach (var (key, value) in _object!)
                {
                    if (!first) sb.Append(", ");
                    first = false;
                    sb.Append(key).Append(": ");
                    value.Render(sb);
                }

                sb.Append('}');
                break;
        }
    }

    public bool Equals(PropertyValue? other)
    {
        if (ReferenceEquals(this, other)) return true;
        if (other is null || other.Kind != Kind || other.IsSecret != IsSecret || !other.Dependencies.SetEquals(Dependencies))
        {
            return false;
        }

        return Kind switch
        {
            PropertyValueKind.Null or PropertyValueKind.Computed => true,
            PropertyValueKind.Bool => _bool == other._bool,
            PropertyValueKind.Number => _number.Equals(other._number),
            PropertyValueKind.String => string.Equals(_string, other._string, StringComparison.Ordinal),
            PropertyValueKind.Array => _array.SequenceEqual(other._array),
            PropertyValueKind.Object => _object!.Count == other._object!.Count
                && _object.All(kv => other._object.TryGetValue(kv.Key, out var v) && kv.Value.Equals(v)),
            PropertyValueKind.ResourceReference => _resource!.Equals(other._resource),
            PropertyValueKind.Asset or PropertyValueKind.Archive => _opaque!.Equals(other._opaque),
            _ => false,
        };
    }

    public override bool Equals(object? obj) => obj is PropertyValue other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(Kind, IsSecret, Kind switch
    {
        PropertyValueKind.Bool => _bool.GetHashCode(),
        PropertyValueKind.Number => _number.GetHashCode(),
        PropertyValueKind.String => StringComparer.Ordinal.GetHashCode(_string!),
        PropertyValueKind.Array => _array.Length,
        PropertyValueKind.Object => _object!.Count,
        _ => 0,
    });
}
