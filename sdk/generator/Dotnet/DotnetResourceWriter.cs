using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Dotnet;

/// <summary>Writes a resource's file: the resource class (remote for a component) and its Args class.</summary>
internal static class DotnetResourceWriter
{
    public static string Write(PackageModel package, DotnetTypes types, ResourceModel resource, string attributePrefix)
    {
        var n = resource.Name;
        var baseType = resource.IsComponent ? "global::Pulumi.ComponentResource" : "global::Pulumi.CustomResource";
        var optionsType = resource.IsComponent ? "ComponentResourceOptions" : "CustomResourceOptions";
        var w = DotnetTypes.Header(types.StandardUsings);
        w.Line($"namespace {types.Namespace}");
        w.Line("{");
        DotnetTypes.Summary(w, resource.Description, "    ");
        w.Line($"    [{attributePrefix}ResourceType(\"{resource.Token}\")]");
        w.Line($"    public partial class {n} : {baseType}");
        w.Line("    {");
        foreach (var output in resource.Outputs)
        {
            DotnetTypes.Summary(w, output.Description, "        ");
            w.Line($"        [Output(\"{output.Name}\")]");
            w.Line($"        public Output<{types.Output(output)}> {Names.Pascal(output.Name)} {{ get; private set; }} = null!;");
            w.Line();
        }

        if (resource.Outputs.Count > 0)
        {
            w.Line();
        }

        var argsOptional = resource.Inputs.All(i => !i.Required);
        w.Line("        /// <summary>");
        w.Line($"        /// Create a {n} resource with the given unique name, arguments, and options.");
        w.Line("        /// </summary>");
        w.Line("        ///");
        w.Line("        /// <param name=\"name\">The unique name of the resource</param>");
        w.Line("        /// <param name=\"args\">The arguments used to populate this resource's properties</param>");
        w.Line("        /// <param name=\"options\">A bag of options that control this resource's behavior</param>");
        w.Line($"        public {n}(string name, {n}Args{(argsOptional ? "? args = null" : " args")}, {optionsType}? options = null)");
        w.Line(resource.IsComponent
            ? $"            : base(\"{resource.Token}\", name, args ?? new {n}Args(), MakeResourceOptions(options, \"\"), remote: true)"
            : $"            : base(\"{resource.Token}\", name, args ?? new {n}Args(), MakeResourceOptions(options, \"\"))");
        w.Line("        {");
        w.Line("        }");
        w.Line();
        w.Line($"        private static {optionsType} MakeResourceOptions({optionsType}? options, Input<string>? id)");
        w.Line("        {");
        w.Line($"            var defaultOptions = new {optionsType}");
        w.Line("            {");
        w.Line("                Version = Utilities.Version,");
        if (package.PluginDownloadUrl is { } url)
        {
            w.Line($"                PluginDownloadURL = {Text.Quote(url)},");
        }

        var secretOutputs = resource.Outputs.Where(o => o.Secret).Select(o => Text.Quote(o.Name)).ToList();
        if (secretOutputs.Count > 0)
        {
            w.Line("                AdditionalSecretOutputs =");
            w.Line("                {");
            secretOutputs.ForEach(s => w.Line($"                    {s},"));
            w.Line("                },");
        }

        w.Line("            };");
        w.Line($"            var merged = {optionsType}.Merge(defaultOptions, options);");
        w.Line("            // Override the ID if one was specified for consistency with other language SDKs.");
        w.Line("            merged.Id = id ?? merged.Id;");
        w.Line("            return merged;");
        w.Line("        }");
        w.Line("    }");
        DotnetArgsWriter.Write(w, package, types, n + "Args", "", resource.Inputs);
        w.Line("}");
        return w.ToString();
    }
}
