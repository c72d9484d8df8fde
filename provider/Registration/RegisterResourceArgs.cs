using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Registration;

/// <summary>
/// One <c>RegisterResource</c> request in domain terms. <see cref="Inputs"/> keep secrets flagged
/// (the wire wraps them in the secret signature) and unknowns as <see cref="PropertyValue.Computed"/>.
/// </summary>
/// <param name="Parent">The parent URN: the request's parent for the component, the component for a child.</param>
/// <param name="Custom">True for AWS children, false for the component itself.</param>
internal sealed record RegisterResourceArgs(
    string Type,
    string Name,
    string Parent,
    bool Custom,
    ImmutableSortedDictionary<string, PropertyValue> Inputs)
{
    /// <summary>Every URN the resource depends on (sorted, distinct).</summary>
    public ImmutableArray<string> Dependencies { get; init; } = [];

    /// <summary>One entry per input sent, listing the URNs that input came from (empty for literals).</summary>
    public ImmutableSortedDictionary<string, ImmutableArray<string>> PropertyDependencies { get; init; } =
        ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>A provider reference (<c>urn::id</c>), or empty to let the engine use the default provider of <see cref="Version"/>.</summary>
    public string Provider { get; init; } = "";

    /// <summary>Package name → provider reference; only the component registration passes it on.</summary>
    public ImmutableSortedDictionary<string, string> Providers { get; init; } =
        ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>The provider plugin version for the default provider (pulumi-aws's, for children).</summary>
    public string Version { get; init; } = "";

    public bool? Protect { get; init; }

    public bool? RetainOnDelete { get; init; }

    public bool? DeleteBeforeReplace { get; init; }

    /// <summary>The URN whose deletion deletes this resource too, or empty.</summary>
    public string DeletedWith { get; init; } = "";

    public CustomTimeouts? CustomTimeouts { get; init; }

    public ImmutableArray<ResourceAlias> Aliases { get; init; } = [];

    /// <summary>Outputs the engine must store and return as secrets.</summary>
    public ImmutableArray<string> AdditionalSecretOutputs { get; init; } = [];

    /// <summary>"type name", for messages.</summary>
    public override string ToString() => $"{Type} '{Name}'";
}
