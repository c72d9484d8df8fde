namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// The engine refused a call of the in-process program (a duplicate URN, a package without a
/// plugin, a malformed token): the gRPC status name and message a program over gRPC would get.
/// </summary>
internal sealed class EngineCallException : Exception
{
    public EngineCallException(string status, string message)
        : base(message)
    {
        Status = status;
    }

    public EngineCallException()
        : this("Unknown", "the engine refused the call")
    {
    }

    public EngineCallException(string message)
        : this("Unknown", message)
    {
    }

    public EngineCallException(string message, Exception innerException)
        : base(message, innerException)
    {
        Status = "Unknown";
    }

    /// <summary>The gRPC status name (<c>InvalidArgument</c>, <c>FailedPrecondition</c>, …).</summary>
    public string Status { get; }
}
