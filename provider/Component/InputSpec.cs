namespace TidbDms.Provider.Component;

/// <summary>
/// One input of the contract: its path (<c>cluster.sslMode</c>), type, flags, documented default
/// and description. <see cref="ContractInputs"/> lists them all; the schema is generated from that
/// list and the reader refuses any path that is not on it.
/// </summary>
/// <param name="Path">Dotted path from the component's inputs; one level of nesting at most.</param>
/// <param name="Required">Required within its parent object (top level: required outright).</param>
/// <param name="DefaultText">How the default reads in docs ("4000", "verify-full on PublicEndpoint, else none"); null for none.</param>
/// <param name="DefaultValue">The schema <c>default</c> when the default is a constant; null when it depends on other inputs.</param>
internal sealed record InputSpec(
    string Path,
    InputType Type,
    string Description,
    bool Plain = false,
    bool Secret = false,
    bool Required = false,
    string? DefaultText = null,
    object? DefaultValue = null,
    string? EnumName = null,
    string? ObjectName = null)
{
    /// <summary>The last segment of <see cref="Path"/>: the property name inside its parent.</summary>
    public string Name => Path[(Path.LastIndexOf('.') + 1)..];

    /// <summary>The parent object's path, or null at top level.</summary>
    public string? ParentPath => Path.Contains('.', StringComparison.Ordinal) ? Path[..Path.LastIndexOf('.')] : null;
}
