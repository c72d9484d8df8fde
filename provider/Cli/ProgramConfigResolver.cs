using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using TidbDms.Provider.Values;
using YamlDotNet.RepresentationModel;

namespace TidbDms.Provider.Cli;

/// <summary>
/// The config values a preview runs with: a <c>--config key=value</c> flag wins, then the stack's
/// config file (<see cref="StackConfigFile"/>), then the declaration's <c>value</c>, then its
/// <c>default</c>. A secret declared without any of them is
/// unknown, as in a real preview where the engine would not decrypt it; any other config without a
/// value is an error. Values are converted to the declared type (or the type of the default), and
/// secret declarations give secret values.
/// </summary>
internal static class ProgramConfigResolver
{
    /// <param name="overrides">The <c>--config</c> flags as given, <c>key=value</c> each; the last one of a key wins.</param>
    public static ImmutableDictionary<string, PropertyValue> Resolve(
        PulumiProgram program, IEnumerable<string> overrides, ICollection<LocatedDiagnostic> errors) =>
        Resolve(program, overrides, null, errors, new List<LocatedDiagnostic>());

    /// <param name="stack">The stack's config file, if it has one.</param>
    /// <param name="warnings">Where keys nothing reads are reported (<see cref="ConfigKeyHints"/>).</param>
    public static ImmutableDictionary<string, PropertyValue> Resolve(
        PulumiProgram program,
        IEnumerable<string> overrides,
        StackConfigFile? stack,
        ICollection<LocatedDiagnostic> errors,
        ICollection<LocatedDiagnostic> warnings)
    {
        var given = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var flag in overrides)
        {
            var equals = flag.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                // The text may be a secret given without its key: never echo it.
                errors.Add(new LocatedDiagnostic(null, null, null, "--config takes key=value (for example --config tidbHost=gateway01.us-west-2.prod.aws.tidbcloud.com)"));
                continue;
            }

            if (ConfigKey.Normalize(flag[..equals], program.Name, namespaceRequired: false, out var keyProblem) is not { } key)
            {
                errors.Add(new LocatedDiagnostic(null, null, null, $"--config: {keyProblem}"));
                continue;
            }

