using System.Collections.Immutable;

namespace TidbDms.Provider.Planning;

/// <summary>
/// One AWS child the component registers: its pulumi-aws type token, logical name, inputs (with
/// pulumi-aws's exact names), explicit dependencies on other children, and the outputs pulumi-aws's
/// own SDK would register as additional secret outputs.
/// </summary>
internal sealed record PlannedResource(
    string Type,
    string Name,
    ImmutableSortedDictionary<string, PlanValue> Inputs,
    ImmutableArray<string> DependsOn,
    ImmutableArray<string> AdditionalSecretOutputs)
{
    /// <summary>The children this one's inputs refer to: its data references, which no ordering choice can remove.</summary>
    public ImmutableArray<string> References =>
        [.. Inputs.Values.SelectMany(v => v.ReferencedResources()).Distinct(StringComparer.Ordinal)];

    /// <summary>Every child this one waits for: the ones its inputs refer to, then its explicit dependencies.</summary>
    public ImmutableArray<string> Prerequisites => [.. References.Concat(DependsOn).Distinct(StringComparer.Ordinal)];

    /// <summary>True when the child names itself in AWS, so Pulumi must replace it delete-first (see <see cref="PhysicalNames"/>).</summary>
    public bool DeleteBeforeReplace => PhysicalNames.AreFixed(this);

    /// <summary>The inputs registered as secrets.</summary>
    public ImmutableArray<string> SecretInputs => [.. Inputs.Where(kv => kv.Value.ContainsSecret).Select(kv => kv.Key)];
}
