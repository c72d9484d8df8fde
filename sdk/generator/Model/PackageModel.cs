namespace TidbDms.SdkGenerator.Model;

/// <summary>The parts of a package schema the SDK emitters need, already resolved (no <c>$ref</c>s left).</summary>
internal sealed record PackageModel(
    string Name,
    string Version,
    string Description,
    IReadOnlyList<string> Keywords,
    string? Homepage,
    string? Repository,
    string? License,
    string? Publisher,
    string? PluginDownloadUrl,
    IReadOnlyList<ResourceModel> Resources,
    IReadOnlyList<ObjectTypeModel> ObjectTypes,
    IReadOnlyList<EnumModel> Enums,
    LanguageSettings Language)
{
    public ObjectTypeModel ObjectType(string name) =>
        ObjectTypes.FirstOrDefault(t => t.Name == name) ?? throw new InvalidOperationException($"no object type '{name}'");

    public EnumModel Enum(string name) =>
        Enums.FirstOrDefault(e => e.Name == name) ?? throw new InvalidOperationException($"no enum type '{name}'");
}
