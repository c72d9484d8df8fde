using TidbDms.Provider.Cli;
using TidbDms.Provider.Hosting;

namespace TidbDms.Provider;

/// <summary>
/// Entry point. The engine starts the plugin as <c>pulumi-resource-tidb-dms [flags] &lt;engine-address&gt;</c>:
/// anything that is not a verb goes to the plugin server untouched, so engine flags never meet the
/// CLI parser and serving pays nothing for the CLI.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Length > 0 && CliApp.IsVerb(args[0]))
        {
            return await CliRunner.RunAsync(CliApp.Build(), args, Console.Out, Console.Error).ConfigureAwait(false);
        }

        return await ProviderHost.RunAsync(args).ConfigureAwait(false);
    }
}
