using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Go;

/// <summary>
/// Writes <c>pulumiTypes.go</c>: per object type the plain struct, the Args struct of inputs, their
/// <c>Defaults()</c>, and the Input/Output/Ptr types that let the type travel inside outputs.
/// </summary>
internal static class GoObjectTypesWriter
{
    public static string Write(PackageModel package, string goPackage, string importBase)
    {
        var w = GoEmitter.Header(goPackage);
        w.Line();
        w.Raw(GoEmitter.Imports(["context", "reflect"], [GoEmitter.PulumiPackage, $"{importBase}/internal"]));
        w.Line();
        w.Line("var _ = internal.GetEnvOrDefault");
        foreach (var type in package.ObjectTypes)
        {
            WriteType(w, package, type);
        }

        w.Line();
        w.Line("func init() {");
        foreach (var type in package.ObjectTypes)
        {
            w.Line($"\tpulumi.RegisterInputType(reflect.TypeOf((*{type.Name}Input)(nil)).Elem(), {type.Name}Args{{}})");
            w.Line($"\tpulumi.RegisterInputType(reflect.TypeOf((*{type.Name}PtrInput)(nil)).Elem(), {type.Name}Args{{}})");
        }

        foreach (var type in package.ObjectTypes)
        {
            w.Line($"\tpulumi.RegisterOutputType({type.Name}Output{{}})");
            w.Line($"\tpulumi.RegisterOutputType({type.Name}PtrOutput{{}})");
        }

        w.Line("}");
        return w.ToString();
    }

    private static void WriteType(GoWriter w, PackageModel package, ObjectTypeModel type)
    {
        var n = type.Name;
        var lower = Names.Camel(n);
        var needsDefaults = Nodejs.NodeTypesWriter.NeedsDefaults(package, type);

        w.Line();
        w.Comment(type.Description);
        w.Line($"type {n} struct {{");
        Fields(w, type, t => t.Plain);
        w.Line("}");
        if (needsDefaults)
        {
            w.Line();
            WriteDefaults(w, package, type, n, args: false);
        }

        w.Line();
        w.Line($"// {n}Input is an input type that accepts {n}Args and {n}Output values.");
        w.Line($"// You can construct a concrete instance of `{n}Input` via:");
        w.Line("//");
        w.Line($"//\t{n}Args{{...}}");
        w.Line($"type {n}Input interface {{");
        w.Line("\tpulumi.Input");
        w.Line();
        w.Line($"\tTo{n}Output() {n}Output");
        w.Line($"\tTo{n}OutputWithContext(context.Context) {n}Output");
        w.Line("}");
        w.Line();
        w.Comment(type.Description);
        w.Line($"type {n}Args struct {{");
        Fields(w, type, t => t.Args);
        w.Line("}");
        if (needsDefaults)
        {
            w.Line();
            WriteDefaults(w, package, type, n + "Args", args: true);
        }

        w.Line();
        w.Line($"func ({n}Args) ElementType() reflect.Type {{");
        w.Line($"\treturn reflect.TypeOf((*{n})(nil)).Elem()");
        w.Line("}");
        w.Func($"i {n}Args", $"To{n}Output() {n}Output", $"return i.To{n}OutputWithContext(context.Background())");
        w.Func($"i {n}Args", $"To{n}OutputWithContext(ctx context.Context) {n}Output", $"return pulumi.ToOutputWithContext(ctx, i).({n}Output)");
        w.Func($"i {n}Args", $"To{n}PtrOutput() {n}PtrOutput", $"return i.To{n}PtrOutputWithContext(context.Background())");
        w.Func($"i {n}Args", $"To{n}PtrOutputWithContext(ctx context.Context) {n}PtrOutput", $"return pulumi.ToOutputWithContext(ctx, i).({n}Output).To{n}PtrOutputWithContext(ctx)");

        w.Line();
        w.Line($"// {n}PtrInput is an input type that accepts {n}Args, {n}Ptr and {n}PtrOutput values.");
        w.Line($"// You can construct a concrete instance of `{n}PtrInput` via:");
        w.Line("//");
        w.Line($"//\t        {n}Args{{...}}");
        w.Line("//");
        w.Line("//\tor:");
        w.Line("//");
        w.Line("//\t        nil");
        w.Line($"type {n}PtrInput interface {{");
        w.Line("\tpulumi.Input");
        w.Line();
        w.Line($"\tTo{n}PtrOutput() {n}PtrOutput");
        w.Line($"\tTo{n}PtrOutputWithContext(context.Context) {n}PtrOutput");
        w.Line("}");
        w.Line();
        w.Line($"type {lower}PtrType {n}Args");
        w.Line();
        w.Line($"func {n}Ptr(v *{n}Args) {n}PtrInput {{");
        w.Line($"\treturn (*{lower}PtrType)(v)");
        w.Line("}");
        w.Func($"*{lower}PtrType", "ElementType() reflect.Type", $"return reflect.TypeOf((**{n})(nil)).Elem()");
        w.Func($"i *{lower}PtrType", $"To{n}PtrOutput() {n}PtrOutput", $"return i.To{n}PtrOutputWithContext(context.Background())");
        w.Func($"i *{lower}PtrType", $"To{n}PtrOutputWithContext(ctx context.Context) {n}PtrOutput", $"return pulumi.ToOutputWithContext(ctx, i).({n}PtrOutput)");

        w.Line();
        w.Comment(type.Description);
        w.Line($"type {n}Output struct{{ *pulumi.OutputState }}");
        w.Func($"{n}Output", "ElementType() reflect.Type", $"return reflect.TypeOf((*{n})(nil)).Elem()");
        w.Func($"o {n}Output", $"To{n}Output() {n}Output", "return o");
        w.Func($"o {n}Output", $"To{n}OutputWithContext(ctx context.Context) {n}Output", "return o");
        w.Func($"o {n}Output", $"To{n}PtrOutput() {n}PtrOutput", $"return o.To{n}PtrOutputWithContext(context.Background())");
        w.Line();
        w.Line($"func (o {n}Output) To{n}PtrOutputWithContext(ctx context.Context) {n}PtrOutput {{");
        w.Line($"\treturn o.ApplyTWithContext(ctx, func(_ context.Context, v {n}) *{n} {{");
        w.Line("\t\treturn &v");
        w.Line($"\t}}).({n}PtrOutput)");
        w.Line("}");
        foreach (var p in type.Properties)
        {
            var t = GoType.Of(p);
            w.Line();
            w.Comment(p.Description);
            w.Line($"func (o {n}Output) {Names.Pascal(p.Name)}() {t.Output} {{");
            w.Line($"\treturn o.ApplyT(func(v {n}) {t.Plain} {{ return v.{Names.Pascal(p.Name)} }}).({t.Output})");
            w.Line("}");
        }

        w.Line();
        w.Line($"type {n}PtrOutput struct{{ *pulumi.OutputState }}");
        w.Func($"{n}PtrOutput", "ElementType() reflect.Type", $"return reflect.TypeOf((**{n})(nil)).Elem()");
        w.Func($"o {n}PtrOutput", $"To{n}PtrOutput() {n}PtrOutput", "return o");
        w.Func($"o {n}PtrOutput", $"To{n}PtrOutputWithContext(ctx context.Context) {n}PtrOutput", "return o");
        w.Line();
        w.Line($"func (o {n}PtrOutput) Elem() {n}Output {{");
        w.Line($"\treturn o.ApplyT(func(v *{n}) {n} {{");
        w.Line("\t\tif v != nil {");
        w.Line("\t\t\treturn *v");
        w.Line("\t\t}");
        w.Line($"\t\tvar ret {n}");
        w.Line("\t\treturn ret");
        w.Line($"\t}}).({n}Output)");
        w.Line("}");
        foreach (var p in type.Properties)
        {
            var t = GoType.Of(p);
            w.Line();
            w.Comment(p.Description);
            w.Line($"func (o {n}PtrOutput) {Names.Pascal(p.Name)}() {t.PtrOutput} {{");
            w.Line($"\treturn o.ApplyT(func(v *{n}) {t.PtrPlain} {{");
            w.Line("\t\tif v == nil {");
            w.Line("\t\t\treturn nil");
            w.Line("\t\t}");
            w.Line($"\t\treturn {(t.TakeAddress ? "&" : "")}v.{Names.Pascal(p.Name)}");
            w.Line($"\t}}).({t.PtrOutput})");
            w.Line("}");
        }
    }

