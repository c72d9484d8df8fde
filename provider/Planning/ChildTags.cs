using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Planning;

/// <summary>
/// The <c>tags</c> of each child: the user's tags, then any tags the component itself needs, then
/// <c>Name</c> = the child's logical name (ours win, so every child is findable in the console and
/// the DMS role owner tag cannot be overwritten). Unknown user tags (preview) make the whole map unknown.
/// </summary>
internal sealed class ChildTags(Input<ImmutableSortedDictionary<string, string>>? userTags)
{
    public const string NameKey = "Name";

    public PlanValue For(string childName, params (string Key, string Value)[] componentTags)
    {
        PropertyValue Merge(ImmutableSortedDictionary<string, string> tags)
        {
            var merged = tags.ToBuilder();
            foreach (var (key, value) in componentTags)
            {
                merged[key] = value;
            }

            merged[NameKey] = childName;
            return PropertyValue.Object(merged.Select(kv => KeyValuePair.Create(kv.Key, PropertyValue.String(kv.Value))));
        }

        var value = userTags is null
            ? Merge(ImmutableSortedDictionary.Create<string, string>(StringComparer.Ordinal))
            : userTags.ToPropertyValue(Merge);
        return new PlanValue.Literal(value);
    }
}
