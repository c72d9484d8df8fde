using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>
/// A component a program declares with a provider of its own (<c>remote: true</c>), with its
/// resource options. <see cref="Inputs"/> may hold secrets, unknowns and values with dependencies.
/// </summary>
/// <param name="Type">The full type token (<c>tidb-dms:index:TidbDmsMigration</c>): its package picks the plugin.</param>
internal sealed record RemoteComponentRegistration(string Type, string Name, ImmutableSortedDictionary<string, PropertyValue> Inputs)
{
    /// <summary>The parent URN; empty for the program's stack.</summary>
    public string Parent { get; init; } = "";

    /// <summary>The package version the program's SDK (or its <c>version</c> option) asks for.</summary>
    public string Version { get; init; } = "";

    public string PluginDownloadUrl { get; init; } = "";

    public bool? Protect { get; init; }

    public bool? RetainOnDelete { get; init; }

    public bool? DeleteBeforeReplace { get; init; }

    public ImmutableArray<string> Dependencies { get; init; } = [];

    public ImmutableArray<string> AdditionalSecretOutputs { get; init; } = [];

    public ImmutableArray<string> IgnoreChanges { get; init; } = [];

    public ImmutableArray<string> ReplaceOnChanges { get; init; } = [];

    public ComponentTimeouts? CustomTimeouts { get; init; }

    /// <summary>Package name → provider reference (<c>urn::id</c>).</summary>
    public ImmutableSortedDictionary<string, string> Providers { get; init; } =
        ImmutableSortedDictionary<string, string>.Empty.WithComparers(StringComparer.Ordinal);
}
