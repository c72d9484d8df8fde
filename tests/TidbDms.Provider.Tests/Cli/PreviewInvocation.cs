using System.CommandLine;
using TidbDms.Provider.Cli;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>Runs a command line in process, with its output and error captured.</summary>
internal static class PreviewInvocation
{
    public sealed record Outcome(int ExitCode, string Output, string Error)
    {
        public string All => Output + Error;
    }

    /// <summary>The real CLI (the offline engine and the plugin behind it).</summary>
    public static Task<Outcome> RunCliAsync(params string[] args) => RunAsync(CliApp.Build(), args);

    /// <summary>The <c>preview</c> verb against the given cloud and plugin.</summary>
    public static Task<Outcome> RunAsync(PreviewEnvironment environment, params string[] args)
    {
        var root = new RootCommand("test") { PreviewCommand.Create(environment) };
        return RunAsync(root, args);
    }

    private static async Task<Outcome> RunAsync(RootCommand root, string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliRunner.RunAsync(root, args, output, error);
        return new Outcome(exitCode, output.ToString().ReplaceLineEndings("\n"), error.ToString().ReplaceLineEndings("\n"));
    }
}
