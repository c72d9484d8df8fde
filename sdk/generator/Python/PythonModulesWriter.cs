using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Python;

/// <summary>Writes <c>_inputs.py</c> and <c>_enums.py</c>.</summary>
internal static class PythonModulesWriter
{
    public static string Inputs(PackageModel package)
    {
        var w = PythonTypes.Header();
        PythonTypes.Imports(w);
        w.Line("from ._enums import *").Line();
        w.Line("__all__ = [");
        foreach (var type in package.ObjectTypes)
        {
            w.Line($"    '{type.Name}Args',");
            w.Line($"    '{type.Name}ArgsDict',");
        }

        w.Line("]").Line();
        foreach (var type in package.ObjectTypes)
        {
            PythonArgsWriter.WriteDict(w, type.Name + "Args", type.Description, type.Properties);
            PythonArgsWriter.WriteClass(w, type.Name + "Args", type.Description, type.Properties);
        }

        return w.ToString();
    }

    public static string Enums(PackageModel package)
    {
        var w = PythonTypes.Header();
        w.Line("import builtins as _builtins");
        w.Line("import pulumi");
        w.Line("from enum import Enum").Line();
        w.Line("__all__ = [");
        foreach (var enumType in package.Enums)
        {
            w.Line($"    '{enumType.Name}',");
        }

        w.Line("]");
        foreach (var enumType in package.Enums)
        {
            w.Line().Line();
            w.Line($"@pulumi.type_token(\"{enumType.Token}\")");
            w.Line($"class {enumType.Name}(_builtins.str, Enum):");
            PythonTypes.DocString(w, "    ", Text.Lines(enumType.Description));
            foreach (var value in enumType.Values)
            {
                w.Line($"    {Names.UpperSnake(value.Name)} = {Text.Quote(value.Value)}");
                PythonTypes.DocString(w, "    ", Text.Lines(value.Description));
            }
        }

        return w.ToString();
    }
}
