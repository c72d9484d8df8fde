using System.Collections;
using System.Collections.Immutable;
using System.Globalization;
using TidbDms.Provider.Values;

namespace TidbDms.Testing;

/// <summary>Plain C# values, as mocks return them, to <see cref="PropertyValue"/>s (no reflection: AOT-safe).</summary>
internal static class MockValues
{
    /// <summary>
    /// Return this from <see cref="IMocks.CallAsync"/> to answer "not known yet", as the engine does
    /// for an invoke through a provider whose configuration is unknown in a preview.
    /// </summary>
    public static IDictionary<string, object?> UnknownResult { get; } =
        new System.Collections.ObjectModel.ReadOnlyDictionary<string, object?>(new Dictionary<string, object?>());

    public static PropertyValue ToPropertyValue(object? value) => value switch
    {
        null => PropertyValue.Null,
        PropertyValue property => property,
        string s => PropertyValue.String(s),
        bool b => PropertyValue.Bool(b),
        int or long or short or byte or uint or ulong or ushort or sbyte or float or double or decimal =>
            PropertyValue.Number(Convert.ToDouble(value, CultureInfo.InvariantCulture)),
        IEnumerable<KeyValuePair<string, object?>> map => PropertyValue.Object(map.Select(kv => KeyValuePair.Create(kv.Key, ToPropertyValue(kv.Value)))),
        IEnumerable<KeyValuePair<string, string>> strings => PropertyValue.Object(strings.Select(kv => KeyValuePair.Create(kv.Key, PropertyValue.String(kv.Value)))),
        IEnumerable<KeyValuePair<string, PropertyValue>> properties => PropertyValue.Object(properties),
        IEnumerable items => PropertyValue.Array(items.Cast<object?>().Select(ToPropertyValue)),
        _ => throw new ArgumentException($"a mock returned a {value.GetType().Name}, which has no Pulumi value", nameof(value)),
    };

    public static ImmutableSortedDictionary<string, PropertyValue> ToProperties(IDictionary<string, object?>? state) =>
        state is null
            ? ImmutableSortedDictionary<string, PropertyValue>.Empty.WithComparers(StringComparer.Ordinal)
            : state.ToImmutableSortedDictionary(kv => kv.Key, kv => ToPropertyValue(kv.Value), StringComparer.Ordinal);
}
