namespace TidbDms.Provider.Cli;

/// <summary>
/// What a preview engine needs to know about the deployment besides the component's inputs:
/// the project and stack (they make the URNs and the DMS identifiers), and the AWS region the
/// offline preview assumes (the program's <c>aws:region</c>, else the cluster host's region).
/// </summary>
internal sealed record PreviewContext(string Project, string Stack, string Region)
{
    /// <summary>The URN of the stack resource every top-level resource of the program is parented to.</summary>
    public string StackUrn => Urn(StackType, $"{Project}-{Stack}");

    public const string StackType = "pulumi:pulumi:Stack";

    /// <summary>A resource's URN as the engine builds it: the parent's type chain (the stack's excluded), then the name.</summary>
    public string Urn(string qualifiedType, string name) => $"urn:pulumi:{Stack}::{Project}::{qualifiedType}::{name}";
}
