using System.Diagnostics;
using TidbDms.Provider.OfflineEngine;

namespace TidbDms.Testing;

/// <summary>
/// Makes every registration the offline engine answers take <see cref="Latency"/> from its arrival
/// to its answer, as a real engine's step takes time (its own work falls inside it).
/// </summary>
internal sealed class FixedLatency : IEngineHooks
{
    public FixedLatency(TimeSpan latency)
    {
        Latency = latency;
    }

    public TimeSpan Latency { get; }

    public async Task BeforeAnswerAsync(RegisteredResource resource, long arrivedAt, CancellationToken cancellationToken)
    {
        var remaining = Latency - Stopwatch.GetElapsedTime(arrivedAt);
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, cancellationToken).ConfigureAwait(false);
        }
    }
}
