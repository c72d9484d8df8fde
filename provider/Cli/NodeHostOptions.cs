namespace TidbDms.Provider.Cli;

/// <summary>How Node.js programs are run: which <c>node</c>, and how long a program may take.</summary>
internal sealed record NodeHostOptions
{
    /// <summary>The default bound on one program's run: far above what a program of this package takes (seconds).</summary>
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromMinutes(5);

    /// <summary>The <c>node</c> executable; null to find <c>node</c> on <c>PATH</c>, as the Pulumi CLI does.</summary>
    public string? Node { get; init; }

    /// <summary>A program still running after this long is stopped, and the preview fails saying so.</summary>
    public TimeSpan Timeout { get; init; } = DefaultTimeout;
}
