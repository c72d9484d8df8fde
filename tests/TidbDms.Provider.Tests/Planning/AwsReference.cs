using System.Collections.Immutable;
using System.Text.Json;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>
/// pulumi-aws 7.48.0 as the extracted reference describes it (Fixtures/pulumi-aws-7.48.0-inputs-detailed.json):
/// per type token its inputs (TypeScript type, required), outputs, nested input types and the
/// outputs its SDK registers as additional secret outputs.
/// </summary>
internal sealed class AwsReference
{
    private AwsReference(ImmutableDictionary<string, AwsType> types) => Types = types;

    public ImmutableDictionary<string, AwsType> Types { get; }

    public static AwsReference Instance { get; } = Load();

    /// <summary>The nested type an input of <paramref name="tsType"/> holds (<c>inputs.ec2.RouteTableRoute[]</c> → <c>ec2.RouteTableRoute</c>).</summary>
    public static string? NestedTypeName(string tsType)
    {
        var start = tsType.IndexOf("inputs.", StringComparison.Ordinal);
        if (start < 0)
        {
            return null;
        }

        var name = tsType[(start + "inputs.".Length)..];
        var end = name.IndexOfAny(['[', ' ', '|']);
        return end < 0 ? name : name[..end];
    }

    private static AwsReference Load()
    {
        var path = Path.Combine(TestContext.CurrentContext.TestDirectory, "Fixtures", "pulumi-aws-7.48.0-inputs-detailed.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        var types = ImmutableDictionary.CreateBuilder<string, AwsType>(StringComparer.Ordinal);
        foreach (var entry in document.RootElement.EnumerateObject().Where(e => e.Value.ValueKind == JsonValueKind.Object))
        {
            var type = entry.Value;
            var inputs = type.GetProperty("inputs").EnumerateObject().ToImmutableDictionary(
                i => i.Name,
                i => new AwsProperty(i.Name, i.Value.GetProperty("type").GetString()!, i.Value.GetProperty("required").GetBoolean()),
                StringComparer.Ordinal);
            var outputs = type.GetProperty("outputs").EnumerateObject().ToImmutableDictionary(
                o => o.Name, o => o.Value.GetString()!, StringComparer.Ordinal);
            var nested = type.GetProperty("nestedTypes").EnumerateObject().ToImmutableDictionary(
                n => n.Name,
                n => n.Value.EnumerateArray().ToImmutableDictionary(
                    f => f.GetProperty("name").GetString()!,
                    f => new AwsProperty(f.GetProperty("name").GetString()!, f.GetProperty("type").GetString()!, f.GetProperty("required").GetBoolean()),
                    StringComparer.Ordinal),
                StringComparer.Ordinal);
            types.Add(entry.Name, new AwsType(
                entry.Name, type.GetProperty("kind").GetString()!, inputs, outputs, nested, Strings(type, "secretInputs"), Strings(type, "additionalSecretOutputs")));
        }

        return new AwsReference(types.ToImmutable());
    }

    private static ImmutableArray<string> Strings(JsonElement type, string property) =>
        [.. type.GetProperty(property).EnumerateArray().Select(s => s.GetString()!)];
}
