namespace TidbDms.Provider.Component;

/// <summary>Something allowed but risky (a Dedicated public endpoint without TLS, a region mismatch).</summary>
internal sealed record InputWarning(string Path, string Message)
{
    public override string ToString() => $"{Path}: {Message}";
}
