using System.Text;
using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Python;

/// <summary>
/// Writes <c>@pulumi.input_type</c> classes (resource args and input types) and their TypedDict twins: keyword
/// arguments required-first, defaults applied in <c>__init__</c>, a getter and setter per property.
/// </summary>
internal static class PythonArgsWriter
{
    public static void WriteDict(StringBuilder w, string className, string description, IReadOnlyList<PropertyModel> properties)
    {
        w.Line($"class {className}Dict(TypedDict):");
        PythonTypes.DocString(w, "    ", Text.Lines(description));
        foreach (var property in PythonTypes.RequiredFirst(properties))
        {
            var type = PythonTypes.Input(property, PyShape.ArgsDict);
            w.Line($"    {PythonTypes.Name(property.Name)}: {(property.Required ? type : $"NotRequired[{type}]")}");
            PythonTypes.DocString(w, "    ", Text.Lines(property.Description));
        }

        if (properties.Count == 0 && description.Length == 0)
        {
            w.Line("    pass");
        }

        w.Line();
    }

    public static void WriteClass(StringBuilder w, string className, string description, IReadOnlyList<PropertyModel> properties)
    {
        var ordered = PythonTypes.RequiredFirst(properties).ToList();
        w.Line("@pulumi.input_type");
        w.Line($"class {className}:");
        if (ordered.Count == 0)
        {
            w.Line("    def __init__(__self__):");
        }
        else
        {
            w.Line("    def __init__(__self__, *,");
            for (var i = 0; i < ordered.Count; i++)
            {
                var p = ordered[i];
                var type = PythonTypes.Input(p, PyShape.ArgsClass);
                var parameter = p.Required ? $"{PythonTypes.Name(p.Name)}: {type}" : $"{PythonTypes.Name(p.Name)}: Optional[{type}] = None";
                w.Line($"                 {parameter}{(i == ordered.Count - 1 ? "):" : ",")}");
            }
        }

        var doc = Text.Lines(description).ToList();
        doc.AddRange(ordered.Where(p => p.Description.Length > 0).SelectMany(p => ParamDoc(p, PythonTypes.Input(p, PyShape.ArgsClass))));
        PythonTypes.DocString(w, "        ", doc);
        foreach (var p in ordered)
        {
            var name = PythonTypes.Name(p.Name);
            if (p.Default is { } dflt)
            {
                w.Line($"        if {name} is None:");
                w.Line($"            {name} = {PythonTypes.Literal(dflt)}");
            }

            if (p.Required)
            {
                w.Line($"        pulumi.set(__self__, \"{name}\", {name})");
            }
            else
            {
                w.Line($"        if {name} is not None:");
                w.Line($"            pulumi.set(__self__, \"{name}\", {name})");
            }
        }

        if (ordered.Count == 0 && doc.Count == 0)
        {
            w.Line("        pass");
        }

        foreach (var p in ordered)
        {
            var name = PythonTypes.Name(p.Name);
            var type = PythonTypes.Input(p, PyShape.ArgsClass);
            var annotation = p.Required ? type : $"Optional[{type}]";
            w.Line();
            w.Line("    @_builtins.property");
            w.Line(Getter(p.Name));
            w.Line($"    def {name}(self) -> {annotation}:");
            PythonTypes.DocString(w, "        ", Text.Lines(p.Description));
            w.Line($"        return pulumi.get(self, \"{name}\")");
            w.Line();
            w.Line($"    @{name}.setter");
            w.Line($"    def {name}(self, value: {annotation}):");
            w.Line($"        pulumi.set(self, \"{name}\", value)");
        }

        w.Line().Line();
    }

    /// <summary><c>@pulumi.getter</c>, naming the wire name when the Python name differs from it.</summary>
    public static string Getter(string schemaName) =>
        PythonTypes.Name(schemaName) == schemaName ? "    @pulumi.getter" : $"    @pulumi.getter(name=\"{schemaName}\")";

    /// <summary>The <c>:param type name: description</c> lines of a docstring.</summary>
    public static IEnumerable<string> ParamDoc(PropertyModel property, string type)
    {
        var lines = Text.Lines(property.Description);
        yield return $":param {type} {PythonTypes.Name(property.Name)}: {lines[0]}";
        foreach (var line in lines.Skip(1))
        {
            yield return line.Length == 0 ? "" : "       " + line;
        }
    }
}
