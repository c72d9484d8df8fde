using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Cli;

/// <summary>
/// The machine form of a preview, for tools and PR bots: every registration the engine recorded
/// (stack, components, children) with its inputs and dependencies, the components' and the
/// program's outputs, each registration's resource options as the engine received them
/// (<c>options</c>: protect, retainOnDelete, deleteBeforeReplace, ignoreChanges, replaceOnChanges,
/// provider, deletedWith), what the program printed (<c>console</c>: a Node.js program's output), and the warnings and errors (<c>urn</c>: the resource a provider logged one against). Keys come in a fixed order (maps sorted by key) so diffs stay small.
/// Values are written by <see cref="RedactedJson"/>, as plans are: secrets as <c>"[secret]"</c>,
/// unknowns as <c>"[unknown]"</c>.
/// </summary>
internal static class PreviewJsonRenderer
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        NewLine = "\n",
        // Readable "<" and "'" in messages; the output is never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Render(PreviewResult result, TextWriter output) => Render(result, output, null, "");

    /// <param name="diff">With <c>--diff-against</c>: the diff against the base, written as <c>diff</c> (<see cref="PlanDiffJson"/>).</param>
    public static void Render(PreviewResult result, TextWriter output, PlanDiff? diff, string baseName)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, Options))
        {
            json.WriteStartObject();
            json.WriteString("project", result.Project);
            json.WriteString("stack", result.Stack);
            json.WriteString("program", result.Program);

            // A component with errors registers nothing: it is in "errors" only.
            var previewed = result.Components.Where(c => c.Succeeded).ToList();
            json.WriteStartArray("resources");
            // The stack exists once the program reached the engine; a program that could not even be read registers nothing.
            if (result.Records is not null || result.Errors.IsEmpty || !result.Components.IsEmpty)
            {
                WriteStack(json, result);
            }

            foreach (var component in previewed)
            {
                WriteRegistration(json, component.Component);
                foreach (var child in component.Children)
                {
                    WriteRegistration(json, child);
                }
            }

            json.WriteEndArray();

            json.WriteStartArray("components");
            foreach (var component in previewed)
            {
                json.WriteStartObject();
                json.WriteString("name", component.Component.Name);
                json.WriteString("urn", component.Component.Urn);
                json.WritePropertyName("outputs");
                WriteObject(json, component.Outputs);
                json.WriteEndObject();
            }

            json.WriteEndArray();

            json.WritePropertyName("outputs");
            WriteObject(json, result.Outputs.OrderBy(o => o.Name, StringComparer.Ordinal).Select(o => KeyValuePair.Create(o.Name, o.Value)));

            json.WriteStartArray("notPreviewed");
            foreach (var resource in result.NotPreviewed)
            {
                json.WriteStartObject();
                json.WriteString("name", resource.Name);
                json.WriteString("type", resource.Type);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteStartArray("console");
            foreach (var line in result.Console)
            {
                json.WriteStringValue(line);
            }

            json.WriteEndArray();
            json.WriteStartArray("assumptions");
            foreach (var assumption in result.Assumptions)
            {
                json.WriteStringValue(assumption);
            }

            json.WriteEndArray();
            WriteDiagnostics(json, "warnings", result.Warnings);
            WriteDiagnostics(json, "errors", result.Errors);

            if (diff is not null)
            {
                PlanDiffJson.Write(json, diff, baseName);
            }

            json.WriteStartObject("summary");
            json.WriteNumber("create", result.Errors.IsEmpty ? result.ToCreate : 0);
            json.WriteEndObject();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.ToArray()));
    }

    private static void WriteStack(Utf8JsonWriter json, PreviewResult result)
    {
        json.WriteStartObject();
        json.WriteString("op", "create");
        json.WriteString("urn", result.StackUrn);
        json.WriteString("type", ResourceUrn.StackType);
        json.WriteString("name", result.StackName);
        json.WriteNull("parent");
        json.WriteBoolean("custom", false);
        json.WriteStartObject("inputs");
        json.WriteEndObject();
        json.WriteStartArray("dependencies");
        json.WriteEndArray();
        json.WriteStartObject("propertyDependencies");
        json.WriteEndObject();
        WriteOptions(json, null);
        json.WriteEndObject();
    }

    /// <summary>
    /// The resource options as the engine received them in the registration: null where the
    /// request left an option unset (the engine's default applies), the lists empty.
    /// </summary>
    private static void WriteOptions(Utf8JsonWriter json, RegisteredResource? resource)
    {
        json.WriteStartObject("options");
        WriteNullableBool(json, "protect", resource?.Protect);
        WriteNullableBool(json, "retainOnDelete", resource?.RetainOnDelete);
        WriteNullableBool(json, "deleteBeforeReplace", resource?.DeleteBeforeReplace);
        WriteStrings(json, "ignoreChanges", resource?.IgnoreChanges ?? []);
        WriteStrings(json, "replaceOnChanges", resource?.ReplaceOnChanges ?? []);
        WriteNullable(json, "provider", resource is { Provider.Length: > 0 } ? resource.Provider : null);
        WriteNullable(json, "deletedWith", resource is { DeletedWith.Length: > 0 } ? resource.DeletedWith : null);
        json.WriteEndObject();
    }

    private static void WriteNullableBool(Utf8JsonWriter json, string name, bool? value)
    {
        if (value is { } flag)
        {
            json.WriteBoolean(name, flag);
        }
        else
        {
            json.WriteNull(name);
        }
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }

        json.WriteEndArray();
    }

    private static void WriteRegistration(Utf8JsonWriter json, RegisteredResource resource)
    {
        json.WriteStartObject();
        json.WriteString("op", "create");
        json.WriteString("urn", resource.Urn);
        json.WriteString("type", resource.Type);
        json.WriteString("name", resource.Name);
        json.WriteString("parent", resource.Parent);
        json.WriteBoolean("custom", resource.Custom);
        json.WritePropertyName("inputs");
        WriteObject(json, resource.Inputs);
        json.WriteStartArray("dependencies");
        foreach (var urn in resource.Dependencies)
        {
            json.WriteStringValue(urn);
        }

        json.WriteEndArray();
        json.WriteStartObject("propertyDependencies");
        foreach (var (property, urns) in resource.PropertyDependencies)
        {
            json.WriteStartArray(property);
            foreach (var urn in urns)
            {
                json.WriteStringValue(urn);
            }

            json.WriteEndArray();
        }

        json.WriteEndObject();
        if (!resource.AdditionalSecretOutputs.IsDefaultOrEmpty)
        {
            json.WriteStartArray("additionalSecretOutputs");
            foreach (var name in resource.AdditionalSecretOutputs)
            {
                json.WriteStringValue(name);
            }

            json.WriteEndArray();
        }

        if (resource.Provider.Length > 0)
        {
            json.WriteString("provider", resource.Provider);
        }

        if (resource.Version.Length > 0)
        {
            json.WriteString("version", resource.Version);
        }

        WriteOptions(json, resource);
        json.WriteEndObject();
    }

    private static void WriteDiagnostics(Utf8JsonWriter json, string name, IEnumerable<LocatedDiagnostic> diagnostics)
    {
        json.WriteStartArray(name);
        foreach (var diagnostic in diagnostics)
        {
            json.WriteStartObject();
            WriteNullable(json, "location", diagnostic.Location);
            WriteNullable(json, "component", diagnostic.Component);
            WriteNullable(json, "path", diagnostic.Path);
            WriteNullable(json, "urn", diagnostic.Urn);
            json.WriteString("message", diagnostic.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    private static void WriteNullable(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private static void WriteObject(Utf8JsonWriter json, IEnumerable<KeyValuePair<string, PropertyValue>> entries)
    {
        json.WriteStartObject();
        foreach (var (key, value) in entries.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            json.WritePropertyName(key);
            RedactedJson.Write(json, value);
        }

        json.WriteEndObject();
    }
}
