using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Tests.Support;

/// <summary>
/// Renders args (or any record of them) as one <c>Path = value</c> line per leaf, so whole args can
/// be compared with <c>Is.EqualTo</c> and a difference reads as the one line that differs.
/// (Records compare immutable collections by reference, so record equality cannot do this.)
/// </summary>
internal static class ArgsText
{
    public static string Render(object? value)
    {
        var lines = new StringBuilder();
        Render(lines, "", value);
        return lines.ToString();
    }

    private static void Render(StringBuilder lines, string path, object? value)
    {
        if (value is null || IsLeaf(value))
        {
            lines.Append(path).Append(" = ").Append(Leaf(value)).Append('\n');
            return;
        }

        var type = value.GetType();
        if (type.IsGenericType && type.GetGenericTypeDefinition() == typeof(Input<>))
        {
            var known = (bool)type.GetProperty(nameof(Input<object>.IsKnown))!.GetValue(value)!;
            var secret = (bool)type.GetProperty(nameof(Input<object>.IsSecret))!.GetValue(value)!;
            var dependencies = (IEnumerable<string>)type.GetProperty(nameof(Input<object>.Dependencies))!.GetValue(value)!;
            var flags = (secret ? " secret" : "") + (dependencies.Any() ? $" deps[{string.Join(", ", dependencies)}]" : "");
            lines.Append(path).Append(" = ")
                .Append(known ? Leaf(type.GetProperty(nameof(Input<object>.Value))!.GetValue(value)) : "unknown")
                .Append(flags).Append('\n');
            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance))
        {
            Render(lines, path.Length == 0 ? property.Name : $"{path}.{property.Name}", property.GetValue(value));
        }
    }

    private static bool IsLeaf(object value) => value is string or IEnumerable or IFormattable or bool;

    private static string Leaf(object? value) => value switch
    {
        null => "null",
        string s => $"'{s}'",
        IDictionary map => "{" + string.Join(", ", Entries(map).Select(e => $"{Leaf(e.Key)}: {Leaf(e.Value)}")) + "}",
        IEnumerable items => "[" + string.Join(", ", items.Cast<object?>().Select(Leaf)) + "]",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    private static IEnumerable<DictionaryEntry> Entries(IDictionary map)
    {
        var entries = map.GetEnumerator();
        while (entries.MoveNext())
        {
            yield return entries.Entry;
        }
    }
}