    private static void Fields(GoWriter w, ObjectTypeModel type, Func<GoType, string> pick)
    {
        foreach (var p in type.Properties)
        {
            w.Comment(p.Description, "\t");
            w.Cells("\t", Names.Pascal(p.Name), pick(GoType.Of(p)), $"`pulumi:\"{p.Name}\"`");
        }
    }

    /// <summary><c>Defaults()</c>: a copy with every unset property that has a default set to it.</summary>
    private static void WriteDefaults(GoWriter w, PackageModel package, ObjectTypeModel type, string structName, bool args)
    {
        w.Line($"// Defaults sets the appropriate defaults for {structName}");
        w.Line($"func (val *{structName}) Defaults() *{structName} {{");
        w.Line("\tif val == nil {");
        w.Line("\t\treturn nil");
        w.Line("\t}");
        w.Line("\ttmp := *val");
        foreach (var p in type.Properties)
        {
            var field = "tmp." + Names.Pascal(p.Name);
            if (p.Default is { } dflt)
            {
                var inputField = args && !p.Plain;
                w.Line(p.Required && !inputField ? $"\tif internal.IsZero({field}) {{" : $"\tif {field} == nil {{");
                if (inputField)
                {
                    w.Line($"\t\t{field} = {GoType.ArgsDefault(p, dflt)}");
                }
                else if (p.Required)
                {
                    w.Line($"\t\t{field} = {GoType.PlainDefault(p, dflt)}");
                }
                else
                {
                    var local = Names.Camel(p.Name) + "_";
                    w.Line($"\t\t{local} := {GoType.PlainDefault(p, dflt)}");
                    w.Line($"\t\t{field} = &{local}");
                }

                w.Line("\t}");
            }
            else if (p.Type.Kind == TypeKind.Object && Nodejs.NodeTypesWriter.NeedsDefaults(package, package.ObjectType(p.Type.Ref)))
            {
                if (args && !p.Plain)
                {
                    throw new NotSupportedException($"{type.Name}.{p.Name}: defaults inside an object input that is an output are not supported by this generator");
                }

                w.Line(p.Required ? $"\t{field} = *{field}.Defaults()" : $"\t{field} = {field}.Defaults()");
            }
        }

        w.Line("\treturn &tmp");
        w.Line("}");
    }
}
