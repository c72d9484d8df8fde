using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Component;

/// <summary>
/// A non-plain input after reading: a typed value that may be unknown (previews) and may be
/// secret, with the URNs it came from. <see cref="Value"/> is set exactly when <see cref="IsKnown"/>.
/// </summary>
internal sealed record Input<T>(T? Value, bool IsKnown, bool IsSecret, ImmutableSortedSet<string> Dependencies)
{
    public static Input<T> Known(T value, bool isSecret = false, IEnumerable<string>? dependencies = null) =>
        new(value, true, isSecret, dependencies?.ToImmutableSortedSet(StringComparer.Ordinal) ?? []);

    public static Input<T> Unknown(bool isSecret = false, IEnumerable<string>? dependencies = null) =>
        new(default, false, isSecret, dependencies?.ToImmutableSortedSet(StringComparer.Ordinal) ?? []);

    /// <summary>True when the value is known and satisfies <paramref name="predicate"/>.</summary>
    public bool Is(Func<T, bool> predicate) => IsKnown && predicate(Value!);

    /// <summary>The value as a <see cref="PropertyValue"/>, keeping unknown-ness, secret-ness and dependencies.</summary>
    public PropertyValue ToPropertyValue(Func<T, PropertyValue> convert)
    {
        var value = IsKnown ? convert(Value!) : PropertyValue.Computed;
        return value.WithSecret(IsSecret).WithDependencies(Dependencies);
    }

    /// <summary>A safe rendering for messages: never a secret's value.</summary>
    public override string ToString() => IsSecret ? "[secret]" : IsKnown ? $"{Value}" : "[unknown]";
}
