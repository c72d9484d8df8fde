namespace TidbDms.Provider.Component;

/// <summary>
/// One violation of the contract: the property path as the user wrote it (<c>cluster.sslMode</c>),
/// the value received (already redacted to <c>[secret]</c> for secrets; null when absent), what is
/// wrong and allowed, and how to fix it.
/// </summary>
internal sealed record InputError(string Path, string? Value, string Problem, string Fix)
{
    /// <summary>
    /// The reason as the engine shows it after "property &lt;path&gt; with value '&lt;v&gt;' has a
    /// problem:", so it names neither the path nor the value again.
    /// </summary>
    public string Reason => $"{Problem}. {Fix}";

    public override string ToString() =>
        Value is null ? $"{Path}: {Reason}" : $"{Path} ('{Value}'): {Reason}";
}
