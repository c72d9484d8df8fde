using System.Text;
using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Dotnet;

/// <summary>C# spellings of schema types and doc comments, as the .NET generator writes them.</summary>
internal sealed class DotnetTypes(string ns)
{
    /// <summary>The SDK's namespace (and assembly name): <c>&lt;rootNamespace&gt;.&lt;namespace of the package&gt;</c>.</summary>
    public string Namespace { get; } = ns;

    /// <summary>The type of an Args property (<c>Input&lt;T&gt;?</c>, <c>InputList&lt;T&gt;</c>, or bare when plain).</summary>
    public string Input(PropertyModel p)
    {
        var type = p.Plain ? Element(p.Type, requireInitializers: false) : Wrapped(p.Type);
        return p.Required || IsCollection(p.Type) && !p.Plain ? type : type + "?";
    }

    /// <summary>The backing field's type of a collection or secret property (without the nullable mark).</summary>
    public string Backing(PropertyModel p) =>
        p.Plain ? Element(p.Type, requireInitializers: true) : Wrapped(p.Type);

    /// <summary>The type inside a resource's <c>Output&lt;T&gt;</c>.</summary>
    public string Output(PropertyModel p)
    {
        var type = Element(p.Type, requireInitializers: false, output: true);
        return p.Required || IsCollection(p.Type) ? type : type + "?";
    }

    public static bool IsCollection(TypeRef t) => t.Kind is TypeKind.Array or TypeKind.Map;

    public static bool IsValueType(TypeRef t) => t.Kind is TypeKind.Boolean or TypeKind.Integer or TypeKind.Number or TypeKind.Enum;

    private string Wrapped(TypeRef t) => t.Kind switch
    {
        TypeKind.Array => $"InputList<{Element(t.Item, false)}>",
        TypeKind.Map => $"InputMap<{Element(t.Item, false)}>",
        _ => $"Input<{Element(t, false)}>",
    };

    private string Element(TypeRef t, bool requireInitializers, bool output = false) => t.Kind switch
    {
        TypeKind.String => "string",
        TypeKind.Integer => "int",
        TypeKind.Number => "double",
        TypeKind.Boolean => "bool",
        TypeKind.Enum => $"{Namespace}.{t.Ref}",
        TypeKind.Object => output ? $"Outputs.{t.Ref}" : $"Inputs.{t.Ref}Args",
        TypeKind.Array => $"{(requireInitializers ? "List" : "ImmutableArray")}<{Element(t.Item, false, output)}>",
        TypeKind.Map => $"{(requireInitializers ? "Dictionary" : "ImmutableDictionary")}<string, {Element(t.Item, false, output)}>",
        _ => throw new InvalidOperationException($"no C# type for {t.Kind}"),
    };

    /// <summary>A default as C#: an enum member by its safe name, else the literal.</summary>
    public string Default(PackageModel package, PropertyModel p, DefaultValue value) =>
        p.Type.Kind == TypeKind.Enum
            ? $"{Namespace}.{p.Type.Ref}.{Names.Pascal(package.Enum(p.Type.Ref).ByValue(value.AsString!).Name)}"
            : Text.Literal(value);

    /// <summary>A <c>/// &lt;summary&gt;</c> block with XML special characters escaped; nothing when empty.</summary>
    public static void Summary(StringBuilder w, string description, string indent)
    {
        var lines = Text.Lines(description);
        if (lines.Count == 0)
        {
            return;
        }

        w.Line($"{indent}/// <summary>");
        foreach (var line in lines)
        {
            var escaped = line.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
            w.Line($"{indent}/// {escaped}".TrimEnd());
        }

        w.Line($"{indent}/// </summary>");
    }

    public static StringBuilder Header(params string[] usings)
    {
        var w = new StringBuilder().Line($"// {Text.GeneratedWarning}").Line($"// {Text.DoNotEdit}").Line();
        foreach (var u in usings)
        {
            w.Line($"using {u};");
        }

        return w.Line();
    }

    /// <summary>
    /// The usings of a resource or input-type file. Outside the <c>Pulumi</c> root namespace the files name
    /// <c>Input&lt;T&gt;</c>, <c>Output&lt;T&gt;</c> and the resource options unqualified, so they also need
    /// <c>using Pulumi;</c>, as gen-sdk adds it (pulumi-dotnet's <c>pulumiImports</c>); inside it, the
    /// enclosing namespace already brings those names into scope.
    /// </summary>
    public string[] StandardUsings => IsUnderPulumi(Namespace) ? CommonUsings : [.. CommonUsings, "Pulumi"];

    private static readonly string[] CommonUsings =
        ["System", "System.Collections.Generic", "System.Collections.Immutable", "System.Threading.Tasks", "Pulumi.Serialization"];

    private static bool IsUnderPulumi(string ns) => ns.Split('.')[0] == "Pulumi";
}
