using System.Text;
using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Nodejs;

/// <summary>Writes <c>types/</c>: the input interfaces (with their defaults functions), outputs and enums.</summary>
internal static class NodeTypesWriter
{
    public static string Index()
    {
        var w = Header();
        w.Line("// Export sub-modules:");
        w.Line("import * as enums from \"./enums\";");
        w.Line("import * as input from \"./input\";");
        w.Line("import * as output from \"./output\";").Line();
        w.Line("export {");
        w.Line("    enums,");
        w.Line("    input,");
        w.Line("    output,");
        w.Line("};");
        return w.ToString();
    }

    public static string Input(PackageModel package)
    {
        var w = Header();
        w.Line("import * as pulumi from \"@pulumi/pulumi\";");
        w.Line("import * as inputs from \"../types/input\";");
        w.Line("import * as outputs from \"../types/output\";");
        w.Line("import * as enums from \"../types/enums\";").Line();
        w.Line("import * as utilities from \"../utilities\";").Line();
        foreach (var type in package.ObjectTypes)
        {
            Text.JsDoc(w, type.Description, "");
            w.Line($"export interface {type.Name}Args {{");
            foreach (var property in type.Properties)
            {
                Text.JsDoc(w, property.Description, "    ");
                w.Line($"    {property.Name}{(property.Required ? "" : "?")}: {NodeTypes.Input(property)};");
            }

            w.Line("}");
            if (NeedsDefaults(package, type))
            {
                var function = NodeTypes.ProvideDefaults(type.Name);
                w.Line("/**");
                w.Line($" * {function} sets the appropriate defaults for {type.Name}Args");
                w.Line(" */");
                w.Line($"export function {function}(val: {type.Name}Args): {type.Name}Args {{");
                w.Line("    return {");
                w.Line("        ...val,");
                foreach (var property in type.Properties)
                {
                    var value = NodeTypes.WithDefaults(package, property, "val", $"val.{property.Name}", "inputs.");
                    if (value != $"val.{property.Name}")
                    {
                        w.Line($"        {property.Name}: {value},");
                    }
                }

                w.Line("    };");
                w.Line("}");
            }

            w.Line();
        }

        return w.ToString();
    }

    public static string Output()
    {
        var w = Header();
        w.Line("import * as pulumi from \"@pulumi/pulumi\";");
        w.Line("import * as inputs from \"../types/input\";");
        w.Line("import * as outputs from \"../types/output\";");
        w.Line("import * as enums from \"../types/enums\";").Line();
        w.Line("import * as utilities from \"../utilities\";").Line();
        return w.ToString();
    }

    public static string Enums(PackageModel package)
    {
        var w = Header();
        var first = true;
        foreach (var enumType in package.Enums)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            w.Line($"export const {enumType.Name} = {{");
            foreach (var value in enumType.Values)
            {
                Text.JsDoc(w, value.Description, "    ");
                w.Line($"    {value.Name}: {Text.Quote(value.Value)},");
            }

            w.Line("} as const;").Line();
            Text.JsDoc(w, enumType.Description, "");
            w.Line($"export type {enumType.Name} = (typeof {enumType.Name})[keyof typeof {enumType.Name}];");
        }

        return w.ToString();
    }

    /// <summary>A type needs a defaults function when it or an object type it holds has a default.</summary>
    public static bool NeedsDefaults(PackageModel package, ObjectTypeModel type) =>
        type.HasDefaults || type.Properties.Any(p => p.Type.Kind == TypeKind.Object && NeedsDefaults(package, package.ObjectType(p.Type.Ref)));

    private static StringBuilder Header() =>
        new StringBuilder().Line($"// {Text.GeneratedWarning}").Line($"// {Text.DoNotEdit}").Line();
}
