namespace TidbDms.Provider.Values;

/// <summary>
/// A value on the wire that does not follow Pulumi's encoding (an unrecognized signature, a secret
/// without <c>value</c>, ...). The message names the property path and the problem, never the value,
/// which may be a secret.
/// </summary>
internal sealed class WireFormatException : FormatException
{
    public WireFormatException(string path, string problem)
        : base($"{(path.Length == 0 ? "value" : path)}: {problem}")
    {
        Path = path;
    }

    /// <summary>Where the bad value sits, as a property path (<c>cluster.tags[0]</c>); empty for the root.</summary>
    public string Path { get; }
}
