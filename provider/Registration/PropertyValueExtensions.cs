using TidbDms.Provider.Values;

namespace TidbDms.Provider.Registration;

/// <summary>Helpers over <see cref="PropertyValue"/> that only registration needs.</summary>
internal static class PropertyValueExtensions
{
    /// <summary>
    /// The same value, secrets and unknowns kept, without dependencies at any depth. Dependencies
    /// travel in <c>propertyDependencies</c> and <c>stateDependencies</c>; left on the value they
    /// would be encoded as output values, which custom-resource inputs must not contain.
    /// </summary>
    public static PropertyValue WithoutDependencies(this PropertyValue value)
    {
        if (value.AllDependencies.IsEmpty)
        {
            return value;
        }

        PropertyValue bare;
        if (value.TryGetArray(out var items))
        {
            bare = PropertyValue.Array(items.Select(WithoutDependencies));
        }
        else if (value.TryGetObject(out var properties))
        {
            bare = PropertyValue.Object(properties.Select(p => KeyValuePair.Create(p.Key, p.Value.WithoutDependencies())));
        }
        else if (value.TryGetString(out var s))
        {
            bare = PropertyValue.String(s);
        }
        else if (value.TryGetNumber(out var n))
        {
            bare = PropertyValue.Number(n);
        }
        else if (value.TryGetBool(out var b))
        {
            bare = PropertyValue.Bool(b);
        }
        else if (value.TryGetResource(out var reference))
        {
            bare = PropertyValue.Resource(reference);
        }
        else if (value.TryGetOpaque(out var wire))
        {
            bare = PropertyValue.Opaque(value.Kind, wire);
        }
        else
        {
            bare = value.IsComputed ? PropertyValue.Computed : PropertyValue.Null;
        }

        return bare.WithSecret(value.IsSecret);
    }
}
