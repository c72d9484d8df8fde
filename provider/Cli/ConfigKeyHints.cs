namespace TidbDms.Provider.Cli;

/// <summary>
/// Warnings for config keys nothing reads, which are almost always misspelt: a project key the
/// program does not declare, an <c>aws:</c> key pulumi-aws does not have, or a namespace one letter
/// off the project's. Each names the key and where it came from, never its value, and suggests the
/// nearest key that exists.
/// </summary>
internal static class ConfigKeyHints
{
    /// <summary>pulumi-aws's provider configuration keys (the <c>aws:</c> namespace).</summary>
    public static readonly string[] AwsKeys =
    [
        "accessKey", "allowedAccountIds", "assumeRole", "assumeRoleWithWebIdentity", "customCaBundle", "defaultTags",
        "ec2MetadataServiceEndpoint", "ec2MetadataServiceEndpointMode", "endpoints", "forbiddenAccountIds", "httpProxy",
        "httpsProxy", "ignoreTags", "insecure", "maxRetries", "noProxy", "profile", "region", "retryMode",
        "s3UsEast1RegionalEndpoint", "s3UsePathStyle", "secretKey", "sharedConfigFiles", "sharedCredentialsFiles",
        "skipCredentialsValidation", "skipMetadataApiCheck", "skipRegionValidation", "skipRequestingAccountId",
        "stsRegion", "token", "tokenBucketRateLimiterCapacity", "useDualstackEndpoint", "useFipsEndpoint",
    ];

    /// <summary>
    /// The warning for <paramref name="key"/> (as the resolver keeps keys: the project's without
    /// their namespace), or null when something reads it.
    /// </summary>
    /// <param name="source">How the key was given, for the message: <c>--config 'x'</c> or <c>config 'proj:x'</c>.</param>
    public static string? Warning(string key, string source, PulumiProgram program)
    {
        var declared = program.Config.Select(c => c.Key).ToList();
        var colon = key.IndexOf(':', StringComparison.Ordinal);
        if (colon < 0)
        {
            var suggestion = Nearest(key, declared.Where(k => !k.Contains(':', StringComparison.Ordinal)));
            if (program.Runtime.IsNodeJs)
            {
                // A Node.js program may read config it does not declare: warn only about a likely misspelling.
                return suggestion is null ? null : $"{source}: Pulumi.yaml declares no config '{key}'; did you mean '{suggestion}'?";
            }

            return $"{source}: the program declares no config '{key}', so nothing reads it"
                + (suggestion is null ? $" (it declares {Quoted(declared)})" : $"; did you mean '{suggestion}'?");
        }

        var ns = key[..colon];
        var name = key[(colon + 1)..];
        if (ns == "aws")
        {
            if (AwsKeys.Contains(name, StringComparer.Ordinal) || declared.Contains(key, StringComparer.Ordinal))
            {
                return null;
            }

            var suggestion = Nearest(name, AwsKeys);
            return $"{source}: pulumi-aws has no setting '{key}', so nothing reads it"
                + (suggestion is null ? "" : $"; did you mean 'aws:{suggestion}'?");
        }

        if (declared.Contains(key, StringComparer.Ordinal))
        {
            return null;
        }

        foreach (var known in new[] { program.Name, "aws" })
        {
            if (Distance(ns, known) is > 0 and <= 2)
            {
                return $"{source}: no package or project is named '{ns}', so nothing reads it; did you mean '{known}:{name}'?";
            }
        }

        return null;
    }

    /// <summary>The closest candidate within a few edits (case ignored), or null.</summary>
    public static string? Nearest(string key, IEnumerable<string> candidates)
    {
        var limit = Math.Clamp(key.Length / 3, 1, 3);
        return candidates
            .Select(c => (Candidate: c, Distance: Distance(key.ToLowerInvariant(), c.ToLowerInvariant())))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Candidate, StringComparer.Ordinal)
            .Select(c => c.Candidate)
            .FirstOrDefault();
    }

    /// <summary>Edits (insert, delete, substitute, swap two neighbours) from one string to the other.</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }

    private static string Quoted(List<string> keys) =>
        keys.Count == 0 ? "no config" : string.Join(", ", keys.Select(k => $"'{k}'"));
}
