using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// One <c>RegisterResource</c> request as the engine decoded it, with the URN it gave (or, for a
/// remote component, the URN its provider registered it under). <see cref="Inputs"/> keep secrets
/// flagged and unknowns <see cref="PropertyValue.Computed"/>. A remote registration (<see cref="Remote"/>)
/// is the program's request for a component; the component's own registration, made by its
/// provider during <c>Construct</c>, is a separate record with the same URN.
/// </summary>
internal sealed record RegisteredResource(
    string Urn,
    string Type,
    string Name,
    string Parent,
    bool Custom,
    bool Remote,
    ImmutableSortedDictionary<string, PropertyValue> Inputs,
    ImmutableArray<string> Dependencies,
    ImmutableSortedDictionary<string, ImmutableArray<string>> PropertyDependencies)
{
    /// <summary>A provider reference (<c>urn::id</c>), or empty for the default provider of <see cref="Version"/>.</summary>
    public string Provider { get; init; } = "";

    /// <summary>Package name → provider reference (a component passes them on to its children).</summary>
    public ImmutableSortedDictionary<string, string> Providers { get; init; } =
        ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The plugin version the default provider is chosen by.</summary>
    public string Version { get; init; } = "";

    public ImmutableArray<string> AdditionalSecretOutputs { get; init; } = [];

    public bool? Protect { get; init; }

    public bool? RetainOnDelete { get; init; }

    public bool? DeleteBeforeReplace { get; init; }

    /// <summary>The URN whose deletion deletes this resource too, or empty.</summary>
    public string DeletedWith { get; init; } = "";

    /// <summary>Inputs whose changes the engine ignores on update.</summary>
    public ImmutableArray<string> IgnoreChanges { get; init; } = [];

    /// <summary>Inputs whose changes the engine turns into a replacement.</summary>
    public ImmutableArray<string> ReplaceOnChanges { get; init; } = [];

    /// <summary>Where the program declared it, when its SDK said (null for the in-process program and for providers that do not).</summary>
    public SourceLocation? Source { get; init; }

    /// <summary>True for the stack, the root every other resource of a program hangs under.</summary>
    public bool IsStack => string.Equals(Type, ResourceUrn.StackType, StringComparison.Ordinal) && Parent.Length == 0;
}
