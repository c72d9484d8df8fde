namespace TidbDms.Testing;

/// <summary>A failure the mock engine injects into one call, as a broken or stalled engine would behave.</summary>
internal abstract record MockFault
{
    /// <summary>Answer with this gRPC status (by name: <c>Internal</c>, <c>Unavailable</c>, …) and message.</summary>
    public sealed record Error(string Status, string Message) : MockFault;

    /// <summary>Drop the connection mid-call, as a crashed engine does.</summary>
    public sealed record DropConnection : MockFault;

    /// <summary>Never answer (until the caller gives up or the engine stops).</summary>
    public sealed record Stall : MockFault;
}
