using System.Collections;
using System.Collections.Immutable;

namespace TidbDms.Provider.Planning;

/// <summary>
/// The inputs of one child, written as a collection initializer. A null value means "not set"
/// and is skipped, so optional inputs (<c>engineVersion</c>, <c>databaseName</c>) read like the
/// required ones.
/// </summary>
internal sealed class InputMap : IEnumerable<KeyValuePair<string, PlanValue>>
{
    private readonly SortedDictionary<string, PlanValue> _inputs = new(StringComparer.Ordinal);

    public void Add(string name, PlanValue? value)
    {
        if (value is not null)
        {
            _inputs.Add(name, value);
        }
    }

    public ImmutableSortedDictionary<string, PlanValue> ToImmutable() => _inputs.ToImmutableSortedDictionary(StringComparer.Ordinal);

    public IEnumerator<KeyValuePair<string, PlanValue>> GetEnumerator() => _inputs.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
