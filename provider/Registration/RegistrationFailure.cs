namespace TidbDms.Provider.Registration;

/// <summary>Why talking to the engine failed during Construct; the RPC layer picks the status from it.</summary>
internal enum RegistrationFailure
{
    /// <summary>The engine answered with an error (a child failed, an invoke failed, the connection broke).</summary>
    EngineError,

    /// <summary>The engine is shutting down (cancelled, or another resource failed); the cause is reported elsewhere.</summary>
    EngineStopping,

    /// <summary>The engine did not answer within the per-call timeout.</summary>
    Timeout,
}
