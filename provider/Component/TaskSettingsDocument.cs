using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Component;

/// <summary>
/// The DMS task-settings document of a task (the replication task's <c>replicationTaskSettings</c>,
/// the Serverless config's <c>replicationSettings</c>): every key the typed inputs own, from
/// <see cref="TaskSettingsArgs"/>, with <c>task.settingsJson</c> deep-merged on top, written with
/// sorted keys at every level and no whitespace. The same inputs always give the same text, so two
/// updates never differ in it (hand-written settings JSON is the usual source of endless diffs).
/// </summary>
/// <remarks>
/// DMS Serverless takes the same sections in <c>replicationSettings</c> (TargetMetadata,
/// FullLoadSettings, Logging, ValidationSettings), so both get one document.
/// </remarks>
internal static class TaskSettingsDocument
{
    public const string FullLoadSettings = "FullLoadSettings";
    public const string Logging = "Logging";
    public const string TargetMetadata = "TargetMetadata";
    public const string ValidationSettings = "ValidationSettings";

    /// <summary>DMS's recommended chunk size for full LOB mode, in KB; sent always so the owned keys never change.</summary>
    public const int LobChunkSizeKb = 64;

    public const string DefaultSeverity = "LOGGER_SEVERITY_DEFAULT";

    /// <summary>The components whose logs matter for a migration, at DMS's default severity (in this order).</summary>
    public static readonly ImmutableArray<string> LogComponents = ["SOURCE_UNLOAD", "SOURCE_CAPTURE", "TARGET_LOAD", "TARGET_APPLY", "TASK_MANAGER"];

    /// <summary>Keys DMS sets itself: a task that gives them fails to create ("cannot be set on create").</summary>
    public static readonly ImmutableArray<string> ReadOnlyLoggingKeys = ["CloudWatchLogGroup", "CloudWatchLogStream"];

