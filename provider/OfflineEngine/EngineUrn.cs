namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// URNs as the Pulumi engine generates them for a registration:
/// <c>urn:pulumi:&lt;stack&gt;::&lt;project&gt;::&lt;qualifiedType&gt;::&lt;name&gt;</c>, where the qualified
/// type is the parent's qualified type, <c>$</c>, then the type, unless the parent is the stack or
/// there is none. The engine is the authority on URNs; a provider only predicts them.
/// </summary>
internal static class EngineUrn
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

    /// <summary>The <c>parent$…$type</c> part of a URN (empty when it is not a URN).</summary>
    public static string QualifiedType(string urn)
    {
        var parts = urn.Split("::", 4);
        return parts.Length == 4 && parts[0].StartsWith(Prefix, StringComparison.Ordinal) ? parts[2] : "";
    }
}
