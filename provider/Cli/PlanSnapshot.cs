using System.Collections.Immutable;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace TidbDms.Provider.Cli;

/// <summary>
/// A plan as <c>preview --json</c> prints it, read back: what <c>--diff-against</c> compares. Both
/// sides of a diff are read from this form (the head is rendered and read back), so they compare
/// like with like: secrets as <c>"[secret]"</c> and unknowns as <c>"[unknown]"</c> on both.
/// </summary>
internal sealed record PlanSnapshot(string Project, string Stack, ImmutableArray<PlanResource> Resources, int Errors)
{
    /// <summary>The empty plan: a stack that has nothing yet (every resource of a head is a create).</summary>
    public static PlanSnapshot Empty(string project, string stack) => new(project, stack, [], 0);

    /// <summary>The head of a diff: this run's plan, through the same JSON a base was written in.</summary>
    public static PlanSnapshot From(PreviewResult result)
    {
        using var text = new StringWriter();
        PreviewJsonRenderer.Render(result, text);
        return Parse(text.ToString(), "the preview", out _)!;
    }

    /// <summary>The plan in <paramref name="json"/>, or null with <paramref name="problem"/> saying what is wrong with it.</summary>
    /// <param name="source">The file, as messages name it.</param>
    public static PlanSnapshot? Parse(string json, string source, out string? problem)
    {
        problem = null;
        JsonNode? root;
        try
        {
            root = JsonNode.Parse(json);
        }
        catch (JsonException e)
        {
            problem = $"{source}: not JSON (line {e.LineNumber + 1}): give the output of an earlier 'preview --json'";
            return null;
        }

        if (root is not JsonObject document || document["resources"] is not JsonArray resources
            || document["project"]?.GetValueKind() != JsonValueKind.String || document["stack"]?.GetValueKind() != JsonValueKind.String)
        {
            problem = $"{source}: not the output of 'preview --json' (it has no project, stack and resources)";
            return null;
        }

        var read = ImmutableArray.CreateBuilder<PlanResource>();
        foreach (var (node, index) in resources.Select((n, i) => (n, i)))
        {
            if (node is not JsonObject resource || Text(resource, "urn") is not { } urn || Text(resource, "type") is not { } type || Text(resource, "name") is not { } name)
            {
                problem = $"{source}: resources[{index}] has no urn, type and name: not the output of 'preview --json'";
                return null;
            }

            var options = resource["options"] as JsonObject;
            read.Add(new PlanResource(
                urn,
                type,
                name,
                Text(resource, "parent"),
                resource["custom"]?.GetValueKind() == JsonValueKind.True,
                resource["inputs"] as JsonObject ?? [],
                Strings(resource["dependencies"]),
                (resource["propertyDependencies"] as JsonObject ?? []).ToImmutableSortedDictionary(p => p.Key, p => Strings(p.Value), StringComparer.Ordinal),
                new PlanOptions(
                    Flag(options, "protect"),
                    Flag(options, "retainOnDelete"),
                    Flag(options, "deleteBeforeReplace"),
                    Strings(options?["ignoreChanges"]),
                    Strings(options?["replaceOnChanges"]),
                    options is null ? Text(resource, "provider") : Text(options, "provider"))));
        }

        var errors = document["errors"] is JsonArray list ? list.Count : 0;
        return new PlanSnapshot(Text(document, "project")!, Text(document, "stack")!, read.ToImmutable(), errors);
    }

    private static string? Text(JsonObject node, string name) =>
        node[name] is JsonValue value && value.GetValueKind() == JsonValueKind.String ? value.GetValue<string>() : null;

    private static bool? Flag(JsonObject? node, string name) => node?[name]?.GetValueKind() switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => null,
    };

    private static ImmutableArray<string> Strings(JsonNode? node) =>
        node is JsonArray array
            ? [.. array.OfType<JsonValue>().Where(v => v.GetValueKind() == JsonValueKind.String).Select(v => v.GetValue<string>())]
            : [];
}

/// <summary>One registration of a plan: inputs as the JSON shows them (secrets and unknowns as placeholders).</summary>
internal sealed record PlanResource(
    string Urn,
    string Type,
    string Name,
    string? Parent,
    bool Custom,
    JsonObject Inputs,
    ImmutableArray<string> Dependencies,
    ImmutableSortedDictionary<string, ImmutableArray<string>> PropertyDependencies,
    PlanOptions Options);

/// <summary>The resource options a registration carried (null: not set, the engine's default).</summary>
internal sealed record PlanOptions(
    bool? Protect,
    bool? RetainOnDelete,
    bool? DeleteBeforeReplace,
    ImmutableArray<string> IgnoreChanges,
    ImmutableArray<string> ReplaceOnChanges,
    string? Provider);
