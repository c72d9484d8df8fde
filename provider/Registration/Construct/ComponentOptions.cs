using System.Collections.Immutable;

namespace TidbDms.Provider.Registration.Construct;

/// <summary>
/// The resource options of the component, as <c>ConstructRequest</c> carries them. The engine
/// applies none of the child-relevant ones to a component (pulumi/pulumi#9704), so the component
/// registration passes them on and <see cref="Registrar"/> applies them to every child.
/// </summary>
/// <param name="Parent">The component's parent URN (usually the stack).</param>
/// <param name="Providers">Package name → provider reference (<c>urn::id</c>).</param>
/// <param name="Dependencies">The component's <c>dependsOn</c> URNs.</param>
/// <param name="AdditionalSecretOutputs">Component outputs the caller wants secret; applied to our own outputs.</param>
/// <param name="DeletedWith">A URN, or empty.</param>
internal sealed record ComponentOptions(
    string Parent,
    ImmutableSortedDictionary<string, string> Providers,
    ImmutableArray<string> Dependencies,
    bool? Protect,
    ImmutableArray<ResourceAlias> Aliases,
    ImmutableArray<string> AdditionalSecretOutputs,
    CustomTimeouts? CustomTimeouts,
    bool? RetainOnDelete,
    string DeletedWith,
    bool? DeleteBeforeReplace)
{
    /// <summary>No options: a component directly under <paramref name="parent"/>, default providers.</summary>
    public static ComponentOptions Default(string parent) => new(
        parent,
        ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal),
        [],
        null,
        [],
        [],
        null,
        null,
        "",
        null);

    /// <summary>The explicit AWS provider reference, or empty for the engine's default AWS provider.</summary>
    public string AwsProvider => Providers.TryGetValue("aws", out var reference) ? reference : "";
}
