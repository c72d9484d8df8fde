namespace TidbDms.Testing;

/// <summary>
/// What the offline engine asks (through <see cref="MocksCloud"/>) whenever a custom resource is
/// registered or a function is called, modelled on Pulumi's own testing API
/// (<c>Pulumi.Testing.IMocks</c>). Values may be plain C# values (string, bool, numbers, lists,
/// string-keyed dictionaries) or <see cref="Provider.Values.PropertyValue"/>s.
/// </summary>
internal interface IMocks
{
    /// <summary>
    /// The ID and state of a new resource. A null ID reads as "not created yet" in a preview; the
    /// engine adds the inputs to the state, as a provider's outputs include its inputs.
    /// </summary>
    Task<(string? Id, IDictionary<string, object?> State)> NewResourceAsync(MockResourceArgs args);

    /// <summary>The result of a provider function (invoke). Throw to fail it as the provider would.</summary>
    Task<IDictionary<string, object?>> CallAsync(MockCallArgs args);
}
