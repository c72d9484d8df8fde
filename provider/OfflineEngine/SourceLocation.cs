namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// Where in its program a resource was declared, as an SDK reports it with the registration
/// (<c>sourcePosition</c>: the Node SDK sends the line of the user's <c>new …(…)</c>): a URI
/// (<c>file:///…/index.ts</c>), a 1-based line and column.
/// </summary>
internal sealed record SourceLocation(string Uri, int Line, int Column)
{
    /// <summary>The local file the URI names, or null when it is not a <c>file:</c> URI.</summary>
    public string? FilePath =>
        System.Uri.TryCreate(Uri, UriKind.Absolute, out var uri) && uri.IsFile ? uri.LocalPath : null;
}
