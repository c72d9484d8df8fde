using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Go;

/// <summary>Writes a resource's file (<c>&lt;camelName&gt;.go</c>): struct, constructor, args and Input/Output types.</summary>
internal static class GoResourceWriter
{
    public static string Write(PackageModel package, ResourceModel resource, string goPackage, string importBase)
    {
        var n = resource.Name;
        var w = GoEmitter.Header(goPackage);
        w.Line();
        w.Raw(GoEmitter.Imports(["context", "errors", "reflect"], [GoEmitter.PulumiPackage, $"{importBase}/internal"]));
        w.Line();
        w.Comment(resource.Description);
        w.Line($"type {n} struct {{");
        w.Line(resource.IsComponent ? "\tpulumi.ResourceState" : "\tpulumi.CustomResourceState");
        if (resource.Outputs.Count > 0)
        {
            w.Line();
        }

        foreach (var output in resource.Outputs)
        {
            w.Comment(output.Description, "\t");
            w.Cells("\t", Names.Pascal(output.Name), GoType.Of(output.Type, output.Required, plain: false).Output, $"`pulumi:\"{output.Name}\"`");
        }

        w.Line("}");
        w.Line();
        w.Line($"// New{n} registers a new resource with the given unique name, arguments, and options.");
        w.Line($"func New{n}(ctx *pulumi.Context,");
        w.Line($"\tname string, args *{n}Args, opts ...pulumi.ResourceOption) (*{n}, error) {{");
        w.Line("\tif args == nil {");
        w.Line("\t\treturn nil, errors.New(\"missing one or more required arguments\")");
        w.Line("\t}");
        w.Line();
        foreach (var input in resource.Inputs.Where(i => i.Required && !i.Plain))
        {
            w.Line($"\tif args.{Names.Pascal(input.Name)} == nil {{");
            w.Line($"\t\treturn nil, errors.New(\"invalid value for required argument '{Names.Pascal(input.Name)}'\")");
            w.Line("\t}");
        }

        foreach (var input in resource.Inputs)
        {
            WriteDefault(w, package, input);
        }

        foreach (var input in resource.Inputs.Where(i => i.Secret && !i.Plain))
        {
            var field = "args." + Names.Pascal(input.Name);
            w.Line($"\tif {field} != nil {{");
            w.Line($"\t\t{field} = pulumi.ToSecret({field}).({GoType.Of(input).Args})");
            w.Line("\t}");
        }

        var secretOutputs = resource.Outputs.Where(o => o.Secret).ToList();
        if (secretOutputs.Count > 0)
        {
            w.Line("\tsecrets := pulumi.AdditionalSecretOutputs([]string{");
            secretOutputs.ForEach(o => w.Line($"\t\t\"{o.Name}\","));
            w.Line("\t})");
            w.Line("\topts = append(opts, secrets)");
        }

        w.Line("\topts = internal.PkgResourceDefaultOpts(opts)");
        w.Line($"\tvar resource {n}");
        w.Line(resource.IsComponent
            ? $"\terr := ctx.RegisterRemoteComponentResource(\"{resource.Token}\", name, args, &resource, opts...)"
            : $"\terr := ctx.RegisterResource(\"{resource.Token}\", name, args, &resource, opts...)");
        w.Line("\tif err != nil {");
        w.Line("\t\treturn nil, err");
        w.Line("\t}");
        w.Line("\treturn &resource, nil");
        w.Line("}");

        w.Line();
        w.Line($"type {Names.Camel(n)}Args struct {{");
        foreach (var input in resource.Inputs)
        {
            w.Comment(input.Description, "\t");
            var t = GoType.Of(input);
            w.Cells("\t", Names.Pascal(input.Name), t.Plain, $"`pulumi:\"{input.Name}\"`");
        }

        w.Line("}");
        w.Line();
        w.Line($"// The set of arguments for constructing a {n} resource.");
        w.Line($"type {n}Args struct {{");
        foreach (var input in resource.Inputs)
        {
            w.Comment(input.Description, "\t");
            w.Cells("\t", Names.Pascal(input.Name), GoType.Of(input).Args);
        }

        w.Line("}");
        w.Func($"{n}Args", "ElementType() reflect.Type", $"return reflect.TypeOf((*{Names.Camel(n)}Args)(nil)).Elem()");
        w.Line();
        w.Line($"type {n}Input interface {{");
        w.Line("\tpulumi.Input");
        w.Line();
        w.Line($"\tTo{n}Output() {n}Output");
        w.Line($"\tTo{n}OutputWithContext(ctx context.Context) {n}Output");
        w.Line("}");
        w.Func($"*{n}", "ElementType() reflect.Type", $"return reflect.TypeOf((**{n})(nil)).Elem()");
        w.Func($"i *{n}", $"To{n}Output() {n}Output", $"return i.To{n}OutputWithContext(context.Background())");
        w.Func($"i *{n}", $"To{n}OutputWithContext(ctx context.Context) {n}Output", $"return pulumi.ToOutputWithContext(ctx, i).({n}Output)");
        w.Line();
        w.Line($"type {n}Output struct{{ *pulumi.OutputState }}");
        w.Func($"{n}Output", "ElementType() reflect.Type", $"return reflect.TypeOf((**{n})(nil)).Elem()");
        w.Func($"o {n}Output", $"To{n}Output() {n}Output", "return o");
        w.Func($"o {n}Output", $"To{n}OutputWithContext(ctx context.Context) {n}Output", "return o");
        foreach (var output in resource.Outputs)
        {
            var type = GoType.Of(output.Type, output.Required, plain: false).Output;
            w.Line();
            w.Comment(output.Description);
            w.Line($"func (o {n}Output) {Names.Pascal(output.Name)}() {type} {{");
            w.Line($"\treturn o.ApplyT(func(v *{n}) {type} {{ return v.{Names.Pascal(output.Name)} }}).({type})");
            w.Line("}");
        }

        w.Line();
        w.Line("func init() {");
        w.Line($"\tpulumi.RegisterInputType(reflect.TypeOf((*{n}Input)(nil)).Elem(), &{n}{{}})");
        w.Line($"\tpulumi.RegisterOutputType({n}Output{{}})");
        w.Line("}");
        return w.ToString();
    }

