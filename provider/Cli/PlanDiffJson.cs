using System.Text.Json;

namespace TidbDms.Provider.Cli;

/// <summary>
/// The <c>diff</c> section <c>preview --json --diff-against</c> adds: the base, the counts, each
/// resource's plan with its changed inputs (as the JSON shows values: secrets
/// <c>"[secret]"</c>) and replace reasons, and the review notes.
/// </summary>
internal static class PlanDiffJson
{
    public static void Write(Utf8JsonWriter json, PlanDiff diff, string baseName)
    {
        json.WriteStartObject("diff");
        json.WriteString("base", baseName);
        json.WriteStartObject("summary");
        foreach (var kind in Enum.GetValues<ChangeKind>())
        {
            json.WriteNumber(Op(kind), diff.Count(kind));
        }

        json.WriteEndObject();
        json.WriteStartArray("resources");
        foreach (var row in diff.Resources)
        {
            json.WriteStartObject();
            json.WriteString("urn", row.Resource.Urn);
            json.WriteString("op", Op(row.Kind));
            if (row.DeleteFirst)
            {
                json.WriteBoolean("deleteBeforeReplace", true);
            }

            json.WriteStartArray("changes");
            foreach (var change in row.Changes)
            {
                json.WriteStartObject();
                json.WriteString("path", change.Path);
                json.WritePropertyName("old");
                WriteNode(json, change.Old);
                json.WritePropertyName("new");
                WriteNode(json, change.New);
                if (change.Via is not null)
                {
                    json.WriteString("via", change.Via);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("replaceReasons");
            foreach (var reason in row.ReplaceReasons)
            {
                json.WriteStringValue(reason);
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("notes");
        foreach (var note in diff.Notes)
        {
            json.WriteStringValue(note);
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    public static string Op(ChangeKind kind) => kind switch
    {
        ChangeKind.Create => "create",
        ChangeKind.Update => "update",
        ChangeKind.Replace => "replace",
        ChangeKind.Delete => "delete",
        _ => "same",
    };

    private static void WriteNode(Utf8JsonWriter json, System.Text.Json.Nodes.JsonNode? node)
    {
        if (node is null)
        {
            json.WriteNullValue();
        }
        else
        {
            node.WriteTo(json);
        }
    }
}
