using System.Text;
using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Python;

/// <summary>Where a Python type annotation is written: an input class, a TypedDict, or a resource's keyword argument.</summary>
internal enum PyShape
{
    ArgsClass,
    ArgsDict,
    ResourceKeyword,
}

/// <summary>Python spellings of names and schema types, as the Python generator writes them.</summary>
internal static class PythonTypes
{
    private static readonly HashSet<string> Keywords = new(StringComparer.Ordinal)
    {
        "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue", "def", "del",
        "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is", "lambda", "nonlocal",
        "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
    };

    /// <summary>A property's Python name: snake_case, with a trailing underscore when it is a keyword.</summary>
    public static string Name(string schemaName)
    {
        var snake = Names.Snake(schemaName);
        return Keywords.Contains(snake) ? snake + "_" : snake;
    }

    /// <summary>The annotation of an input property (not yet made Optional).</summary>
    public static string Input(PropertyModel property, PyShape shape) =>
        property.Plain ? Element(property.Type, shape) : $"pulumi.Input[{Element(property.Type, shape)}]";

    /// <summary>The annotation of a resource output getter.</summary>
    public static string Output(PropertyModel property)
    {
        var element = OutputElement(property.Type);
        return $"pulumi.Output[{(property.Required ? element : $"Optional[{element}]")}]";
    }

    private static string Element(TypeRef type, PyShape shape) => type.Kind switch
    {
        TypeKind.Array => $"Sequence[{Item(type.Item, shape)}]",
        TypeKind.Map => $"Mapping[str, {Item(type.Item, shape)}]",
        TypeKind.Enum => $"'{type.Ref}'",
        TypeKind.Object => shape switch
        {
            PyShape.ArgsClass => $"'{type.Ref}Args'",
            PyShape.ArgsDict => $"'{type.Ref}ArgsDict'",
            _ => $"Union['{type.Ref}Args', '{type.Ref}ArgsDict']",
        },
        _ => Primitive(type.Kind),
    };

    private static string Item(TypeRef item, PyShape shape) =>
        item.Plain ? Element(item, shape) : $"pulumi.Input[{Element(item, shape)}]";

    private static string OutputElement(TypeRef type) => type.Kind switch
    {
        TypeKind.Array => $"Sequence[{OutputElement(type.Item)}]",
        TypeKind.Map => $"Mapping[str, {OutputElement(type.Item)}]",
        TypeKind.Enum => $"'{type.Ref}'",
        TypeKind.Object => $"'outputs.{type.Ref}'",
        _ => Primitive(type.Kind),
    };

    private static string Primitive(TypeKind kind) => kind switch
    {
        TypeKind.String => "_builtins.str",
        TypeKind.Integer => "_builtins.int",
        TypeKind.Number => "_builtins.float",
        TypeKind.Boolean => "_builtins.bool",
        _ => throw new InvalidOperationException($"{kind} is not a primitive"),
    };

    /// <summary>A default as a Python literal: strings single-quoted, as the generator writes them.</summary>
    public static string Literal(DefaultValue value) => value.Value is string s
        ? "'" + s.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("'", "\\'", StringComparison.Ordinal) + "'"
        : Text.Literal(value, "True", "False");

    /// <summary>A docstring body line-escaped for a triple-quoted string.</summary>
    public static string Doc(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"\"\"", "\\\"\\\"\\\"", StringComparison.Ordinal);

    /// <summary>A docstring at <paramref name="indent"/> holding <paramref name="lines"/>; nothing when there are none.</summary>
    public static void DocString(StringBuilder w, string indent, IEnumerable<string> lines)
    {
        var list = lines.ToList();
        if (list.Count == 0)
        {
            return;
        }

        w.Line(indent + "\"\"\"");
        foreach (var line in list)
        {
            w.Line(line.Length == 0 ? "" : indent + Doc(line));
        }

        w.Line(indent + "\"\"\"");
    }

    /// <summary>The standard imports at the top of a module that declares input types or resources.</summary>
    public static void Imports(StringBuilder w)
    {
        w.Line("import builtins as _builtins");
        w.Line("import copy");
        w.Line("import warnings");
        w.Line("import sys");
        w.Line("import pulumi");
        w.Line("import pulumi.runtime");
        w.Line("from typing import Any, Mapping, Optional, Sequence, Union, overload");
        w.Line("if sys.version_info >= (3, 11):");
        w.Line("    from typing import NotRequired, TypedDict, TypeAlias");
        w.Line("else:");
        w.Line("    from typing_extensions import NotRequired, TypedDict, TypeAlias");
        w.Line("from . import _utilities");
    }

    public static StringBuilder Header() =>
        new StringBuilder().Line("# coding=utf-8").Line($"# {Text.GeneratedWarning}").Line($"# {Text.DoNotEdit}").Line();

    /// <summary>Required properties first, each group in name order, as the generator orders keyword arguments.</summary>
    public static IEnumerable<PropertyModel> RequiredFirst(IEnumerable<PropertyModel> properties) =>
        properties.OrderBy(p => p.Required ? 0 : 1);
}
