namespace TidbDms.SdkGenerator.Model;

/// <summary>One member of an enum: the SDK name, the wire value and its description.</summary>
internal sealed record EnumValueModel(string Name, string Value, string Description);

/// <summary>A string enum type of the package.</summary>
internal sealed record EnumModel(string Token, string Name, string Description, IReadOnlyList<EnumValueModel> Values)
{
    public EnumValueModel ByValue(string value) =>
        Values.FirstOrDefault(v => v.Value == value) ?? throw new InvalidOperationException($"{Name} has no value '{value}'");
}
