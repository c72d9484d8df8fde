using TidbDms.Provider.OfflineEngine;

namespace TidbDms.Testing;

/// <summary>
/// The offline engine's cloud answered by Pulumi-style <see cref="IMocks"/>: each custom resource
/// is <c>NewResourceAsync</c>, each function <c>CallAsync</c>, with values converted both ways.
/// </summary>
internal sealed class MocksCloud : IOfflineCloud
{
    private readonly IMocks _mocks;

    public MocksCloud(IMocks mocks)
    {
        _mocks = mocks;
    }

    public async Task<CloudResource> CreateAsync(CloudResourceRequest request, CancellationToken cancellationToken)
    {
        var (id, state) = await _mocks.NewResourceAsync(new MockResourceArgs(
            request.Type, request.Name, request.Inputs, request.Provider, "", Custom: true, request.Parent, request.Urn, request.DryRun)).ConfigureAwait(false);
        return new CloudResource(id, MockValues.ToProperties(state));
    }

    public async Task<CloudInvokeResult> InvokeAsync(CloudInvokeRequest request, CancellationToken cancellationToken)
    {
        var result = await _mocks.CallAsync(new MockCallArgs(request.Token, request.Args, request.Provider)).ConfigureAwait(false);
        return ReferenceEquals(result, MockValues.UnknownResult) ? CloudInvokeResult.Unknown : CloudInvokeResult.Of(MockValues.ToProperties(result));
    }
}
