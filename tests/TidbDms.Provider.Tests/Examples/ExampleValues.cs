using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TidbDms.Provider.Tests.Examples;

/// <summary>
/// The language-neutral spelling of a value a program gives the component, which every language's
/// checker reports and the YAML twin is read into: <c>enum:&lt;wire value&gt;</c>, <c>config:&lt;key&gt;</c>,
/// <c>secret:&lt;key&gt;</c> (a secret config value), a JSON literal, or <c>expr:&lt;source&gt;</c> for
/// anything else.
/// </summary>
internal static class ExampleValues
{
    private static readonly string[] Tagged = ["enum:", "config:", "secret:", "expr:", "sdk:"];

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A JSON literal re-serialized compactly (Python writes <c>["a", "b"]</c>, Go <c>["a","b"]</c>); a tagged value as is.</summary>
    public static string Canonical(string value) =>
        Tagged.Any(t => value.StartsWith(t, StringComparison.Ordinal)) ? value : JsonNode.Parse(value)!.ToJsonString(Compact);

    public static Dictionary<string, string> Canonical(IEnumerable<KeyValuePair<string, string>> settings) =>
        settings.ToDictionary(s => s.Key, s => Canonical(s.Value), StringComparer.Ordinal);

    public static string Json(string text) => JsonSerializer.Serialize(text, Compact);
}
