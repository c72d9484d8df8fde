using System.Text;
using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Nodejs;

/// <summary>Writes one resource's module (<c>&lt;camelName&gt;.ts</c>): the class and its Args interface.</summary>
internal static class NodeResourceWriter
{
    public static string Write(PackageModel package, ResourceModel resource)
    {
        var name = resource.Name;
        var w = new StringBuilder();
        w.Line($"// {Text.GeneratedWarning}").Line($"// {Text.DoNotEdit}").Line();
        w.Line("import * as pulumi from \"@pulumi/pulumi\";");
        w.Line("import * as inputs from \"./types/input\";");
        w.Line("import * as outputs from \"./types/output\";");
        w.Line("import * as enums from \"./types/enums\";");
        w.Line("import * as utilities from \"./utilities\";").Line();

        Text.JsDoc(w, resource.Description, "");
        var baseClass = resource.IsComponent ? "pulumi.ComponentResource" : "pulumi.CustomResource";
        var optionsType = resource.IsComponent ? "pulumi.ComponentResourceOptions" : "pulumi.CustomResourceOptions";
        w.Line($"export class {name} extends {baseClass} {{");
        w.Line("    /** @internal */");
        w.Line($"    public static readonly __pulumiType = '{resource.Token}';").Line();
        w.Line("    /**");
        w.Line($"     * Returns true if the given object is an instance of {name}.  This is designed to work even");
        w.Line("     * when multiple copies of the Pulumi SDK have been loaded into the same process.");
        w.Line("     */");
        w.Line($"    public static isInstance(obj: any): obj is {name} {{");
        w.Line("        if (obj === undefined || obj === null) {");
        w.Line("            return false;");
        w.Line("        }");
        w.Line($"        return obj['__pulumiType'] === {name}.__pulumiType;");
        w.Line("    }").Line();

        foreach (var output in resource.Outputs)
        {
            Text.JsDoc(w, output.Description, "    ");
            w.Line($"    declare public readonly {output.Name}: {NodeTypes.Output(output)};");
        }

        var argsOptional = resource.Inputs.All(i => !i.Required);
        w.Line().Line("    /**");
        w.Line($"     * Create a {name} resource with the given unique name, arguments, and options.");
        w.Line("     *");
        w.Line("     * @param name The _unique_ name of the resource.");
        w.Line("     * @param args The arguments to use to populate this resource's properties.");
        w.Line("     * @param opts A bag of options that control this resource's behavior.");
        w.Line("     */");
        w.Line($"    constructor(name: string, args{(argsOptional ? "?" : "")}: {name}Args, opts?: {optionsType}) {{");
        w.Line("        let resourceInputs: pulumi.Inputs = {};");
        w.Line("        opts = opts || {};");
        w.Line("        if (!opts.id) {");
        foreach (var input in resource.Inputs.Where(i => i.Required))
        {
            w.Line($"            if (args?.{input.Name} === undefined && !opts.urn) {{");
            w.Line($"                throw new Error(\"Missing required property '{input.Name}'\");");
            w.Line("            }");
        }

        var secretInputs = resource.Inputs.Where(i => i.Secret).Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var input in resource.Inputs)
        {
            var value = NodeTypes.WithDefaults(package, input, "args", $"args?.{input.Name}", "inputs.");
            if (secretInputs.Contains(input.Name))
            {
                value = $"args?.{input.Name} ? pulumi.secret({value}) : undefined";
            }

            w.Line($"            resourceInputs[\"{input.Name}\"] = {value};");
        }

        var inputNames = resource.Inputs.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var output in resource.Outputs.Where(o => !inputNames.Contains(o.Name)))
        {
            w.Line($"            resourceInputs[\"{output.Name}\"] = undefined /*out*/;");
        }

        w.Line("        } else {");
        foreach (var output in resource.Outputs)
        {
            w.Line($"            resourceInputs[\"{output.Name}\"] = undefined /*out*/;");
        }

        w.Line("        }");
        w.Line("        opts = pulumi.mergeOptions(utilities.resourceOptsDefaults(), opts);");
        var secretOutputs = resource.Outputs.Where(o => o.Secret).Select(o => $"\"{o.Name}\"").ToList();
        if (secretOutputs.Count > 0)
        {
            w.Line($"        const secretOpts = {{ additionalSecretOutputs: [{string.Join(", ", secretOutputs)}] }};");
            w.Line("        opts = pulumi.mergeOptions(opts, secretOpts);");
        }

        w.Line(resource.IsComponent
            ? $"        super({name}.__pulumiType, name, resourceInputs, opts, true /*remote*/);"
            : $"        super({name}.__pulumiType, name, resourceInputs, opts);");
        w.Line("    }");
        w.Line("}").Line();

        w.Line("/**");
        w.Line($" * The set of arguments for constructing a {name} resource.");
        w.Line(" */");
        w.Line($"export interface {name}Args {{");
        foreach (var input in resource.Inputs)
        {
            Text.JsDoc(w, input.Description, "    ");
            w.Line($"    {input.Name}{(input.Required ? "" : "?")}: {NodeTypes.Input(input)};");
        }

        w.Line("}");
        return w.ToString();
    }
}