            given[key] = flag[(equals + 1)..];
        }

        var stored = (stack?.Entries ?? []).GroupBy(e => e.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Last(), StringComparer.Ordinal);

        var values = ImmutableDictionary.CreateBuilder<string, PropertyValue>(StringComparer.Ordinal);
        foreach (var declaration in program.Config)
        {
            var source = declaration.Value ?? declaration.Default;
            var type = declaration.Type ?? (source is null ? null : Infer(source));
            PropertyValue? value;
            if (given.Remove(declaration.Key, out var text))
            {
                stored.Remove(declaration.Key);
                value = Convert(PropertyValue.String(text), type, fromText: true, out var problem);
                if (problem is not null)
                {
                    var shown = declaration.Secret || ShownValue.IsSecretLikeName(declaration.Key) ? "the value" : $"'{text}'";
                    errors.Add(new LocatedDiagnostic(null, null, null, $"--config {declaration.Key}: {shown} {problem} (declared at {program.Location(declaration.Node)})"));
                    continue;
                }
            }
            else if (stored.Remove(declaration.Key, out var entry))
            {
                if (entry.Secure)
                {
                    value = entry.Value;
                }
                else
                {
                    value = Convert(entry.Value, type, fromText: true, out var problem);
                    if (problem is not null)
                    {
                        var shown = declaration.Secret ? "the value" : $"'{Shown(entry.Value)}'";
                        errors.Add(new LocatedDiagnostic(entry.Location, null, null, $"config '{entry.RawKey}': {shown} {problem} (declared at {program.Location(declaration.Node)})"));
                        continue;
                    }

                    if (declaration.Secret)
                    {
                        warnings.Add(new LocatedDiagnostic(entry.Location, null, null,
                            $"config '{entry.RawKey}' is declared secret but stored in plain text: set it with 'pulumi config set --secret {declaration.Key}'"));
                    }
                }
            }
            else if (source is not null)
            {
                value = Convert(YamlValue(source), type, fromText: false, out var problem);
                if (problem is not null)
                {
                    var shown = declaration.Secret || ShownValue.IsSecretLikeName(declaration.Key) ? "the value" : $"'{ShownValue.Of(declaration.Key, YamlValue(source))}'";
                    errors.Add(new LocatedDiagnostic(program.Location(source), null, null, $"config '{declaration.Key}': {shown} {problem}"));
                    continue;
                }
            }
            else if (declaration.Secret)
            {
                value = PropertyValue.Computed;
            }
            else
            {
                errors.Add(new LocatedDiagnostic(
                    program.Location(declaration.Node),
                    null,
                    null,
                    $"config '{declaration.Key}' has no value and no default: give it with --config {declaration.Key}=VALUE, or add a default"));
                continue;
            }

            values[declaration.Key] = value!.WithSecret(declaration.Secret || value!.IsSecret);
        }

        // Keys the program does not declare (aws:region, say) are plain strings, as `pulumi config set` stores them.
        // The stack file's, then the flags' (a flag wins, as `pulumi config set` would overwrite the file).
        foreach (var (key, entry) in stored)
        {
            values[key] = entry.Value;
            if (ConfigKeyHints.Warning(key, $"config '{entry.RawKey}'", program) is { } hint)
            {
                warnings.Add(new LocatedDiagnostic(entry.Location, null, null, hint));
            }
        }

        foreach (var (key, text) in given)
        {
            values[key] = PropertyValue.String(text);
            if (ConfigKeyHints.Warning(key, $"--config '{key}'", program) is { } hint)
            {
                warnings.Add(new LocatedDiagnostic(null, null, null, hint));
            }
        }

        return values.ToImmutable();
    }

    /// <summary>A stack file's plain value as a message quotes it.</summary>
    private static string Shown(PropertyValue value) => value.TryGetString(out var text) ? text : value.ToString();

    /// <summary>A config value node as a value: scalars by their YAML type, no interpolation.</summary>
    private static PropertyValue YamlValue(YamlNode node) => node switch
    {
        YamlScalarNode scalar => YamlScalars.Resolve(scalar, out _) ?? PropertyValue.String(scalar.Value ?? ""),
        YamlSequenceNode sequence => PropertyValue.Array(sequence.Children.Select(YamlValue)),
        YamlMappingNode mapping => PropertyValue.Object(mapping.Children.Select(kv =>
            KeyValuePair.Create(PulumiProgramLoader.Scalar(kv.Key) ?? "", YamlValue(kv.Value)))),
        _ => PropertyValue.Null,
    };

    /// <summary>The type a value without a declared type has: the YAML type of its value or default.</summary>
    private static ConfigType? Infer(YamlNode node) => YamlValue(node) switch
    {
        { Kind: PropertyValueKind.Number } n when n.TryGetNumber(out var d) && double.IsInteger(d) => new ConfigType(ConfigValueKind.Integer),
        { Kind: PropertyValueKind.Number } => new ConfigType(ConfigValueKind.Number),
        { Kind: PropertyValueKind.Bool } => new ConfigType(ConfigValueKind.Boolean),
        { Kind: PropertyValueKind.Array } => new ConfigType(ConfigValueKind.Array),
        _ => null,
    };

    /// <summary>The value as the type wants it; <paramref name="problem"/> says why not (without the value).</summary>
    private static PropertyValue? Convert(PropertyValue value, ConfigType? type, bool fromText, out string? problem)
    {
        problem = null;
        if (type is null)
        {
            return value;
        }

        var text = value.TryGetString(out var s) ? s : null;
        switch (type.Kind)
        {
            case ConfigValueKind.String:
                if (value.Kind is PropertyValueKind.String or PropertyValueKind.Number or PropertyValueKind.Bool)
                {
                    return PropertyValue.String(text ?? value.ToString());
                }

                break;
            case ConfigValueKind.Integer:
                if (value.TryGetNumber(out var number) && double.IsInteger(number))
                {
                    return value;
                }

                if (text is not null && long.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
                {
                    return PropertyValue.Number(integer);
                }

                break;
            case ConfigValueKind.Number:
                if (value.Kind == PropertyValueKind.Number)
                {
                    return value;
                }

                if (text is not null && double.TryParse(text.Trim(), NumberStyles.Float, CultureInfo.InvariantCulture, out var parsed))
                {
                    return PropertyValue.Number(parsed);
                }

                break;
            case ConfigValueKind.Boolean:
                if (value.Kind == PropertyValueKind.Bool)
                {
                    return value;
                }

                if (text is not null && bool.TryParse(text.Trim(), out var flag))
                {
                    return PropertyValue.Bool(flag);
                }

                break;
            case ConfigValueKind.Array:
                var items = value.TryGetArray(out var array) ? array
                    : fromText && text is not null ? ParseJsonArray(text) : null;
                if (items is null)
                {
                    break;
                }

                var converted = new List<PropertyValue>();
                foreach (var item in items)
                {
                    if (Convert(item, type.Items, fromText: false, out _) is not { } c)
                    {
                        problem = $"has an item that is not {Article(type.Items!)}";
                        return null;
                    }

                    converted.Add(c);
                }

                return PropertyValue.Array(converted);
        }

        problem = type.Kind == ConfigValueKind.Array && fromText
            ? "is not a JSON array (an array config is given as JSON, e.g. '[\"a\",\"b\"]')"
            : $"is not {Article(type)}";
        return null;
    }

    private static string Article(ConfigType type) => type.Kind is ConfigValueKind.Integer or ConfigValueKind.Array ? $"an {type}" : $"a {type}";

    private static ImmutableArray<PropertyValue>? ParseJsonArray(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            if (document.RootElement.ValueKind != JsonValueKind.Array)
            {
                return null;
            }

            return [.. document.RootElement.EnumerateArray().Select(FromJson)];
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static PropertyValue FromJson(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.String => PropertyValue.String(element.GetString()!),
        JsonValueKind.Number => PropertyValue.Number(element.GetDouble()),
        JsonValueKind.True => PropertyValue.Bool(true),
        JsonValueKind.False => PropertyValue.Bool(false),
        JsonValueKind.Array => PropertyValue.Array(element.EnumerateArray().Select(FromJson)),
        JsonValueKind.Object => PropertyValue.Object(element.EnumerateObject().Select(p => KeyValuePair.Create(p.Name, FromJson(p.Value)))),
        _ => PropertyValue.Null,
    };
}
