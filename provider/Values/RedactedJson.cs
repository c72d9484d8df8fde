using System.Text.Json;

namespace TidbDms.Provider.Values;

/// <summary>
/// Writes a <see cref="PropertyValue"/> as JSON for people and tools (plans, <c>preview --json</c>)
/// without ever writing a secret's payload: a secret, at any depth, becomes <see cref="Secret"/>, an
/// unknown becomes <see cref="Unknown"/>, a resource reference its URN, assets and archives a marker.
/// </summary>
internal static class RedactedJson
{
    public const string Secret = "[secret]";
    public const string Unknown = "[unknown]";

    public static void Write(Utf8JsonWriter json, PropertyValue value)
    {
        if (value.IsSecret)
        {
            json.WriteStringValue(Secret);
            return;
        }

        switch (value.Kind)
        {
            case PropertyValueKind.Null:
                json.WriteNullValue();
                break;
            case PropertyValueKind.Bool:
                json.WriteBooleanValue(value.TryGetBool(out var b) && b);
                break;
            case PropertyValueKind.Number:
                value.TryGetNumber(out var n);
                json.WriteNumberValue(n);
                break;
            case PropertyValueKind.String:
                json.WriteStringValue(value.AsString);
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
                // PropertyValue objects are sorted maps, so the output is stable.
                json.WriteStartObject();
                foreach (var (key, entry) in value.AsObject)
                {
                    json.WritePropertyName(key);
                    Write(json, entry);
                }

                json.WriteEndObject();
                break;
            case PropertyValueKind.Computed:
                json.WriteStringValue(Unknown);
                break;
            case PropertyValueKind.ResourceReference:
                value.TryGetResource(out var reference);
                json.WriteStringValue(reference.Urn);
                break;
            case PropertyValueKind.Asset:
                json.WriteStringValue("[asset]");
                break;
            case PropertyValueKind.Archive:
                json.WriteStringValue("[archive]");
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(value), value.Kind, "unknown property value kind");
        }
    }
}
