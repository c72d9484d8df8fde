namespace TidbDms.Benchmarks;

/// <summary>
/// One start of a plugin build: spawn to the port line on stdout (what the engine waits for), spawn
/// to the reply of its first RPC, and the peak resident set (VmHWM) at those two moments.
/// </summary>
internal sealed record StartupSample(double PortMs, double FirstReplyMs, double PeakRssAtPortMb, double PeakRssAfterCallMb);
