using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Support;

/// <summary>
/// Component inputs for tests, from the values of <see cref="TestValues"/>: start from
/// <see cref="Valid"/> (or <see cref="Empty"/>) and tweak by dotted path, e.g. <c>Inputs.Valid().With("cluster.sslMode", "require").Without("cluster.host")</c>.
/// Immutable: every call returns a new value. Missing objects on the way are created; objects that
/// are rebuilt keep their own secret flag and dependencies.
/// </summary>
internal sealed class Inputs
{
    private readonly ImmutableSortedDictionary<string, PropertyValue> _values;

    private Inputs(ImmutableSortedDictionary<string, PropertyValue> values) => _values = values;

    public static Inputs Empty { get; } = new(ImmutableSortedDictionary.Create<string, PropertyValue>(StringComparer.Ordinal));

    /// <summary>The smallest valid input: a Starter cluster over its public endpoint, as a DMS target.</summary>
    public static Inputs Valid() => Empty
        .With("tier", "Starter")
        .With("connectivity", "PublicEndpoint")
        .With("endpointType", "target")
        .With("cluster.host", TestValues.StarterHost)
        .With("cluster.username", TestValues.StarterUsername)
        .With("cluster.password", PropertyValue.String(TestValues.Password).WithSecret());

    /// <summary>A valid Dedicated cluster over its public endpoint (verify-full by default, so with its CA).</summary>
    public static Inputs ValidDedicated() => Valid()
        .With("tier", "Dedicated")
        .With("cluster.host", TestValues.DedicatedHost)
        .With("cluster.username", TestValues.DedicatedUsername)
        .With("cluster.caCertificatePem", TestValues.CaPem);

    public static PropertyValue Strings(params string[] items) => PropertyValue.Array(items.Select(PropertyValue.String));

    public ImmutableSortedDictionary<string, PropertyValue> Build() => _values;

    public Inputs With(string path, string value) => With(path, PropertyValue.String(value));

    public Inputs With(string path, double value) => With(path, PropertyValue.Number(value));

    public Inputs With(string path, bool value) => With(path, PropertyValue.Bool(value));

    public Inputs With(string path, PropertyValue value) => new(Set(_values, path.Split('.'), value));

    public Inputs Without(string path) => new(Set(_values, path.Split('.'), null));

    /// <summary>The value at <paramref name="path"/>, or null.</summary>
    public PropertyValue? Get(string path)
    {
        var segments = path.Split('.');
        var current = _values;
        for (var i = 0; i < segments.Length - 1; i++)
        {
            if (!current.TryGetValue(segments[i], out var next) || !next.TryGetObject(out current))
            {
                return null;
            }
        }

        return current.TryGetValue(segments[^1], out var value) ? value : null;
    }

    public override string ToString() => PropertyValue.Object(_values).ToString();

    private static ImmutableSortedDictionary<string, PropertyValue> Set(
        ImmutableSortedDictionary<string, PropertyValue> properties, ReadOnlySpan<string> path, PropertyValue? value)
    {
        if (path.Length == 1)
        {
            return value is null ? properties.Remove(path[0]) : properties.SetItem(path[0], value);
        }

        var existing = properties.GetValueOrDefault(path[0]);
        if (existing is null && value is null)
        {
            return properties;
        }

        var inner = ImmutableSortedDictionary.Create<string, PropertyValue>(StringComparer.Ordinal);
        if (existing is not null && !existing.TryGetObject(out inner))
        {
            throw new InvalidOperationException($"'{path[0]}' is {existing.Describe()}, not an object");
        }

        var rebuilt = PropertyValue.Object(Set(inner, path[1..], value))
            .WithSecret(existing?.IsSecret ?? false)
            .WithDependencies(existing?.Dependencies ?? []);
        return properties.SetItem(path[0], rebuilt);
    }
}
