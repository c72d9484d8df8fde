using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Cli;

/// <summary>
/// The AWS region of a preview, taken as Pulumi's AWS provider takes it: the <c>aws:region</c>
/// config, then the <c>AWS_REGION</c> environment variable, then <c>AWS_DEFAULT_REGION</c>. The
/// provider would stop without one; an offline preview goes on with an assumed region (the one the
/// first cluster host names, else <see cref="PreviewRunner.FallbackRegion"/>) and says so, as it says
/// that the availability zones are the offline engine's stand-ins (<c>&lt;region&gt;a</c>…), not AWS's.
/// </summary>
/// <param name="Source">Where the region came from, as shown to the user.</param>
internal sealed record RegionChoice(string Region, string Source, bool Assumed)
{
    /// <summary>The region, from the program's config, the environment, or an assumption.</summary>
    public static RegionChoice For(
        IReadOnlyDictionary<string, PropertyValue> config,
        IEnumerable<ImmutableSortedDictionary<string, PropertyValue>> components,
        Func<string, string?>? environment = null)
    {
        environment ??= Environment.GetEnvironmentVariable;
        if (config.TryGetValue("aws:region", out var region) && !region.IsSecret && region.TryGetString(out var configured) && configured.Length > 0)
        {
            return new(configured, "the aws:region config", false);
        }

        foreach (var variable in new[] { "AWS_REGION", "AWS_DEFAULT_REGION" })
        {
            if (environment(variable) is { Length: > 0 } fromEnvironment)
            {
                return new(fromEnvironment.Trim(), $"the {variable} environment variable", false);
            }
        }

        foreach (var inputs in components)
        {
            if (inputs.TryGetValue("cluster", out var cluster) && cluster.TryGetObject(out var entries)
                && entries.TryGetValue("host", out var host) && host.TryGetString(out var hostName)
                && TidbHost.TryGetAwsRegion(hostName, out var hostRegion))
            {
                return new(hostRegion, $"assumed from the cluster host {hostName}", true);
            }
        }

        return new(PreviewRunner.FallbackRegion, "assumed (TiDB Cloud's first AWS region)", true);
    }

    /// <summary>What the preview assumed, one sentence each, for every output format.</summary>
    public ImmutableArray<string> Assumptions =>
    [
        .. Assumed
            ? [$"region {Region}: {Source}, as neither the aws:region config nor AWS_REGION nor AWS_DEFAULT_REGION gives one (pulumi up would stop without a region)"]
            : Array.Empty<string>(),
        $"availability zones {Region}a, {Region}b, …: the offline engine's stand-ins; AWS names the region's zones at pulumi up",
    ];
}
