namespace TidbDms.Provider.Cli;

/// <summary>
/// Config keys by Pulumi's rules: <c>namespace:name</c>, or the old <c>namespace:config:name</c>
/// (read as <c>namespace:name</c>); on the command line and in <c>Pulumi.yaml</c> a key without a
/// namespace is the project's. A stack's config file must name the namespace. Keys are kept as the
/// resolver keeps them: the project's without their namespace, any other with it.
/// </summary>
internal static class ConfigKey
{
    /// <summary>The key as the resolver keeps it, or null with <paramref name="problem"/> (Pulumi's wording).</summary>
    /// <param name="namespaceRequired">True for a stack config file, where Pulumi requires <c>namespace:name</c>.</param>
    public static string? Normalize(string key, string project, bool namespaceRequired, out string? problem)
    {
        problem = null;
        var parts = key.Split(':');
        string? ns = null;
        string? name = null;
        switch (parts.Length)
        {
            case 1 when !namespaceRequired:
                name = parts[0];
                break;
            case 2:
                (ns, name) = (parts[0], parts[1]);
                break;
            case 3 when parts[1] == "config":
                (ns, name) = (parts[0], parts[2]);
                break;
        }

        if (name is null || name.Length == 0 || ns is { Length: 0 })
        {
            problem = namespaceRequired && parts.Length == 1
                ? $"'{key}' is not a configuration key of a stack file: write it as '{project}:{key}' (configuration keys should be of the form `<namespace>:<name>`)"
                : $"could not parse '{key}' as a configuration key (configuration keys should be of the form `<namespace>:<name>`)";
            return null;
        }

        return ns is null || ns == project ? name : $"{ns}:{name}";
    }
}
