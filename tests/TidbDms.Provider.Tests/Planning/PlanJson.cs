using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>
/// A deterministic, human-readable JSON rendering of a plan, for the golden plan files and for
/// assertions (<c>preview --json</c> shows the registrations instead). Never shows a secret.
/// </summary>
/// <remarks>
/// <code>
/// {
///   "component": "&lt;name&gt;",
///   "resources": [                        // registration order
///     { "type": "aws:ec2/vpc:Vpc", "name": "&lt;name&gt;-vpc",
///       "inputs": { … sorted by name … },
///       "dependsOn": [ … ], "additionalSecretOutputs": [ … ] }   // always present, maybe empty
///   ],
///   "outputs": { … sorted by name … }
/// }
/// </code>
/// Values: literals as JSON (strings, numbers, booleans, null, lists, objects with sorted keys);
/// a secret (literal or <c>PlanValue.Secret</c>) as <c>"[secret]"</c>; an unknown as <c>"[unknown]"</c>;
/// a reference as <c>"ref(&lt;child&gt;).&lt;output&gt;"</c>; a concatenation as <c>{"concat": [parts]}</c>;
/// a suffixed list as <c>{"eachWithSuffix": {"source": value, "suffix": "/32"}}</c>; a resource
/// reference as its URN; assets and archives as <c>"[asset]"</c> / <c>"[archive]"</c>.
/// Two-space indentation, <c>\n</c> line ends, a final newline, no escaping beyond what JSON needs.
/// </remarks>
internal static class PlanJson
{
    public const string Secret = RedactedJson.Secret;
    public const string Unknown = RedactedJson.Unknown;

    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",

        // The text is read by people and compared as a file, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string Render(MigrationPlan plan)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options))
        {
            Write(json, plan);
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    /// <summary>One value in the same notation, compact (no indentation): for messages and assertions.</summary>
    public static string RenderValue(PlanValue value)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, Options with { Indented = false }))
        {
            WriteValue(json, value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static void Write(Utf8JsonWriter json, MigrationPlan plan)
    {
        json.WriteStartObject();
        json.WriteString("component", plan.ComponentName);
        json.WriteStartArray("resources");
        foreach (var resource in plan.Resources)
        {
            json.WriteStartObject();
            json.WriteString("type", resource.Type);
            json.WriteString("name", resource.Name);
            json.WriteStartObject("inputs");
            foreach (var (name, value) in resource.Inputs)
            {
                json.WritePropertyName(name);
                WriteValue(json, value);
            }

            json.WriteEndObject();
            WriteStrings(json, "dependsOn", resource.DependsOn);
            WriteStrings(json, "additionalSecretOutputs", resource.AdditionalSecretOutputs);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartObject("outputs");
        foreach (var (name, value) in plan.Outputs)
        {
            json.WritePropertyName(name);
            WriteValue(json, value);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A reference as the plan files show it: <c>ref(mig-vpc).id</c>.</summary>
    public static string RefText(PlanValue.Ref reference) => $"ref({reference.Resource}).{reference.Output}";

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteValue(Utf8JsonWriter json, PlanValue value)
    {
        switch (value)
        {
            case PlanValue.Secret:
                json.WriteStringValue(Secret);
                break;
            case PlanValue.Literal literal:
                RedactedJson.Write(json, literal.Value);
                break;
            case PlanValue.Ref reference:
                json.WriteStringValue(RefText(reference));
                break;
            case PlanValue.List list:
                json.WriteStartArray();
                foreach (var item in list.Items)
                {
                    WriteValue(json, item);
                }

                json.WriteEndArray();
                break;
            case PlanValue.Map map:
                json.WriteStartObject();
                foreach (var (key, entry) in map.Entries)
                {
                    json.WritePropertyName(key);
                    WriteValue(json, entry);
                }

                json.WriteEndObject();
                break;
            case PlanValue.Concat concat:
                json.WriteStartObject();
                json.WriteStartArray("concat");
                foreach (var part in concat.Parts)
                {
                    WriteValue(json, part);
                }

                json.WriteEndArray();
                json.WriteEndObject();
                break;
            case PlanValue.EachWithSuffix each:
                json.WriteStartObject();
                json.WriteStartObject("eachWithSuffix");
                json.WritePropertyName("source");
                WriteValue(json, each.Source);
                json.WriteString("suffix", each.Suffix);
                json.WriteEndObject();
                json.WriteEndObject();
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.GetType().Name, "unknown plan value kind");
        }
    }
}
