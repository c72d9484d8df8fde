using TidbDms.Provider.Tests.Cli;

namespace TidbDms.Provider.Tests.Hardening;

/// <summary>Programs for the hardening tests: the root quick start with parts of it replaced.</summary>
internal static class HardeningPrograms
{
    /// <summary>The root program's text.</summary>
    public static string Root => File.ReadAllText(RepositoryFiles.RootProgram).ReplaceLineEndings("\n");

    /// <summary>The root program with <paramref name="old"/> replaced by <paramref name="replacement"/> (which must be there).</summary>
    public static string RootWith(string old, string replacement)
    {
        var text = Root;
        if (!text.Contains(old, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"the root program has no '{old}'");
        }

        return text.Replace(old, replacement, StringComparison.Ordinal);
    }

    /// <summary>A small program with one component whose properties are <paramref name="properties"/> (indented by six spaces).</summary>
    public static string Component(string properties, string name = "migration", string type = "tidb-dms:TidbDmsMigration") => $"""
        name: hardening
        runtime: yaml
        resources:
          {name}:
            type: {type}
            properties:
        {properties}
        """;

    /// <summary>Valid Starter properties, six spaces in.</summary>
    public const string StarterProperties = """
              tier: Starter
              connectivity: PublicEndpoint
              endpointType: target
              cluster:
                host: gateway01.us-west-2.prod.aws.tidbcloud.com
                username: 4fXyZ8example.dms_user
                password: Plain-Pa55word
        """;
}
