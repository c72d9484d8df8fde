using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Nodejs;

/// <summary>TypeScript spellings of schema types, as the Node generator writes them.</summary>
internal static class NodeTypes
{
    /// <summary>
    /// The type of an input property: bare when the property is plain, else <c>pulumi.Input&lt;T&gt;</c> with the
    /// items of arrays and maps wrapped too unless they are plain.
    /// </summary>
    public static string Input(PropertyModel property) =>
        property.Plain ? Element(property.Type, wrap: false) : $"pulumi.Input<{Element(property.Type, wrap: true)}>";

    /// <summary>The type of a resource output: <c>pulumi.Output&lt;T | undefined&gt;</c> unless required.</summary>
    public static string Output(PropertyModel property) =>
        $"pulumi.Output<{OutputElement(property.Type)}{(property.Required ? "" : " | undefined")}>";

    private static string Element(TypeRef type, bool wrap) => type.Kind switch
    {
        TypeKind.Array => $"{Item(type.Item, wrap)}[]",
        TypeKind.Map => $"{{[key: string]: {Item(type.Item, wrap)}}}",
        _ => Scalar(type, inputShape: true),
    };

    private static string Item(TypeRef item, bool wrap) =>
        wrap && !item.Plain ? $"pulumi.Input<{Element(item, wrap)}>" : Element(item, wrap);

    private static string OutputElement(TypeRef type) => type.Kind switch
    {
        TypeKind.Array => $"{OutputElement(type.Item)}[]",
        TypeKind.Map => $"{{[key: string]: {OutputElement(type.Item)}}}",
        _ => Scalar(type, inputShape: false),
    };

    private static string Scalar(TypeRef type, bool inputShape) => type.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Integer or TypeKind.Number => "number",
        TypeKind.Boolean => "boolean",
        TypeKind.Enum => $"enums.{type.Ref}",
        TypeKind.Object => inputShape ? $"inputs.{type.Ref}Args" : $"outputs.{type.Ref}",
        _ => throw new InvalidOperationException($"{type.Kind} is not a scalar"),
    };

    /// <summary>The name of the function that applies an input type's defaults: <c>clusterArgsProvideDefaults</c>.</summary>
    public static string ProvideDefaults(string typeName) => $"{Names.Camel(typeName)}ArgsProvideDefaults";

    /// <summary>
    /// The expression that passes <paramref name="access"/> (e.g. <c>args?.cluster</c>) on with the SDK's
    /// defaults applied: a scalar default with <c>??</c>, an object type with defaults through its
    /// ProvideDefaults function (inside an output unless the property is plain), else the value as is.
    /// </summary>
    public static string WithDefaults(PackageModel package, PropertyModel property, string holder, string access, string inputsPrefix)
    {
        if (property.Default is { } dflt)
        {
            return $"({access}) ?? {Text.Literal(dflt)}";
        }

        if (property.Type.Kind != TypeKind.Object || !NodeTypesWriter.NeedsDefaults(package, package.ObjectType(property.Type.Ref)))
        {
            return access;
        }

        var provide = $"{inputsPrefix}{ProvideDefaults(property.Type.Ref)}";
        var value = $"{holder}.{property.Name}";
        if (property.Plain)
        {
            return $"({access} ? {provide}({value}) : undefined)";
        }

        if (!property.Required)
        {
            return $"({access} ? pulumi.output({value}).apply({provide}) : undefined)";
        }

        // A required value is there unless the whole args object is missing (a resource read by URN).
        return holder == "args"
            ? $"(args ? pulumi.output({value}).apply({provide}) : undefined)"
            : $"pulumi.output({value}).apply({provide})";
    }
}
