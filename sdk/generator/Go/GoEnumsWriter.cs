using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Go;

/// <summary>
/// Writes <c>pulumiEnums.go</c>: per enum a string type and its constants; enums that can appear inside outputs
/// (any non-plain property, or any property of an object type) also get Input/Output/Ptr types.
/// </summary>
internal static class GoEnumsWriter
{
    public static string Write(PackageModel package, string goPackage)
    {
        var travelling = TravellingEnums(package);
        var w = GoEmitter.Header(goPackage);
        if (travelling.Count > 0)
        {
            w.Line();
            w.Raw(GoEmitter.Imports(["context", "reflect"], [GoEmitter.PulumiPackage]));
        }

        foreach (var e in package.Enums)
        {
            w.Line();
            w.Comment(e.Description);
            w.Line($"type {e.Name} string");
            w.Line();
            w.Line("const (");
            foreach (var value in e.Values)
            {
                w.Comment(value.Description, "\t");
                w.Cells("\t", e.Name + Names.Pascal(value.Name), $"= {e.Name}({Text.Quote(value.Value)})");
            }

            w.Line(")");
            if (travelling.Contains(e.Name))
            {
                WriteMachinery(w, e);
            }
        }

        if (travelling.Count > 0)
        {
            w.Line();
            w.Line("func init() {");
            foreach (var e in package.Enums.Where(e => travelling.Contains(e.Name)))
            {
                var first = $"{e.Name}({Text.Quote(e.Values[0].Value)})";
                w.Line($"\tpulumi.RegisterInputType(reflect.TypeOf((*{e.Name}Input)(nil)).Elem(), {first})");
                w.Line($"\tpulumi.RegisterInputType(reflect.TypeOf((*{e.Name}PtrInput)(nil)).Elem(), {first})");
                w.Line($"\tpulumi.RegisterOutputType({e.Name}Output{{}})");
                w.Line($"\tpulumi.RegisterOutputType({e.Name}PtrOutput{{}})");
            }

            w.Line("}");
        }

        return w.ToString();
    }

    /// <summary>The enums used by a non-plain property or by any object type's property.</summary>
    public static IReadOnlySet<string> TravellingEnums(PackageModel package) =>
        package.Resources.SelectMany(r => r.Inputs).Where(p => !p.Plain)
            .Concat(package.ObjectTypes.SelectMany(t => t.Properties))
            .Where(p => p.Type.Kind == TypeKind.Enum)
            .Select(p => p.Type.Ref)
            .ToHashSet(StringComparer.Ordinal);

