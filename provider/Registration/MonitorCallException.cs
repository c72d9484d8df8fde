namespace TidbDms.Provider.Registration;

/// <summary>
/// The engine answered a call with an error, or the connection to it failed. Thrown by
/// <see cref="IResourceMonitor"/> and <see cref="IEngineLog"/> implementations; the registration
/// code adds which resource or function the call was for.
/// </summary>
internal sealed class MonitorCallException : Exception
{
    public MonitorCallException(string status, string detail, bool engineStopping, Exception? innerException = null)
        : base($"{status}: {detail}", innerException)
    {
        Status = status;
        Detail = detail;
        EngineStopping = engineStopping;
    }

    /// <summary>The gRPC status name the engine answered with (<c>Internal</c>, <c>Unavailable</c>), or what went wrong locally.</summary>
    public string Status { get; }

    /// <summary>The engine's message.</summary>
    public string Detail { get; }

    /// <summary>
    /// True when the engine is shutting down (<c>Unavailable</c>, <c>Cancelled</c>): another
    /// resource failed or the user cancelled, so the cause is reported elsewhere.
    /// </summary>
    public bool EngineStopping { get; }
}