    /// <summary>Applies an input's default, or its object type's defaults, to the args before registering.</summary>
    private static void WriteDefault(GoWriter w, PackageModel package, PropertyModel input)
    {
        var field = "args." + Names.Pascal(input.Name);
        if (input.Default is { } dflt)
        {
            if (input.Required)
            {
                throw new NotSupportedException($"{input.Name}: a required input with a default is not supported by this generator");
            }

            w.Line($"\tif {field} == nil {{");
            if (input.Plain)
            {
                var local = Names.Camel(input.Name) + "_";
                w.Line($"\t\t{local} := {GoType.PlainDefault(input, dflt)}");
                w.Line($"\t\t{field} = &{local}");
            }
            else
            {
                w.Line($"\t\t{field} = {GoType.ArgsDefault(input, dflt)}");
            }

            w.Line("\t}");
            return;
        }

        if (input.Type.Kind != TypeKind.Object || !Nodejs.NodeTypesWriter.NeedsDefaults(package, package.ObjectType(input.Type.Ref)))
        {
            return;
        }

        var t = input.Type.Ref;
        if (input.Plain)
        {
            w.Line(input.Required ? $"\t{field} = *{field}.Defaults()" : $"\t{field} = {field}.Defaults()");
        }
        else if (input.Required)
        {
            w.Line($"\t{field} = {field}.To{t}Output().ApplyT(func(v {t}) {t} {{ return *v.Defaults() }}).({t}Output)");
        }
        else
        {
            w.Line($"\tif {field} != nil {{");
            w.Line($"\t\t{field} = {field}.To{t}PtrOutput().ApplyT(func(v *{t}) *{t} {{ return v.Defaults() }}).({t}PtrOutput)");
            w.Line("\t}");
        }
    }
}