    private static void WriteMachinery(GoWriter w, EnumModel e)
    {
        var n = e.Name;
        var lower = Names.Camel(n);
        w.Func(n, "ElementType() reflect.Type", $"return reflect.TypeOf((*{n})(nil)).Elem()");
        w.Func($"e {n}", $"To{n}Output() {n}Output", $"return pulumi.ToOutput(e).({n}Output)");
        w.Func($"e {n}", $"To{n}OutputWithContext(ctx context.Context) {n}Output", $"return pulumi.ToOutputWithContext(ctx, e).({n}Output)");
        w.Func($"e {n}", $"To{n}PtrOutput() {n}PtrOutput", $"return e.To{n}PtrOutputWithContext(context.Background())");
        w.Func($"e {n}", $"To{n}PtrOutputWithContext(ctx context.Context) {n}PtrOutput", $"return {n}(e).To{n}OutputWithContext(ctx).To{n}PtrOutputWithContext(ctx)");
        w.Func($"e {n}", "ToStringOutput() pulumi.StringOutput", "return pulumi.ToOutput(pulumi.String(e)).(pulumi.StringOutput)");
        w.Func($"e {n}", "ToStringOutputWithContext(ctx context.Context) pulumi.StringOutput", "return pulumi.ToOutputWithContext(ctx, pulumi.String(e)).(pulumi.StringOutput)");
        w.Func($"e {n}", "ToStringPtrOutput() pulumi.StringPtrOutput", "return pulumi.String(e).ToStringPtrOutputWithContext(context.Background())");
        w.Func($"e {n}", "ToStringPtrOutputWithContext(ctx context.Context) pulumi.StringPtrOutput", "return pulumi.String(e).ToStringOutputWithContext(ctx).ToStringPtrOutputWithContext(ctx)");

        w.Line();
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
        w.Func($"o {n}Output", "ToStringOutput() pulumi.StringOutput", "return o.ToStringOutputWithContext(context.Background())");
        w.Line();
        w.Line($"func (o {n}Output) ToStringOutputWithContext(ctx context.Context) pulumi.StringOutput {{");
        w.Line($"\treturn o.ApplyTWithContext(ctx, func(_ context.Context, e {n}) string {{");
        w.Line("\t\treturn string(e)");
        w.Line("\t}).(pulumi.StringOutput)");
        w.Line("}");
        w.Func($"o {n}Output", "ToStringPtrOutput() pulumi.StringPtrOutput", "return o.ToStringPtrOutputWithContext(context.Background())");
        w.Line();
        w.Line($"func (o {n}Output) ToStringPtrOutputWithContext(ctx context.Context) pulumi.StringPtrOutput {{");
        w.Line($"\treturn o.ApplyTWithContext(ctx, func(_ context.Context, e {n}) *string {{");
        w.Line("\t\tv := string(e)");
        w.Line("\t\treturn &v");
        w.Line("\t}).(pulumi.StringPtrOutput)");
        w.Line("}");

        w.Line();
        w.Line($"type {n}PtrOutput struct{{ *pulumi.OutputState }}");
        w.Func($"{n}PtrOutput", "ElementType() reflect.Type", $"return {lower}PtrType");
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
        w.Func($"o {n}PtrOutput", "ToStringPtrOutput() pulumi.StringPtrOutput", "return o.ToStringPtrOutputWithContext(context.Background())");
        w.Line();
        w.Line($"func (o {n}PtrOutput) ToStringPtrOutputWithContext(ctx context.Context) pulumi.StringPtrOutput {{");
        w.Line($"\treturn o.ApplyTWithContext(ctx, func(_ context.Context, e *{n}) *string {{");
        w.Line("\t\tif e == nil {");
        w.Line("\t\t\treturn nil");
        w.Line("\t\t}");
        w.Line("\t\tv := string(*e)");
        w.Line("\t\treturn &v");
        w.Line("\t}).(pulumi.StringPtrOutput)");
        w.Line("}");

        w.Line();
        w.Line($"// {n}Input is an input type that accepts values of the {n} enum");
        w.Line($"// A concrete instance of `{n}Input` can be one of the following:");
        w.Line("//");
        foreach (var value in e.Values)
        {
            w.Line($"//\t{n}{Names.Pascal(value.Name)}");
        }

        w.Line($"type {n}Input interface {{");
        w.Line("\tpulumi.Input");
        w.Line();
        w.Line($"\tTo{n}Output() {n}Output");
        w.Line($"\tTo{n}OutputWithContext(context.Context) {n}Output");
        w.Line("}");
        w.Line();
        w.Line($"var {lower}PtrType = reflect.TypeOf((**{n})(nil)).Elem()");
        w.Line();
        w.Line($"type {n}PtrInput interface {{");
        w.Line("\tpulumi.Input");
        w.Line();
        w.Line($"\tTo{n}PtrOutput() {n}PtrOutput");
        w.Line($"\tTo{n}PtrOutputWithContext(context.Context) {n}PtrOutput");
        w.Line("}");
        w.Line();
        w.Line($"type {lower}Ptr string");
        w.Line();
        w.Line($"func {n}Ptr(v string) {n}PtrInput {{");
        w.Line($"\treturn (*{lower}Ptr)(&v)");
        w.Line("}");
        w.Func($"*{lower}Ptr", "ElementType() reflect.Type", $"return {lower}PtrType");
        w.Func($"in *{lower}Ptr", $"To{n}PtrOutput() {n}PtrOutput", $"return pulumi.ToOutput(in).({n}PtrOutput)");
        w.Func($"in *{lower}Ptr", $"To{n}PtrOutputWithContext(ctx context.Context) {n}PtrOutput", $"return pulumi.ToOutputWithContext(ctx, in).({n}PtrOutput)");
    }
}
