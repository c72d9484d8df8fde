using System.Collections.Immutable;
using TidbDms.Provider.Values;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace TidbDms.Provider.Cli;

/// <summary>
/// A stack's settings file, <c>Pulumi.&lt;stack&gt;.yaml</c> beside <c>Pulumi.yaml</c>, as Pulumi
/// keeps it: <c>config:</c> with <c>namespace:name</c> keys, values as text (or structured
/// objects and lists), and <c>secure:</c> values, ciphertext that only the stack's secrets
/// provider can decrypt. The preview never decrypts them: a secure value is a secret whose value
/// is unknown, as the password is in a preview without it, and its ciphertext is never shown.
/// No file is no stack config, as for a stack that was never configured.
/// </summary>
/// <param name="DisplayPath">The file as messages name it.</param>
internal sealed record StackConfigFile(string DisplayPath, ImmutableArray<StackConfigEntry> Entries)
{
    /// <summary>The other keys Pulumi writes into a stack file; none changes what a preview shows.</summary>
    private static readonly HashSet<string> KnownTopLevelKeys = new(StringComparer.Ordinal)
    {
        "config", "secretsprovider", "encryptedkey", "encryptionsalt", "environment",
    };

    /// <summary>
    /// The stack's file in <paramref name="programDirectory"/>, or null when there is none or it
    /// cannot be read (then with an error at its line).
    /// </summary>
    /// <param name="displayDirectory">The same directory as messages show it ("" for the current one).</param>
    /// <param name="stack">The stack's name (already checked: <see cref="StackName"/>).</param>
    public static StackConfigFile? Read(
        string programDirectory,
        string displayDirectory,
        string stack,
        string project,
        ICollection<LocatedDiagnostic> errors,
        ICollection<LocatedDiagnostic> warnings)
    {
        var fileName = StackName.ConfigFileNameOf(stack);
        var path = Path.Combine(programDirectory, fileName);
        if (!File.Exists(path))
        {
            return null;
        }

        var display = displayDirectory.Length == 0 ? fileName : Path.Combine(displayDirectory, fileName);
        using var reader = new StreamReader(path);
        return Parse(reader, display, project, errors, warnings);
    }

    public static StackConfigFile? Parse(
        TextReader text, string displayPath, string project, ICollection<LocatedDiagnostic> errors, ICollection<LocatedDiagnostic> warnings)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(text);
        }
        catch (YamlException e)
        {
            // YamlDotNet's message can quote the text around the error, which may be ciphertext: give the place only.
            errors.Add(new LocatedDiagnostic($"{displayPath}:{e.Start.Line}", null, null, "the stack's config file is not valid YAML here"));
            return null;
        }

        if (stream.Documents.Count == 0 || stream.Documents[0].RootNode is YamlScalarNode { Value: "" or "~" or "null" })
        {
            return new StackConfigFile(displayPath, []);
        }

        string At(YamlNode node) => $"{displayPath}:{node.Start.Line}";
        if (stream.Documents[0].RootNode is not YamlMappingNode root)
        {
            errors.Add(new LocatedDiagnostic(At(stream.Documents[0].RootNode), null, null, "a stack's config file is a YAML mapping (config:, secretsprovider:, encryptionsalt: …)"));
            return null;
        }

        var entries = ImmutableArray.CreateBuilder<StackConfigEntry>();
        foreach (var (keyNode, value) in root.Children)
        {
            var key = PulumiProgramLoader.Scalar(keyNode) ?? "";
            if (!KnownTopLevelKeys.Contains(key))
            {
                errors.Add(new LocatedDiagnostic(At(keyNode), null, null,
                    $"unknown key '{key}' in the stack's config file (it holds config, secretsprovider, encryptedkey, encryptionsalt and environment)"));
                continue;
            }

            if (key == "environment" && value is not YamlScalarNode { Value: "" or "~" or "null" })
            {
                warnings.Add(new LocatedDiagnostic(At(keyNode), null, null,
                    "the stack imports Pulumi ESC environments, which the offline preview cannot open: config they would set is not set here (give it with --config)"));
            }

            if (key != "config" || value is YamlScalarNode { Value: "" or "~" or "null" })
            {
                continue;
            }

            if (value is not YamlMappingNode config)
            {
                errors.Add(new LocatedDiagnostic(At(value), null, null, "'config' in the stack's config file must be a mapping of namespace:name keys"));
                continue;
            }

            foreach (var (entryKey, entryValue) in config.Children)
            {
                var raw = PulumiProgramLoader.Scalar(entryKey) ?? "";
                if (ConfigKey.Normalize(raw, project, namespaceRequired: true, out var problem) is not { } normalized)
                {
                    errors.Add(new LocatedDiagnostic(At(entryKey), null, null, problem!));
                    continue;
                }

                entries.Add(new StackConfigEntry(normalized, raw, Value(entryValue), IsSecure(entryValue), At(entryKey)));
            }
        }

        return new StackConfigFile(displayPath, entries.ToImmutable());
    }

    /// <summary><c>{secure: …}</c>: a value only the stack's secrets provider can read.</summary>
    private static bool IsSecure(YamlNode node) =>
        node is YamlMappingNode { Children.Count: 1 } map && map.Children.ContainsKey(new YamlScalarNode("secure"));

    /// <summary>
    /// A value as Pulumi holds it: a scalar as its text (typed when a declaration says so), a
    /// secure value as a secret unknown, a structured value as an object or list of those.
    /// </summary>
    private static PropertyValue Value(YamlNode node) => node switch
    {
        _ when IsSecure(node) => PropertyValue.Computed.WithSecret(),
        YamlScalarNode scalar => PropertyValue.String(scalar.Value ?? ""),
        YamlSequenceNode sequence => PropertyValue.Array(sequence.Children.Select(Value)),
        YamlMappingNode mapping => PropertyValue.Object(mapping.Children.Select(kv => KeyValuePair.Create(PulumiProgramLoader.Scalar(kv.Key) ?? "", Value(kv.Value)))),
        _ => PropertyValue.Null,
    };
}

/// <summary>
/// One <c>config:</c> entry of a stack's file: <see cref="Key"/> as the resolver keeps keys (the
/// project's without their namespace), <see cref="RawKey"/> as written, <see cref="Secure"/> for a
/// <c>secure:</c> value (then <see cref="Value"/> is a secret unknown), <see cref="Location"/> its <c>file:line</c>.
/// </summary>
internal sealed record StackConfigEntry(string Key, string RawKey, PropertyValue Value, bool Secure, string Location);
