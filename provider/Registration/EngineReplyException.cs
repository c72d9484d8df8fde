namespace TidbDms.Provider.Registration;

/// <summary>
/// The engine answered a registration with an output of a kind the component cannot use (a number
/// where a string was expected, an object where a list was). The message names the resource, the
/// output, what was expected and what came (its kind, never its value, which may be a secret).
/// </summary>
internal sealed class EngineReplyException : Exception
{
    public EngineReplyException(string resource, string output, string expected, string got)
        : base($"the engine's reply for '{resource}' has output '{output}' as {got}, where the component expects {expected}")
    {
    }
}