    /// <summary>Each key the component owns (section.key) and the input that sets it.</summary>
    public static readonly ImmutableSortedDictionary<string, string> OwnedKeys = new Dictionary<string, string>
    {
        [$"{FullLoadSettings}.MaxFullLoadSubTasks"] = "task.settings.fullLoadSubTasks",
        [$"{FullLoadSettings}.TargetTablePrepMode"] = "task.settings.targetTablePrepMode",
        [$"{Logging}.EnableLogging"] = "task.settings.logging",
        [$"{Logging}.LogComponents"] = "task.settings.logging",
        [$"{TargetMetadata}.BatchApplyEnabled"] = "task.settings.batchApply",
        [$"{TargetMetadata}.FullLobMode"] = "task.settings.lobMode",
        [$"{TargetMetadata}.LimitedSizeLobMode"] = "task.settings.lobMode",
        [$"{TargetMetadata}.LobChunkSize"] = "task.settings.lobMode",
        [$"{TargetMetadata}.LobMaxSize"] = "task.settings.lobMaxSizeKb",
        [$"{TargetMetadata}.SupportLobs"] = "task.settings.lobMode",
        [$"{ValidationSettings}.EnableValidation"] = "task.settings.validation",
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    private static readonly JsonSerializerOptions Canonical = new()
    {
        WriteIndented = false,

        // Read by people in plans and diffs: keep quotes, '<' and non-ASCII as written.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>
    /// The document as a plan value: a string when every input it needs is known, else unknown;
    /// secret when <c>settingsJson</c> (or a setting) is; with the inputs' dependencies.
    /// </summary>
    /// <remarks>The args are valid here: the validator has refused a <c>settingsJson</c> that does not parse.</remarks>
    public static PropertyValue For(TaskArgs task)
    {
        var settings = task.Settings;
        var inputs = new (bool IsKnown, bool IsSecret, ImmutableSortedSet<string> Dependencies)[]
        {
            Facts(settings.TargetTablePrepMode), Facts(settings.LobMode), Facts(settings.LobMaxSizeKb), Facts(settings.FullLoadSubTasks),
            Facts(settings.Validation), Facts(settings.BatchApply),
            task.SettingsJson is { } json ? Facts(json) : (true, false, []),
        };
        var value = inputs.All(i => i.IsKnown)
            ? PropertyValue.String(Render(settings, task.SettingsJson?.Value))
            : PropertyValue.Computed;
        return value
            .WithSecret(inputs.Any(i => i.IsSecret))
            .WithDependencies(inputs.SelectMany(i => i.Dependencies).Distinct(StringComparer.Ordinal));
    }

    /// <summary>The canonical text for known settings, with <paramref name="settingsJson"/> (valid JSON object text, or null) merged on top.</summary>
    public static string Render(TaskSettingsArgs settings, string? settingsJson)
    {
        var document = Generate(settings);
        if (settingsJson is not null)
        {
            Merge(document, (JsonObject)JsonNode.Parse(settingsJson)!);
        }

        return Sort(document)!.ToJsonString(Canonical);
    }

    /// <summary>The generated document before any merge (key order does not matter yet).</summary>
    public static JsonObject Generate(TaskSettingsArgs settings)
    {
        var lobMode = settings.LobMode.Value;
        return new JsonObject
        {
            [FullLoadSettings] = new JsonObject
            {
                ["MaxFullLoadSubTasks"] = settings.FullLoadSubTasks.Value,
                ["TargetTablePrepMode"] = TablePrepModeName(settings.TargetTablePrepMode.Value),
            },
            [Logging] = new JsonObject
            {
                ["EnableLogging"] = settings.Logging,
                ["LogComponents"] = new JsonArray([.. LogComponents.Select(id => (JsonNode)new JsonObject { ["Id"] = id, ["Severity"] = DefaultSeverity })]),
            },
            [TargetMetadata] = new JsonObject
            {
                ["BatchApplyEnabled"] = settings.BatchApply.Value,
                ["FullLobMode"] = lobMode == LobMode.Full,
                ["LimitedSizeLobMode"] = lobMode == LobMode.Limited,
                ["LobChunkSize"] = LobChunkSizeKb,

                // 0 outside limited mode: no size limit applies there.
                ["LobMaxSize"] = lobMode == LobMode.Limited ? settings.LobMaxSizeKb.Value : 0,
                ["SupportLobs"] = lobMode != LobMode.None,
            },
            [ValidationSettings] = new JsonObject
            {
                ["EnableValidation"] = settings.Validation.Value,
            },
        };
    }

    /// <summary>DMS's name of a table preparation mode.</summary>
    public static string TablePrepModeName(TargetTablePrepMode mode) => mode switch
    {
        TargetTablePrepMode.DoNothing => "DO_NOTHING",
        TargetTablePrepMode.TruncateBeforeLoad => "TRUNCATE_BEFORE_LOAD",
        _ => "DROP_AND_CREATE",
    };

    /// <summary>
    /// Parses <c>task.settingsJson</c>. On failure, <paramref name="problem"/> says where (line,
    /// column and byte, all from 1) and never quotes the text, which may hold secrets.
    /// </summary>
    public static bool TryParse(string text, out JsonObject? document, out string? problem)
    {
        document = null;
        try
        {
            if (KeyProblem(text) is { } keyProblem)
            {
                problem = keyProblem;
                return false;
            }

            using var parsed = JsonDocument.Parse(text);
            if (parsed.RootElement.ValueKind != JsonValueKind.Object)
            {
                problem = $"must be a JSON object (DMS task settings), not {Describe(parsed.RootElement.ValueKind)}";
                return false;
            }

            document = JsonNode.Parse(text)!.AsObject();
            problem = null;
            return true;
        }
        catch (JsonException e)
        {
            problem = $"is not valid JSON ({Position(text, e.LineNumber ?? 0, e.BytePositionInLine ?? 0)})";
            return false;
        }
    }

    /// <summary>The owned keys (section.key) that <paramref name="overlay"/> sets: the JSON wins over the typed input.</summary>
    public static IEnumerable<string> OwnedKeysSetBy(JsonObject overlay) =>
        OwnedKeys.Keys.Where(path =>
        {
            var dot = path.IndexOf('.', StringComparison.Ordinal);
            return overlay[path[..dot]] is JsonObject section && section.ContainsKey(path[(dot + 1)..]);
        });

    /// <summary>"line L, column C, byte B" for an offset into the UTF-8 text (from 0).</summary>
    public static string Position(string text, long offset)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var end = (int)Math.Min(offset, bytes.Length);
        var lineStart = Array.LastIndexOf(bytes, (byte)'\n', Math.Max(end - 1, 0)) is var newline and >= 0 && newline < end ? newline + 1 : 0;
        var line = bytes.AsSpan(0, lineStart).Count((byte)'\n');
        return Position(text, line, end - lineStart);
    }

    /// <summary>
    /// The first key the parser would not refuse, or refuse without saying where, and where it is;
    /// null when there is none (also for text that does not parse: the parser says where). A key
    /// given twice is refused, since which one DMS would keep is not defined; the parser (with the
    /// same default reader options, so it stops at the same invalid token) would keep the last. A key
    /// that escapes half a surrogate pair is no text: the parser refuses it only when the key is read.
    /// </summary>
    private static string? KeyProblem(string text)
    {
        var reader = new Utf8JsonReader(Encoding.UTF8.GetBytes(text));
        var objects = new Stack<HashSet<string>>();
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                        objects.Push(new HashSet<string>(StringComparer.Ordinal));
                        break;
                    case JsonTokenType.EndObject:
                        objects.Pop();
                        break;
                    case JsonTokenType.PropertyName:
                        if (KeyText(ref reader) is not { } key)
                        {
                            return $"has a key that escapes half of a UTF-16 surrogate pair (such as \\uD800) without the other half ({Position(text, reader.TokenStartIndex)})";
                        }

                        if (!objects.Peek().Add(key))
                        {
                            return $"has a key twice in one object ({Position(text, reader.TokenStartIndex)})";
                        }

                        break;
                }
            }
        }
        catch (JsonException)
        {
            // Not JSON: the parser says where.
        }

        return null;
    }

    /// <summary>The current property name, or null when it is not text (an escaped lone surrogate).</summary>
    private static string? KeyText(ref Utf8JsonReader reader)
    {
        try
        {
            return reader.GetString();
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>"line L, column C, byte B" for a reader position (line and byte-in-line from 0).</summary>
    public static string Position(string text, long line, long byteInLine)
    {
        var bytes = Encoding.UTF8.GetBytes(text);
        var lineStart = 0;
        for (long seen = 0; seen < line && lineStart < bytes.Length; lineStart++)
        {
            if (bytes[lineStart] == (byte)'\n')
            {
                seen++;
            }
        }

        var inLine = (int)Math.Min(byteInLine, bytes.Length - lineStart);
        var column = Encoding.UTF8.GetCharCount(bytes, lineStart, inLine) + 1;
        return string.Create(CultureInfo.InvariantCulture, $"line {line + 1}, column {column}, byte {lineStart + inLine + 1}");
    }

    /// <summary>Objects merge key by key, recursively; anything else in the overlay replaces what was there.</summary>
    private static void Merge(JsonObject target, JsonObject overlay)
    {
        foreach (var (key, value) in overlay.ToList())
        {
            if (value is JsonObject overlayObject && target[key] is JsonObject targetObject)
            {
                Merge(targetObject, overlayObject);
            }
            else
            {
                target[key] = value?.DeepClone();
            }
        }
    }

    /// <summary>A copy with every object's keys in ordinal order (arrays keep theirs).</summary>
    private static JsonNode? Sort(JsonNode? node) => node switch
    {
        JsonObject obj => new JsonObject(obj.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => KeyValuePair.Create(kv.Key, Sort(kv.Value)))),
        JsonArray array => new JsonArray([.. array.Select(Sort)]),
        null => null,
        _ => node.DeepClone(),
    };

    private static string Describe(JsonValueKind kind) => kind switch
    {
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };

    private static (bool IsKnown, bool IsSecret, ImmutableSortedSet<string> Dependencies) Facts<T>(Input<T> input) =>
        (input.IsKnown, input.IsSecret, input.Dependencies);
}
