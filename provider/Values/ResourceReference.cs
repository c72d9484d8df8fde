namespace TidbDms.Provider.Values;

/// <summary>
/// A reference to another resource, as the engine sends it when resource references are accepted.
/// <see cref="Id"/> is null for components and <see cref="PropertyValue.Computed"/> while a custom
/// resource is not created yet.
/// </summary>
internal sealed record ResourceReference(string Urn, PropertyValue? Id, string PackageVersion);
