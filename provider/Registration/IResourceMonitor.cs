using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Registration;

/// <summary>
/// The engine's <c>ResourceMonitor</c>, in domain terms: what Construct calls back while it runs.
/// Production wraps the gRPC client (<c>Rpc/GrpcResourceMonitor</c>); tests use Moq, or the offline engine over gRPC.
/// </summary>
/// <remarks>
/// Implementations throw <see cref="MonitorCallException"/> when the engine answers with an error
/// or the connection fails, and <see cref="OperationCanceledException"/> when the token is cancelled.
/// </remarks>
internal interface IResourceMonitor
{
    /// <summary>Registers one resource and waits until the engine has finished its step.</summary>
    Task<RegisterResourceResult> RegisterResourceAsync(RegisterResourceArgs args, CancellationToken cancellationToken);

    /// <summary>Records the component's outputs in the checkpoint (the engine does not do it for components).</summary>
    Task RegisterResourceOutputsAsync(string urn, ImmutableSortedDictionary<string, PropertyValue> outputs, CancellationToken cancellationToken);

    /// <summary>Calls a provider function, e.g. <c>aws:index/getRegion:getRegion</c>.</summary>
    /// <param name="provider">A provider reference (<c>urn::id</c>), or empty for the default provider of <paramref name="version"/>.</param>
    Task<InvokeResult> InvokeAsync(
        string token,
        ImmutableSortedDictionary<string, PropertyValue> args,
        string provider,
        string version,
        CancellationToken cancellationToken);
}
