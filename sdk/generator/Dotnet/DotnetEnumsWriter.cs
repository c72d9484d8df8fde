using TidbDms.SdkGenerator.Model;

namespace TidbDms.SdkGenerator.Dotnet;

/// <summary>Writes <c>Enums.cs</c>: each string enum as an <c>[EnumType]</c> readonly struct with a static member per value.</summary>
internal static class DotnetEnumsWriter
{
    public static string Write(PackageModel package, string ns)
    {
        var w = DotnetTypes.Header("System", "System.ComponentModel", "Pulumi");
        w.Line($"namespace {ns}");
        w.Line("{");
        var first = true;
        foreach (var e in package.Enums)
        {
            if (!first)
            {
                w.Line();
            }

            first = false;
            var n = e.Name;
            DotnetTypes.Summary(w, e.Description, "    ");
            w.Line("    [EnumType]");
            w.Line($"    public readonly struct {n} : IEquatable<{n}>");
            w.Line("    {");
            w.Line("        private readonly string _value;");
            w.Line();
            w.Line($"        private {n}(string value)");
            w.Line("        {");
            w.Line("            _value = value ?? throw new ArgumentNullException(nameof(value));");
            w.Line("        }");
            w.Line();
            foreach (var value in e.Values)
            {
                DotnetTypes.Summary(w, value.Description, "        ");
                w.Line($"        public static {n} {Names.Pascal(value.Name)} {{ get; }} = new {n}({Text.Quote(value.Value)});");
            }

            w.Line();
            w.Line($"        public static bool operator ==({n} left, {n} right) => left.Equals(right);");
            w.Line($"        public static bool operator !=({n} left, {n} right) => !left.Equals(right);");
            w.Line();
            w.Line($"        public static explicit operator string({n} value) => value._value;");
            w.Line();
            w.Line("        [EditorBrowsable(EditorBrowsableState.Never)]");
            w.Line($"        public override bool Equals(object? obj) => obj is {n} other && Equals(other);");
            w.Line($"        public bool Equals({n} other) => string.Equals(_value, other._value, StringComparison.Ordinal);");
            w.Line();
            w.Line("        [EditorBrowsable(EditorBrowsableState.Never)]");
            w.Line("        public override int GetHashCode() => _value?.GetHashCode() ?? 0;");
            w.Line();
            w.Line("        public override string ToString() => _value;");
            w.Line("    }");
        }

        w.Line("}");
        return w.ToString();
    }
}
