namespace TidbDms.SdkGenerator.Model;

internal enum TypeKind
{
    String,
    Integer,
    Number,
    Boolean,
    Array,
    Map,
    Enum,
    Object,
}

/// <summary>
/// A property's type: a primitive, an array or map of <see cref="Element"/> (whose own <see cref="Plain"/>
/// says whether the items may be outputs), or a reference by name to an enum or object type.
/// </summary>
internal sealed record TypeRef(TypeKind Kind, bool Plain = false, TypeRef? Element = null, string? RefName = null)
{
    public TypeRef Item => Element ?? throw new InvalidOperationException($"a {Kind} type has no element type");

    public string Ref => RefName ?? throw new InvalidOperationException($"a {Kind} type refers to no named type");
}
