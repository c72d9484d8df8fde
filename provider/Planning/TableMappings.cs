using System.Globalization;
using System.Text;
using System.Text.Json;
using TidbDms.Provider.Component;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Planning;

/// <summary>
/// DMS table-mapping JSON for <c>task.schemas</c>: one selection rule per schema, including every
/// table. Compact and in the given order, so the same schemas always give the same string and
/// the task never shows a spurious diff.
/// </summary>
internal static class TableMappings
{
    /// <summary>The task's table mappings: as given, or generated from its schemas (unknown while they are).</summary>
    public static PlanValue For(TaskArgs task) =>
        task.TableMappings is { } given ? ArgValues.Of(given)
        : task.Schemas is { } schemas ? new PlanValue.Literal(schemas.ToPropertyValue(s => PropertyValue.String(ForSchemas(s))))
        : throw new ArgumentException("a task needs task.schemas or task.tableMappings; the args reader should have refused it", nameof(task));

    public static string ForSchemas(IEnumerable<string> schemas)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            json.WriteStartObject();
            json.WriteStartArray("rules");
            var ruleNumber = 0;
            foreach (var schema in schemas)
            {
                var id = (++ruleNumber).ToString(CultureInfo.InvariantCulture);
                json.WriteStartObject();
                json.WriteString("rule-type", "selection");
                json.WriteString("rule-id", id);
                json.WriteString("rule-name", id);
                json.WriteStartObject("object-locator");
                json.WriteString("schema-name", LiteralPattern(schema));
                json.WriteString("table-name", "%");
                json.WriteEndObject();
                json.WriteString("rule-action", "include");
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    /// <summary>
    /// In DMS selection rules <c>_</c> matches any one character and <c>[_]</c> a literal underscore,
    /// so <c>app_db</c> would also select <c>app1db</c> unless escaped. (The reader refuses the other
    /// wildcard characters in schema names.)
    /// </summary>
    private static string LiteralPattern(string schema) => schema.Replace("_", "[_]", StringComparison.Ordinal);
}
