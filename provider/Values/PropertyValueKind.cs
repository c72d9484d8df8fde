namespace TidbDms.Provider.Values;

/// <summary>The shape of a <see cref="PropertyValue"/>. Secret-ness and dependencies are not kinds: they annotate any kind.</summary>
internal enum PropertyValueKind
{
    Null,
    Bool,
    Number,
    String,
    Array,
    Object,
    ResourceReference,
    Asset,
    Archive,

    /// <summary>Unknown until the resource it comes from is created (previews).</summary>
    Computed,
}
