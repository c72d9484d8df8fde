namespace TidbDms.Provider.Values;

/// <summary>
/// URNs as the engine builds them: <c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;qualifiedType&gt;::&lt;name&gt;</c>,
/// where the qualified type is the parent's qualified type, <c>$</c>, then the type, unless the
/// parent is the stack or there is none. The engine is the authority on URNs (the offline engine
/// builds them with this); a provider only predicts them (the component's aliases).
/// </summary>
internal static class ResourceUrn
{
    /// <summary>The type of the root resource every program registers first.</summary>
    public const string StackType = "pulumi:pulumi:Stack";

    private const string Prefix = "urn:pulumi:";

    public static string Create(string stack, string project, string parentUrn, string type, string name)
    {
        var qualifiedType = type;
        if (parentUrn.Length > 0)
        {
            var parentType = QualifiedType(parentUrn);
            if (!string.Equals(parentType, StackType, StringComparison.Ordinal))
            {
                qualifiedType = parentType + "$" + type;
            }
        }

        return $"{Prefix}{stack}::{project}::{qualifiedType}::{name}";
    }

    /// <summary>The stack URN of a project's stack: the usual parent of a top-level component.</summary>
    public static string ForStack(string stack, string project) => Create(stack, project, "", StackType, $"{project}-{stack}");

    /// <summary>The <c>parent$…$type</c> part.</summary>
    public static string QualifiedType(string urn) => Parts(urn).QualifiedType;

    /// <summary>The last segment of the qualified type.</summary>
    public static string Type(string urn)
    {
        var qualified = QualifiedType(urn);
        return qualified[(qualified.LastIndexOf('$') + 1)..];
    }

    /// <summary>The logical name (which may itself contain <c>::</c>).</summary>
    public static string Name(string urn) => Parts(urn).Name;

    private static (string QualifiedType, string Name) Parts(string urn)
    {
        var parts = urn.Split("::", 4);
        if (parts.Length != 4 || !parts[0].StartsWith(Prefix, StringComparison.Ordinal))
        {
            throw new FormatException($"'{urn}' is not a Pulumi URN (urn:pulumi:<stack>::<project>::<type>::<name>)");
        }

        return (parts[2], parts[3]);
    }
}
