namespace TidbDms.SdkGenerator.Model;

/// <summary>An object type of the package (used as an input), with its properties in schema order.</summary>
internal sealed record ObjectTypeModel(string Token, string Name, string Description, IReadOnlyList<PropertyModel> Properties)
{
    public bool HasDefaults => Properties.Any(p => p.Default is not null);
}
