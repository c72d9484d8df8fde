using System.Text;
using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Dotnet;

/// <summary>
/// Writes a <c>ResourceArgs</c> class: an <c>[Input]</c> property per schema property, collections and secrets
/// through a backing field (a secret's setter wraps the value with <c>Output.CreateSecret</c>, so it stays
/// secret even nested in an object), defaults in the constructor, and <c>Empty</c>.
/// </summary>
internal static class DotnetArgsWriter
{
    public static void Write(StringBuilder w, PackageModel package, DotnetTypes types, string className, string description, IReadOnlyList<PropertyModel> properties)
    {
        const string I = "        ";
        w.Line();
        DotnetTypes.Summary(w, description, "    ");
        w.Line($"    public sealed class {className} : global::Pulumi.ResourceArgs");
        w.Line("    {");
        foreach (var p in properties)
        {
            var name = Names.Pascal(p.Name);
            var attribute = $"{I}[Input(\"{p.Name}\"{(p.Required ? ", required: true" : "")})]";
            if (DotnetTypes.IsCollection(p.Type) || p.Secret)
            {
                var backing = types.Backing(p);
                w.Line(attribute);
                w.Line($"{I}private {backing}? _{p.Name};");
                if (p.Description.Length > 0)
                {
                    w.Line();
                    DotnetTypes.Summary(w, p.Description, I);
                }

                w.Line(DotnetTypes.IsCollection(p.Type) ? $"{I}public {backing} {name}" : $"{I}public {backing}? {name}");
                w.Line($"{I}{{");
                w.Line(DotnetTypes.IsCollection(p.Type)
                    ? $"{I}    get => _{p.Name} ?? (_{p.Name} = new {backing}());"
                    : $"{I}    get => _{p.Name};");
                if (p.Secret && !p.Plain)
                {
                    w.Line($"{I}    set");
                    w.Line($"{I}    {{");
                    w.Line(p.Type.Kind switch
                    {
                        TypeKind.Array => $"{I}        var emptySecret = Output.CreateSecret(ImmutableArray.Create<{ItemType(types, p)}>());",
                        TypeKind.Map => $"{I}        var emptySecret = Output.CreateSecret(ImmutableDictionary.Create<string, {ItemType(types, p)}>());",
                        _ => $"{I}        var emptySecret = Output.CreateSecret(0);",
                    });
                    w.Line(DotnetTypes.IsCollection(p.Type)
                        ? $"{I}        _{p.Name} = Output.All(value, emptySecret).Apply(v => v[0]);"
                        : $"{I}        _{p.Name} = Output.Tuple<{backing}?, int>(value, emptySecret).Apply(t => t.Item1);");
                    w.Line($"{I}    }}");
                }
                else
                {
                    w.Line($"{I}    set => _{p.Name} = value;");
                }

                w.Line($"{I}}}");
            }
            else
            {
                var initializer = p.Required && !(p.Plain && DotnetTypes.IsValueType(p.Type)) ? " = null!;" : "";
                DotnetTypes.Summary(w, p.Description, I);
                w.Line(attribute);
                w.Line($"{I}public {types.Input(p)} {name} {{ get; set; }}{initializer}");
            }

            w.Line();
        }

        w.Line($"{I}public {className}()");
        w.Line($"{I}{{");
        foreach (var p in properties.Where(p => p.Default is not null))
        {
            w.Line($"{I}    {Names.Pascal(p.Name)} = {types.Default(package, p, p.Default!)};");
        }

        w.Line($"{I}}}");
        w.Line($"{I}public static new {className} Empty => new {className}();");
        w.Line("    }");
    }

    private static string ItemType(DotnetTypes types, PropertyModel p) =>
        types.Backing(p with { Type = p.Type.Item, Plain = true });
}
