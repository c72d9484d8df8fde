using System.CommandLine;
using TidbDms.Provider.Schema;

namespace TidbDms.Provider.Cli;

/// <summary>
/// <c>schema</c>: prints the package schema the plugin serves, e.g. for
/// <c>pulumi package gen-sdk</c> or to inspect the published inputs without starting an engine.
/// </summary>
internal static class SchemaCommand
{
    public static Command Create()
    {
        var command = new Command("schema", "Print the package schema (JSON) that the plugin serves to the Pulumi engine.");
        command.SetAction(parseResult =>
        {
            parseResult.InvocationConfiguration.Output.Write(PackageSchema.Json);
            return 0;
        });
        return command;
    }
}
