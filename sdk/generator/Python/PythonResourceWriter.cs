using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Python;

/// <summary>Writes a resource's module (<c>&lt;snake_name&gt;.py</c>): its Args class and the resource class.</summary>
internal static class PythonResourceWriter
{
    public static string Write(ResourceModel resource)
    {
        var name = resource.Name;
        var w = PythonTypes.Header();
        PythonTypes.Imports(w);
        w.Line("from ._enums import *");
        w.Line("from ._inputs import *").Line();
        w.Line($"__all__ = ['{name}Args', '{name}']").Line();
        PythonArgsWriter.WriteClass(w, name + "Args", $"The set of arguments for constructing a {name} resource.", resource.Inputs);

        var baseClass = resource.IsComponent ? "pulumi.ComponentResource" : "pulumi.CustomResource";
        w.Line($"@pulumi.type_token(\"{resource.Token}\")");
        w.Line($"class {name}({baseClass}):");
        var keywords = resource.Inputs
            .Select(p => $"                 {PythonTypes.Name(p.Name)}: Optional[{PythonTypes.Input(p, PyShape.ResourceKeyword)}] = None,")
            .ToList();
        var description = Text.Lines(resource.Description);

        w.Line("    @overload");
        w.Line("    def __init__(__self__,");
        w.Line("                 resource_name: str,");
        w.Line("                 opts: Optional[pulumi.ResourceOptions] = None,");
        keywords.ForEach(k => w.Line(k));
        w.Line("                 __props__=None):");
        var doc = description.ToList();
        doc.Add(":param str resource_name: The name of the resource.");
        doc.Add(":param pulumi.ResourceOptions opts: Options for the resource.");
        doc.AddRange(resource.Inputs.Where(p => p.Description.Length > 0)
            .SelectMany(p => PythonArgsWriter.ParamDoc(p, PythonTypes.Input(p, PyShape.ResourceKeyword))));
        PythonTypes.DocString(w, "        ", doc);
        w.Line("        ...");

        w.Line("    @overload");
        w.Line("    def __init__(__self__,");
        w.Line("                 resource_name: str,");
        w.Line($"                 args: {name}Args,");
        w.Line("                 opts: Optional[pulumi.ResourceOptions] = None):");
        doc = [.. description];
        doc.Add(":param str resource_name: The name of the resource.");
        doc.Add($":param {name}Args args: The arguments to use to populate this resource's properties.");
        doc.Add(":param pulumi.ResourceOptions opts: Options for the resource.");
        PythonTypes.DocString(w, "        ", doc);
        w.Line("        ...");

        w.Line("    def __init__(__self__, resource_name: str, *args, **kwargs):");
        w.Line($"        resource_args, opts = _utilities.get_resource_args_opts({name}Args, pulumi.ResourceOptions, *args, **kwargs)");
        w.Line("        if resource_args is not None:");
        w.Line("            __self__._internal_init(resource_name, opts, **resource_args.__dict__)");
        w.Line("        else:");
        w.Line("            __self__._internal_init(resource_name, *args, **kwargs)").Line();

        w.Line("    def _internal_init(__self__,");
        w.Line("                 resource_name: str,");
        w.Line("                 opts: Optional[pulumi.ResourceOptions] = None,");
        keywords.ForEach(k => w.Line(k));
        w.Line("                 __props__=None):");
        w.Line("        opts = pulumi.ResourceOptions.merge(_utilities.get_resource_opts_defaults(), opts)");
        w.Line("        if not isinstance(opts, pulumi.ResourceOptions):");
        w.Line("            raise TypeError('Expected resource options to be a ResourceOptions instance')");
        if (resource.IsComponent)
        {
            w.Line("        if opts.id is not None:");
            w.Line("            raise ValueError('ComponentResource classes do not support opts.id')");
            w.Line("        else:");
        }
        else
        {
            w.Line("        if opts.id is None:");
        }

        w.Line("            if __props__ is not None:");
        w.Line("                raise TypeError('__props__ is only valid when passed in combination with a valid opts.id to get an existing resource')");
        w.Line($"            __props__ = {name}Args.__new__({name}Args)").Line();
        foreach (var input in resource.Inputs)
        {
            var py = PythonTypes.Name(input.Name);
            if (input.Default is { } dflt)
            {
                w.Line($"            if {py} is None:");
                w.Line($"                {py} = {PythonTypes.Literal(dflt)}");
            }

            if (input.Required)
            {
                w.Line($"            if {py} is None and not opts.urn:");
                w.Line($"                raise TypeError(\"Missing required property '{input.Name}'\")");
            }

            var value = input.Secret ? $"None if {py} is None else pulumi.Output.secret({py})" : py;
            w.Line($"            __props__.__dict__[\"{py}\"] = {value}");
        }

        var inputNames = resource.Inputs.Select(i => i.Name).ToHashSet(StringComparer.Ordinal);
        foreach (var output in resource.Outputs.Where(o => !inputNames.Contains(o.Name)))
        {
            w.Line($"            __props__.__dict__[\"{PythonTypes.Name(output.Name)}\"] = None");
        }

        var secretOutputs = resource.Outputs.Where(o => o.Secret).Select(o => $"\"{o.Name}\"").ToList();
        if (secretOutputs.Count > 0)
        {
            w.Line($"        secret_opts = pulumi.ResourceOptions(additional_secret_outputs=[{string.Join(", ", secretOutputs)}])");
            w.Line("        opts = pulumi.ResourceOptions.merge(opts, secret_opts)");
        }

        w.Line($"        super({name}, __self__).__init__(");
        w.Line($"            '{resource.Token}',");
        w.Line("            resource_name,");
        w.Line("            __props__,");
        w.Line(resource.IsComponent ? "            opts,\n            remote=True)" : "            opts)");

        foreach (var output in resource.Outputs)
        {
            w.Line();
            w.Line("    @_builtins.property");
            w.Line(PythonArgsWriter.Getter(output.Name));
            w.Line($"    def {PythonTypes.Name(output.Name)}(self) -> {PythonTypes.Output(output)}:");
            PythonTypes.DocString(w, "        ", Text.Lines(output.Description));
            w.Line($"        return pulumi.get(self, \"{PythonTypes.Name(output.Name)}\")");
        }

        w.Line();
        return w.ToString();
    }
}
