using System.Collections.Immutable;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>
/// One edge of a plan's graph: <paramref name="Child"/> waits for <paramref name="Prerequisite"/>
/// (for create; destroy runs it the other way).
/// </summary>
/// <param name="ReferencingInputs">The inputs of the child that read the prerequisite's outputs (a data reference), as paths; empty when none does.</param>
/// <param name="IsOrdering">True when the plan also lists the edge explicitly (<c>dependsOn</c>, registered in <c>dependencies</c> only).</param>
internal sealed record PlanEdge(string Child, string Prerequisite, ImmutableArray<string> ReferencingInputs, bool IsOrdering)
{
    public bool IsReference => !ReferencingInputs.IsEmpty;

    /// <summary>"child -> prerequisite  ref a, b; order", the golden files' notation.</summary>
    public override string ToString()
    {
        var why = new List<string>();
        if (IsReference)
        {
            why.Add($"ref {string.Join(", ", ReferencingInputs)}");
        }

        if (IsOrdering)
        {
            why.Add("order");
        }

        return $"{Child} -> {Prerequisite}  {string.Join("; ", why)}";
    }
}
