using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace TidbDms.SdkGenerator;

/// <summary>Deterministic JSON for package manifests: fixed key order (the caller's), "\n" line ends, readable text.</summary>
internal static class JsonText
{
    public static string Write(Action<Utf8JsonWriter> write, int indentSize)
    {
        var options = new JsonWriterOptions
        {
            Indented = true,
            IndentSize = indentSize,
            NewLine = "\n",

            // Manifests are read by people and package managers, never embedded in HTML.
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        };
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The <c>pulumi-plugin.json</c> every language ships: what the engine needs to find and download the plugin.</summary>
    public static string PluginJson(Model.PackageModel package) => Write(
        w =>
        {
            w.WriteStartObject();
            WritePluginFields(w, package);
            w.WriteEndObject();
        },
        indentSize: 2);

    public static void WritePluginFields(Utf8JsonWriter w, Model.PackageModel package)
    {
        w.WriteBoolean("resource", true);
        w.WriteString("name", package.Name);
        w.WriteString("version", package.Version);
        if (package.PluginDownloadUrl is { } server)
        {
            w.WriteString("server", server);
        }
    }
}
