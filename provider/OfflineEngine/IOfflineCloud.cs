namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// The cloud behind the offline engine: what a custom resource becomes once its provider has it,
/// and what a provider function returns. The engine itself handles URNs, preview and update
/// semantics, secrets and records; this answers only what a cloud provider would. The product's
/// implementation is <see cref="OfflineAwsCloud"/> (the facts an offline preview assumes); tests
/// plug in their own (Pulumi-style mocks).
/// </summary>
/// <remarks>Throw to fail a call as the provider would; the engine reports it as the Pulumi engine does.</remarks>
internal interface IOfflineCloud
{
    /// <summary>
    /// The ID and the outputs (besides the inputs, which the engine echoes) of a custom resource.
    /// In a dry run nothing is created: answer a null ID and only what is known before creation.
    /// </summary>
    Task<CloudResource> CreateAsync(CloudResourceRequest request, CancellationToken cancellationToken);

    /// <summary>The result of a provider function.</summary>
    Task<CloudInvokeResult> InvokeAsync(CloudInvokeRequest request, CancellationToken cancellationToken);
}
