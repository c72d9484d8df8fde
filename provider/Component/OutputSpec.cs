namespace TidbDms.Provider.Component;

/// <summary>One output of the component. <see cref="IsList"/> outputs are lists of strings.</summary>
internal sealed record OutputSpec(string Name, bool IsList, string Description, bool Secret = false);
