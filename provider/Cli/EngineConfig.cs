using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Cli;

/// <summary>
/// The program's config as the engine holds a stack's config: keys with their namespace (the
/// project's for keys without one), values as text (numbers, booleans, lists and objects as JSON),
/// and the secret keys listed apart. A secret without a value (unknown in this preview) is left out.
/// </summary>
internal static class EngineConfig
{
    public static (ImmutableSortedDictionary<string, string> Config, ImmutableArray<string> SecretKeys) From(
        string project, IReadOnlyDictionary<string, PropertyValue> config)
    {
        var values = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        var secrets = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var (key, value) in config)
        {
            if (value.ContainsUnknowns)
            {
                continue;
            }

            var name = key.Contains(':', StringComparison.Ordinal) ? key : $"{project}:{key}";
            values[name] = value.TryGetString(out var text) ? text : Json(value);
            if (value.ContainsSecrets)
            {
                secrets.Add(name);
            }
        }

        return (values.ToImmutable(), [.. secrets]);
    }

    private static string Json(PropertyValue value)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            Write(json, value);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static void Write(Utf8JsonWriter json, PropertyValue value)
    {
        switch (value.Kind)
        {
            case PropertyValueKind.String:
                json.WriteStringValue(value.AsString);
                break;
            case PropertyValueKind.Number when value.TryGetNumber(out var number):
                json.WriteRawValue(number.ToString("R", CultureInfo.InvariantCulture));
                break;
            case PropertyValueKind.Bool when value.TryGetBool(out var flag):
                json.WriteBooleanValue(flag);
                break;
            case PropertyValueKind.Array:
                json.WriteStartArray();
                foreach (var item in value.AsArray)
                {
                    Write(json, item);
                }

                json.WriteEndArray();
                break;
            case PropertyValueKind.Object:
                json.WriteStartObject();
                foreach (var (key, entry) in value.AsObject)
                {
                    json.WritePropertyName(key);
                    Write(json, entry);
                }

                json.WriteEndObject();
                break;
            default:
                json.WriteNullValue();
                break;
        }
    }
}
