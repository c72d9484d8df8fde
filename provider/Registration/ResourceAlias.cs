namespace TidbDms.Provider.Registration;

/// <summary>
/// An alias, as in <c>alias.proto</c>: either an old URN, or a spec whose unset fields mean "the
/// same as now". <see cref="NoParent"/> and a non-empty <see cref="ParentUrn"/> are exclusive.
/// </summary>
internal sealed record ResourceAlias(
    string Urn = "",
    string Name = "",
    string Type = "",
    string Stack = "",
    string Project = "",
    string ParentUrn = "",
    bool NoParent = false)
{
    public bool IsUrn => Urn.Length > 0;

    public static ResourceAlias FromUrn(string urn) => new(Urn: urn);
}
