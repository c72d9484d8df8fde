namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// A way for tests and the benchmark to take part in the engine's work; nothing in the product sets
/// one. (Faults on the wire, such as errors, dropped connections and stalls, are injected with gRPC
/// server interceptors instead: see <see cref="OfflineEngineOptions.Interceptors"/>.)
/// </summary>
internal interface IEngineHooks
{
    /// <summary>
    /// Called when the answer to a (non-remote) registration is ready, before the engine records and
    /// sends it. <paramref name="arrivedAt"/> is the Stopwatch timestamp of the request's arrival.
    /// A real engine's step waits on the cloud here: delay to model that.
    /// </summary>
    Task BeforeAnswerAsync(RegisteredResource resource, long arrivedAt, CancellationToken cancellationToken);
}
