namespace TidbDms.Provider.Registration;

/// <summary>
/// The program is fine but the world it deploys into is not ready for it, and the user must fix that
/// outside the program: the account-wide DMS role is missing, the AWS provider's region differs from
/// the PrivateLink service's, an invoke the component depends on failed. Reported as
/// FAILED_PRECONDITION with this message, which must say what is missing and how to fix it.
/// </summary>
internal sealed class EnvironmentException : Exception
{
    public EnvironmentException(string message)
        : base(message)
    {
    }

    public EnvironmentException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
