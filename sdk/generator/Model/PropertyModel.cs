namespace TidbDms.SdkGenerator.Model;

/// <summary>
/// A property of a resource or object type. <see cref="Plain"/> is the property's own <c>plain</c> flag:
/// the value cannot be an output (SDKs take the bare type).
/// </summary>
internal sealed record PropertyModel(
    string Name,
    TypeRef Type,
    bool Required,
    bool Plain,
    bool Secret,
    DefaultValue? Default,
    string Description);

/// <summary>A schema <c>default</c>: a string, a whole number or a boolean.</summary>
internal sealed record DefaultValue(object Value)
{
    public string? AsString => Value as string;
}
