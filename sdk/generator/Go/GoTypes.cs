using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Go;

/// <summary>
/// Go spellings of a property's type in each place it appears: the plain struct (<c>Cluster</c>), the Args
/// struct (<c>ClusterArgs</c>, inputs), output accessors, and accessors through a pointer output.
/// </summary>
internal sealed record GoType(string Plain, string Args, string Output, string PtrPlain, string PtrOutput, bool TakeAddress)
{
    public static GoType Of(PropertyModel property) => Of(property.Type, property.Required, property.Plain);

    public static GoType Of(TypeRef type, bool required, bool plain)
    {
        switch (type.Kind)
        {
            case TypeKind.Array or TypeKind.Map:
                var item = Primitive(type.Item.Kind);
                var isArray = type.Kind == TypeKind.Array;
                var plainCollection = isArray ? $"[]{item.Go}" : $"map[string]{item.Go}";
                var output = $"pulumi.{item.Pulumi}{(isArray ? "Array" : "Map")}Output";
                var args = plain ? plainCollection : $"pulumi.{item.Pulumi}{(isArray ? "Array" : "Map")}Input";
                return new GoType(plainCollection, args, output, plainCollection, output, TakeAddress: false);
            case TypeKind.Enum or TypeKind.Object:
                var name = type.Ref;
                var argsName = type.Kind == TypeKind.Object ? name + "Args" : name;
                var plainArgs = required ? argsName : "*" + argsName;
                var input = required ? $"{name}Input" : $"{name}PtrInput";
                return new GoType(
                    required ? name : "*" + name,
                    plain ? plainArgs : input,
                    required ? $"{name}Output" : $"{name}PtrOutput",
                    "*" + name,
                    $"{name}PtrOutput",
                    TakeAddress: required);
            default:
                var (go, pulumi) = Primitive(type.Kind);
                return new GoType(
                    required ? go : "*" + go,
                    plain ? (required ? go : "*" + go) : $"pulumi.{pulumi}{(required ? "" : "Ptr")}Input",
                    $"pulumi.{pulumi}{(required ? "" : "Ptr")}Output",
                    "*" + go,
                    $"pulumi.{pulumi}PtrOutput",
                    TakeAddress: required);
        }
    }

    /// <summary>A default as a Go expression of the Args field's type (<c>pulumi.IntPtr(4000)</c>).</summary>
    public static string ArgsDefault(PropertyModel property, DefaultValue value)
    {
        var literal = Text.Literal(value);
        return property.Type.Kind switch
        {
            TypeKind.Enum => $"{property.Type.Ref}({literal})",
            _ => $"pulumi.{Primitive(property.Type.Kind).Pulumi}{(property.Required ? "" : "Ptr")}({literal})",
        };
    }

    /// <summary>A default as a Go expression of the plain value type (<c>4000</c>, <c>SslMode("none")</c>).</summary>
    public static string PlainDefault(PropertyModel property, DefaultValue value) =>
        property.Type.Kind == TypeKind.Enum ? $"{property.Type.Ref}({Text.Literal(value)})" : Text.Literal(value);

    private static (string Go, string Pulumi) Primitive(TypeKind kind) => kind switch
    {
        TypeKind.String => ("string", "String"),
        TypeKind.Integer => ("int", "Int"),
        TypeKind.Number => ("float64", "Float64"),
        TypeKind.Boolean => ("bool", "Bool"),
        _ => throw new NotSupportedException($"Go: arrays and maps of {kind} are not supported by this generator"),
    };
}
