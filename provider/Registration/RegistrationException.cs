namespace TidbDms.Provider.Registration;

/// <summary>
/// Construct could not finish because of the engine: the message names the call and the resource
/// or function it was for, and what the engine said. Never carries a secret: messages are built
/// from type tokens, names and the engine's own status text.
/// </summary>
internal sealed class RegistrationException : Exception
{
    public RegistrationException(RegistrationFailure failure, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Failure = failure;
    }

    public RegistrationFailure Failure { get; }
}
