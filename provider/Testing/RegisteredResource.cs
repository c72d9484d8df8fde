using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Testing;

/// <summary>
/// One <c>RegisterResource</c> call as an engine saw it: what the mock engine records, and what the
/// offline <c>preview</c> renders. <see cref="Inputs"/> keeps secrets wrapped and unknowns unknown.
/// </summary>
internal sealed record RegisteredResource(
    string Urn,
    string Type,
    string Name,
    string Parent,
    bool Custom,
    ImmutableSortedDictionary<string, PropertyValue> Inputs,
    ImmutableArray<string> Dependencies,
    ImmutableSortedDictionary<string, ImmutableArray<string>> PropertyDependencies,
    string Provider,
    string Version,
    ImmutableArray<string> AdditionalSecretOutputs)
{
    /// <summary>What an engine records for <paramref name="args"/> once it has given the resource <paramref name="urn"/>.</summary>
    public static RegisteredResource From(string urn, RegisterResourceArgs args) => new(
        urn,
        args.Type,
        args.Name,
        args.Parent,
        args.Custom,
        args.Inputs,
        args.Dependencies,
        args.PropertyDependencies,
        args.Provider,
        args.Version,
        args.AdditionalSecretOutputs);

    /// <summary>
    /// The component as the program declared it, for a preview whose Construct failed before the
    /// component was registered (its inputs were refused): parented to the stack, with its inputs.
    /// </summary>
    public static RegisteredResource DeclaredComponent(
        string stack, string project, string stackUrn, string name, ImmutableSortedDictionary<string, PropertyValue> inputs) => new(
        ResourceUrn.Create(stack, project, stackUrn, Tokens.TidbDmsMigration, name),
        Tokens.TidbDmsMigration,
        name,
        stackUrn,
        Custom: false,
        inputs,
        [],
        ImmutableSortedDictionary<string, ImmutableArray<string>>.Empty,
        Provider: "",
        Version: "",
        []);
}
