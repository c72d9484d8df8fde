using System.Globalization;
using System.Text.Json;

namespace TidbDms.Provider.Component;

/// <summary>task.* and tags rules: what the task migrates, and the tags AWS accepts.</summary>
internal sealed partial class InputValidator
{
    private void ServerlessNeedsTask()
    {
        if (Usable("replication.mode") && _args.Replication.Mode == ReplicationMode.Serverless && _args.Task is null)
        {
            Error(
                "task",
                "is required with replication.mode 'Serverless': a Serverless replication is defined with both endpoints",
                "Add task with otherEndpointArn and schemas (or tableMappings), or set replication.mode to 'Instance'");
        }
    }

    private void OtherEndpointArnIsWellFormed()
    {
        if (_args.Task is { } task && task.OtherEndpointArn.Is(a => !DmsEndpointArn().IsMatch(a)))
        {
            Error(
                "task.otherEndpointArn",
                "must be a DMS endpoint ARN: 'arn:<partition>:dms:<region>:<account>:endpoint:<id>'",
                "Copy the ARN of the other DMS endpoint from the AWS DMS console, or pass the arn output of the aws:dms/endpoint:Endpoint resource");
        }
    }

    private void SourceIsFullLoadOnly()
    {
        if (Usable("endpointType") && _args.EndpointType == EndpointType.Source
            && _args.Task is { } task && task.MigrationType.Is(t => t != MigrationType.FullLoad))
        {
            var fullLoad = ContractEnums.MigrationType.ToWire(MigrationType.FullLoad);
            Error(
                "task.migrationType",
                $"must be '{fullLoad}' with endpointType 'source': TiDB has no MySQL binlog for DMS to read changes from",
                $"Set task.migrationType to '{fullLoad}', or remove it");
        }
    }

    /// <summary>Both given but one unknown is let through: an unknown output may still turn out to be null.</summary>
    private void TaskSelectsTables()
    {
        if (_args.Task is not { } task)
        {
            return;
        }

        if (task.Schemas is null && task.TableMappings is null)
        {
            Error(
                "task",
                "needs task.schemas or task.tableMappings to select what to migrate",
                "Add task.schemas with the schemas to migrate, or task.tableMappings with DMS table-mapping JSON");
        }
        else if (task.Schemas is { IsKnown: true } && task.TableMappings is { IsKnown: true })
        {
            Error(
                "task.tableMappings",
                "cannot be combined with task.schemas",
                "Keep either task.schemas or task.tableMappings");
        }
    }

    private void SchemasAreMigratable()
    {
        const string Path = "task.schemas";
        if (_args.Task?.Schemas is not { IsKnown: true } schemas)
        {
            return;
        }

        if (schemas.Value.IsEmpty)
        {
            Error(Path, "must name at least one schema", "List the schemas to migrate, or remove task.schemas and give task.tableMappings");
            return;
        }

        var defaults = string.Join(", ", Limits.TidbDefaultDatabases);
        var firstIndex = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < schemas.Value.Length; i++)
        {
            var schema = schemas.Value[i];
            var path = InputPath.Element(Path, i);
            var shown = schemas.IsSecret ? "[secret]" : schema;
            if (string.IsNullOrWhiteSpace(schema))
            {
                Error(path, shown, "must not be empty", "Write the schema's name, or remove it");
            }
            else if (schema.AsSpan().ContainsAny(WildcardCharacters))
            {
                Error(
                    path,
                    shown,
                    $"contains a wildcard, which would also select TiDB's default databases ({defaults})",
                    "List each schema by name, or give task.tableMappings with explicit rules instead of task.schemas");
            }
            else if (Limits.TidbDefaultDatabases.Contains(schema, StringComparer.OrdinalIgnoreCase))
            {
                Error(
                    path,
                    shown,
                    $"is one of TiDB's default databases ({defaults}), which are never migrated",
                    $"Remove it from {Path}");
            }
            else if (!firstIndex.TryAdd(schema, i))
            {
                Error(path, shown, $"names the same schema as {InputPath.Element(Path, firstIndex[schema])}", "Remove the duplicate");
            }
        }
    }

    private void TableMappingsHaveRules()
    {
        if (_args.Task?.TableMappings is not { IsKnown: true } mappings)
        {
            return;
        }

        const string Fix = "Give DMS table-mapping JSON such as {\"rules\": [{\"rule-type\": \"selection\", …}]}, or use task.schemas";
        try
        {
            using var document = JsonDocument.Parse(mappings.Value!);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("rules", out var rules)
                || rules.ValueKind != JsonValueKind.Array
                || rules.GetArrayLength() == 0)
            {
                Error("task.tableMappings", "must be a JSON object with a non-empty \"rules\" array", Fix);
            }
        }
        catch (JsonException e)
        {
            // Only the position: the parser's message may quote the text, which may be secret.
            Error(
                "task.tableMappings",
                string.Create(CultureInfo.InvariantCulture, $"is not valid JSON (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1})"),
                Fix);
        }
    }

    private void TagsAreAccepted()
    {
        if (_args.Tags is not { IsKnown: true } tags)
        {
            return;
        }

        foreach (var (key, value) in tags.Value!)
        {
            var path = InputPath.Key("tags", key);
            var shown = tags.IsSecret ? "[secret]" : value;
            if (string.IsNullOrWhiteSpace(key))
            {
                Error(path, shown, "has an empty key", "Give the tag a name, or remove it");
            }
            else if (key.StartsWith(Limits.ReservedTagPrefix, StringComparison.OrdinalIgnoreCase))
            {
                Error(
                    path,
                    shown,
                    $"has a key starting with '{Limits.ReservedTagPrefix}', which AWS reserves",
                    $"Rename the tag without the '{Limits.ReservedTagPrefix}' prefix");
            }
        }

        if (tags.Value!.Count > Limits.MaxUserTags)
        {
            Error(
                "tags",
                null,
                $"has {tags.Value.Count} tags, but at most {Limits.MaxUserTags} are allowed: AWS allows {Limits.MaxAwsTags} per resource and the component adds a Name tag",
                tags.Value.Count - Limits.MaxUserTags == 1 ? "Remove at least 1 tag" : $"Remove at least {tags.Value.Count - Limits.MaxUserTags} tags");
        }
    }
}
