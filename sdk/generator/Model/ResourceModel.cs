namespace TidbDms.SdkGenerator.Model;

/// <summary>A resource of the package: its token, class name (the token's last part), inputs and outputs.</summary>
internal sealed record ResourceModel(
    string Token,
    string Name,
    string Description,
    bool IsComponent,
    IReadOnlyList<PropertyModel> Inputs,
    IReadOnlyList<PropertyModel> Outputs);
