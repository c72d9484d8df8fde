using System.CommandLine;

namespace TidbDms.Provider.Cli;

/// <summary>
/// The executable's verbs. With no verb the executable is the plugin the engine starts (see
/// <see cref="Program"/>), so the verbs live beside the gRPC server without slowing its start.
/// </summary>
internal static class CliApp
{
    /// <summary>Each verb is one file in this folder with a <c>Create()</c> factory; add it here.</summary>
    public static RootCommand Build()
    {
        var root = new RootCommand("pulumi-resource-tidb-dms: the TidbDmsMigration component provider. Run with no verb (as the Pulumi engine does) to serve the plugin protocol.");
        root.Subcommands.Add(PreviewCommand.Create());
        root.Subcommands.Add(PreflightCommand.Create());
        root.Subcommands.Add(SchemaCommand.Create());
        return root;
    }

    public static bool IsVerb(string arg) =>
        Build().Subcommands.Any(c => string.Equals(c.Name, arg, StringComparison.Ordinal))
        || arg is "--help" or "-h" or "-?" or "--version";
}
