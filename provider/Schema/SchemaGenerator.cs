using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Schema;

/// <summary>
/// Generates the package schema (<c>provider/schema.json</c>) from the contract model: inputs from
/// <see cref="ContractInputs"/>, outputs from <see cref="ContractOutputs"/>, enums from
/// <see cref="ContractEnums"/>, defaults from the input specs. The text is deterministic (fixed key
/// order, two-space indent, "\n" line ends, trailing newline) so a golden test can pin it.
/// </summary>
/// <remarks>
/// The schema never <c>$ref</c>s another package: binding such a schema needs that package's schema at
/// the exact version, which means starting its plugin (offline, it must be installed). Children's
/// IDs and ARNs are therefore plain strings.
/// </remarks>
internal static class SchemaGenerator
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        IndentSize = 2,
        NewLine = "\n",

        // The file is read by people and codegen, never embedded in HTML: keep `<prefix>`, quotes and "…" readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    private const string ComponentDescription =
        "Builds on AWS what AWS DMS needs to reach a TiDB Cloud cluster as a source or target endpoint: a VPC with subnets in at least two availability zones, "
        + "a DMS security group, a replication subnet group, a replication instance or DMS Serverless replication, a DMS certificate when the SSL mode verifies "
        + "the server, the TiDB DMS endpoint (engine `mysql`) and, with `task`, the replication task.\n\n"
        + "Per connectivity (any tier unless noted):\n"
        + "- `PublicEndpoint` with `publicAccess: NatGateway` (default): private subnets for DMS, public subnets with an internet gateway and NAT gateways; "
        + "the instance is not publicly accessible.\n"
        + "- `PublicEndpoint` with `publicAccess: PublicSubnet`: public subnets for DMS and a publicly accessible instance.\n"
        + "- `PrivateEndpoint` (AWS PrivateLink): private subnets and an interface VPC endpoint, with private DNS, to the cluster's endpoint service.\n"
        + "- `VpcPeering` (Dedicated only): private subnets, the accepted peering connection TiDB Cloud requested, and routes to the TiDB project CIDR.\n\n"
        + "Over `PublicEndpoint`, every tier: `ipAccessListCidrs` lists the addresses the cluster must admit (a Dedicated cluster's IP access list, "
        + "a Starter or Essential cluster's firewall rules).";

    /// <summary>The @pulumi/pulumi range the Node SDK asks for: the release the generated code's features need, up to 4.</summary>
    private const string NodePulumiRange = "^3.165.0";

    public static string Generate()
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            WritePackage(writer);
        }

        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>The description a property carries: the spec's, then its default in words.</summary>
    public static string DescribeInput(InputSpec spec)
    {
        if (spec.DefaultText is null)
        {
            return spec.Description;
        }

        // A constant default reads as code; prose defaults ("DMS's default") and ones that already
        // quote their values stay as written.
        var text = spec.DefaultValue is not null && !spec.DefaultText.Contains('`', StringComparison.Ordinal)
            ? $"`{spec.DefaultText}`"
            : spec.DefaultText;
        return $"{spec.Description} Default: {text}{(text.EndsWith('.') ? "" : ".")}";
    }

    private static void WritePackage(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        writer.WriteString("name", PackageMetadata.Name);
        writer.WriteString("displayName", PackageMetadata.DisplayName);
        writer.WriteString("version", PackageMetadata.Version);
        writer.WriteString("description", PackageMetadata.Description);
        writer.WriteStartArray("keywords");
        foreach (var keyword in PackageMetadata.Keywords)
        {
            writer.WriteStringValue(keyword);
        }

        writer.WriteEndArray();
        writer.WriteString("homepage", PackageMetadata.Homepage);
        writer.WriteString("repository", PackageMetadata.Repository);
        writer.WriteString("license", PackageMetadata.License);
        writer.WriteString("publisher", PackageMetadata.Publisher);
        writer.WriteString("pluginDownloadURL", PackageMetadata.PluginDownloadUrl);

        writer.WriteStartObject("resources");
        WriteComponent(writer);
        writer.WriteEndObject();

        writer.WriteStartObject("types");
        WriteTypes(writer);
        writer.WriteEndObject();

        WriteLanguage(writer);
        writer.WriteEndObject();
    }

    private static void WriteComponent(Utf8JsonWriter writer)
    {
        writer.WriteStartObject(Tokens.TidbDmsMigration);
        writer.WriteBoolean("isComponent", true);
        writer.WriteString("description", ComponentDescription);

        writer.WriteStartObject("inputProperties");
        foreach (var input in ContractInputs.ChildrenOf(null))
        {
            WriteInputProperty(writer, input);
        }

        writer.WriteEndObject();
        WriteRequired(writer, "requiredInputs", ContractInputs.ChildrenOf(null));

        // No "required": every output is absent when it does not apply to the chosen topology.
        writer.WriteStartObject("properties");
        foreach (var output in ContractOutputs.All)
        {
            writer.WriteStartObject(output.Name);
            if (output.IsList)
            {
                WriteStringArrayType(writer, plain: false);
            }
            else
            {
                writer.WriteString("type", "string");
            }

            writer.WriteString("description", output.Description);
            if (output.Secret)
            {
                writer.WriteBoolean("secret", true);
            }

            writer.WriteEndObject();
        }

        writer.WriteEndObject();
        writer.WriteEndObject();
    }

    private static void WriteTypes(Utf8JsonWriter writer)
    {
        var objects = ContractInputs.All
            .Where(s => s.Type == InputType.Object)
            .Select(s => (Token: Tokens.Type(ObjectName(s)), Write: (Action<Utf8JsonWriter>)(w => WriteObjectType(w, s))));
        var enums = SchemaEnum.All.Values
            .Select(e => (Token: Tokens.Type(e.Name), Write: (Action<Utf8JsonWriter>)(w => WriteEnumType(w, e))));

        foreach (var (token, write) in objects.Concat(enums).OrderBy(t => t.Token, StringComparer.Ordinal))
        {
            writer.WriteStartObject(token);
            write(writer);
            writer.WriteEndObject();
        }
    }

    private static void WriteObjectType(Utf8JsonWriter writer, InputSpec objectSpec)
    {
        writer.WriteString("type", "object");
        writer.WriteString("description", objectSpec.Description);
        writer.WriteStartObject("properties");
        foreach (var child in ContractInputs.ChildrenOf(objectSpec.Path))
        {
            WriteInputProperty(writer, child);
        }

        writer.WriteEndObject();
        WriteRequired(writer, "required", ContractInputs.ChildrenOf(objectSpec.Path));
    }

    private static void WriteEnumType(Utf8JsonWriter writer, SchemaEnum schemaEnum)
    {
        writer.WriteString("type", "string");
        writer.WriteString("description", schemaEnum.Description);
        writer.WriteStartArray("enum");
        foreach (var value in schemaEnum.Values)
        {
            writer.WriteStartObject();
            writer.WriteString("name", value.Name);
            writer.WriteString("value", value.Value);
            writer.WriteString("description", value.Description);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
    }

    private static void WriteInputProperty(Utf8JsonWriter writer, InputSpec spec)
    {
        writer.WriteStartObject(spec.Name);
        switch (spec.Type)
        {
            case InputType.String:
                writer.WriteString("type", "string");
                break;
            case InputType.Integer:
                writer.WriteString("type", "integer");
                break;
            case InputType.Boolean:
                writer.WriteString("type", "boolean");
                break;
            case InputType.Enum:
                writer.WriteString("$ref", $"#/types/{Tokens.Type(EnumOf(spec).Name)}");
                break;
            case InputType.Object:
                writer.WriteString("$ref", $"#/types/{Tokens.Type(ObjectName(spec))}");
                break;
            case InputType.StringList:
                WriteStringArrayType(writer, spec.Plain);
                break;
            case InputType.StringMap:
                writer.WriteString("type", "object");
                writer.WriteStartObject("additionalProperties");
                writer.WriteString("type", "string");
                writer.WriteEndObject();
                break;
            default:
                throw new InvalidOperationException($"{spec.Path}: no schema type for {spec.Type}");
        }

        if (spec.Plain)
        {
            writer.WriteBoolean("plain", true);
        }

        if (spec.Secret)
        {
            writer.WriteBoolean("secret", true);
        }

        if (spec.DefaultValue is not null)
        {
            WriteDefault(writer, spec);
        }

        writer.WriteString("description", DescribeInput(spec));
        writer.WriteEndObject();
    }

    /// <summary>A list of strings; a plain list has plain items too, so SDKs take a plain list, not a list of outputs.</summary>
    private static void WriteStringArrayType(Utf8JsonWriter writer, bool plain)
    {
        writer.WriteString("type", "array");
        writer.WriteStartObject("items");
        writer.WriteString("type", "string");
        if (plain)
        {
            writer.WriteBoolean("plain", true);
        }

        writer.WriteEndObject();
    }

    private static void WriteDefault(Utf8JsonWriter writer, InputSpec spec)
    {
        switch (spec.Type, spec.DefaultValue)
        {
            case (InputType.Integer, int value):
                writer.WriteNumber("default", value);
                break;
            case (InputType.Boolean, bool value):
                writer.WriteBoolean("default", value);
                break;
            case (InputType.String, string value):
                writer.WriteString("default", value);
                break;
            case (InputType.Enum, string value) when EnumOf(spec).Values.Any(v => v.Value == value):
                writer.WriteString("default", value);
                break;
            default:
                throw new InvalidOperationException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"{spec.Path}: default {spec.DefaultValue} ({spec.DefaultValue?.GetType().Name}) does not fit a {spec.Type} input"));
        }
    }

    private static void WriteRequired(Utf8JsonWriter writer, string key, IEnumerable<InputSpec> properties)
    {
        var required = properties.Where(p => p.Required).Select(p => p.Name).ToList();
        if (required.Count == 0)
        {
            return;
        }

        writer.WriteStartArray(key);
        foreach (var name in required)
        {
            writer.WriteStringValue(name);
        }

        writer.WriteEndArray();
    }

    private static void WriteLanguage(Utf8JsonWriter writer)
    {
        writer.WriteStartObject("language");

        // The generator appends the package's namespace part to rootNamespace; without the override
        // "tidb-dms" would become a second "TidbDms" (TidbDms.TidbDms). Pulumi.* NuGet ids are reserved.
        writer.WriteStartObject("csharp");
        writer.WriteString("rootNamespace", "TidbDms");
        writer.WriteStartObject("namespaces");
        writer.WriteString(PackageMetadata.Name, "Sdk");
        writer.WriteEndObject();
        writer.WriteStartObject("packageReferences");
        writer.WriteString("Pulumi", "3.*");
        writer.WriteEndObject();
        writer.WriteBoolean("respectSchemaVersion", true);
        writer.WriteEndObject();

        writer.WriteStartObject("go");
        writer.WriteString("importBasePath", "github.com/tidb-dms/tidb-dms/sdk/go/tidbdms");
        writer.WriteBoolean("respectSchemaVersion", true);
        writer.WriteEndObject();

        writer.WriteStartObject("nodejs");
        writer.WriteString("packageName", "@tidb-dms/tidb-dms");
        writer.WriteStartObject("dependencies");
        writer.WriteString("@pulumi/pulumi", NodePulumiRange);
        writer.WriteEndObject();
        writer.WriteBoolean("respectSchemaVersion", true);
        writer.WriteEndObject();

        // The generated Python code uses @pulumi.type_token, which the Python SDK has since 3.165.0.
        writer.WriteStartObject("python");
        writer.WriteString("packageName", "pulumi_tidb_dms");
        writer.WriteStartObject("requires");
        writer.WriteString("pulumi", ">=3.165.0,<4.0.0");
        writer.WriteEndObject();
        writer.WriteBoolean("respectSchemaVersion", true);
        writer.WriteEndObject();

        writer.WriteEndObject();
    }

    private static SchemaEnum EnumOf(InputSpec spec) =>
        spec.EnumName is not null && SchemaEnum.All.TryGetValue(spec.EnumName, out var schemaEnum)
            ? schemaEnum
            : throw new InvalidOperationException($"{spec.Path}: enum '{spec.EnumName}' is not a contract enum");

    private static string ObjectName(InputSpec spec) =>
        spec.ObjectName ?? throw new InvalidOperationException($"{spec.Path}: an object input needs an ObjectName");
}
