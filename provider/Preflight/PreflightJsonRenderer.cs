using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Preflight;

/// <summary>
/// The report for CI (<c>--json</c>), written with <see cref="Utf8JsonWriter"/> (no reflection):
/// <code>
/// {"target":{host,port,user,tier,endpointType,sslMode,schemas},
///  "status":"pass|warn|fail","exitCode":0,"problems":[...],
///  "findings":[{"check":"tls","status":"pass","message":"…","fix":null}]}
/// </code>
/// The password is not part of it.
/// </summary>
internal static class PreflightJsonRenderer
{
    /// <summary>
    /// The document when the preflight could not run (bad arguments, no password): the same keys,
    /// <c>"target": null</c>, <c>"status": "error"</c>, exit code 2, the problems, no findings.
    /// </summary>
    public static string RenderCouldNotRun(IEnumerable<string> problems)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNull("target");
            json.WriteString("status", "error");
            json.WriteNumber("exitCode", PreflightExitCode.CouldNotRun);
            json.WriteStartArray("problems");
            foreach (var problem in problems)
            {
                json.WriteStringValue(problem);
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    public static string Render(PreflightReport report)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions
        {
            Indented = true,

            // the report goes to a terminal or a CI log, never into HTML: keep quotes and backquotes readable
            Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        }))
        {
            var target = report.Target;
            json.WriteStartObject();
            json.WriteStartObject("target");
            json.WriteString("host", target.Host);
            json.WriteNumber("port", target.Port);
            json.WriteString("user", target.User);
            json.WriteString("tier", ContractEnums.Tier.ToWire(target.Tier));
            json.WriteString("endpointType", ContractEnums.EndpointType.ToWire(target.EndpointType));
            json.WriteString("sslMode", ContractEnums.SslMode.ToWire(target.SslMode));
            json.WriteStartArray("schemas");
            foreach (var schema in target.Schemas)
            {
                json.WriteStringValue(schema);
            }

            json.WriteEndArray();
            json.WriteEndObject();

            json.WriteString("status", report.Status.ToWire());
            json.WriteNumber("exitCode", report.ExitCode);
            json.WriteStartArray("problems");
            foreach (var problem in report.Problems)
            {
                json.WriteStringValue(problem);
            }

            json.WriteEndArray();
            json.WriteStartArray("findings");
            foreach (var finding in report.Findings)
            {
                json.WriteStartObject();
                json.WriteString("check", finding.Check);
                json.WriteString("status", finding.Status.ToWire());
                json.WriteString("message", finding.Message);
                if (finding.Fix is null)
                {
                    json.WriteNull("fix");
                }
                else
                {
                    json.WriteString("fix", finding.Fix);
                }

                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }
}
