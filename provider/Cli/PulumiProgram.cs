using System.Collections.Immutable;
using YamlDotNet.RepresentationModel;

namespace TidbDms.Provider.Cli;

/// <summary>
/// A Pulumi YAML program as the preview reads it: the project name, the config declarations, the
/// declared variables, the resources and the outputs, each with the YAML nodes they came from so
/// every message can point at a line.
/// </summary>
/// <param name="DisplayPath">The file as messages name it (as the user gave it, or relative to the current directory).</param>
internal sealed record PulumiProgram(
    string DisplayPath,
    string Name,
    ImmutableArray<ConfigDeclaration> Config,
    ImmutableDictionary<string, YamlNode> Variables,
    ImmutableArray<ProgramResource> Resources,
    ImmutableArray<ProgramOutput> Outputs)
{
    /// <summary>The language the program is written in, and its options.</summary>
    public ProgramRuntime Runtime { get; init; } = ProgramRuntime.Yaml;

    /// <summary>A <c>nodejs</c> program's <c>main</c>: its folder or entry file, relative to <c>Pulumi.yaml</c>; null for the folder of <c>Pulumi.yaml</c>.</summary>
    public string? Main { get; init; }

    /// <summary>The node <see cref="Main"/> was read from, for messages about it.</summary>
    public YamlNode? MainNode { get; init; }

    /// <summary><c>file:line</c> of a node.</summary>
    public string Location(YamlNode node) => $"{DisplayPath}:{node.Start.Line}";
}

/// <summary>
/// One entry of <c>resources:</c>: <see cref="Node"/> is its name's node, <see cref="Body"/> the
/// mapping under it. <see cref="Properties"/> and <see cref="Options"/> are null when absent.
/// </summary>
internal sealed record ProgramResource(
    string Name,
    string Type,
    YamlNode Node,
    YamlMappingNode Body,
    YamlMappingNode? Properties,
    YamlMappingNode? Options)
{
    /// <summary>
    /// Whether this is the component: its token or the short <c>pkg:Type</c> form, matched without
    /// regard to case as pulumi-yaml matches tokens.
    /// </summary>
    public bool IsTidbDmsMigration =>
        string.Equals(Type, Component.Tokens.TidbDmsMigration, StringComparison.OrdinalIgnoreCase)
        || string.Equals(Type, Component.Tokens.TidbDmsMigrationShort, StringComparison.OrdinalIgnoreCase);
}

/// <summary>One entry of <c>outputs:</c>.</summary>
internal sealed record ProgramOutput(string Name, YamlNode Node, YamlNode Value);

/// <summary>
/// One entry of <c>config:</c>, in any of Pulumi's forms: <c>key: value</c>, <c>key: { value: v }</c>,
/// or the declaration <c>key: { type, default, secret }</c>. <see cref="Type"/> is null when the
/// program does not give one (the type is then the default's).
/// </summary>
internal sealed record ConfigDeclaration(
    string Key,
    YamlNode Node,
    ConfigType? Type,
    YamlNode? Default,
    YamlNode? Value,
    bool Secret);
