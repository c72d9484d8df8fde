using System.CommandLine;
using TidbDms.Provider.Cli;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>Runs the <c>preflight</c> verb in-process, with its stdin, environment and outputs captured.</summary>
internal static class PreflightCli
{
    public static async Task<(int ExitCode, string Output, string Error)> RunAsync(
        string[] arguments, string stdin = "", IReadOnlyDictionary<string, string>? environment = null)
    {
        var root = new RootCommand { PreflightCommand.Create(() => new StringReader(stdin), name => environment?.GetValueOrDefault(name), File.ReadAllText) };
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exitCode = await CliRunner.RunAsync(root, ["preflight", .. arguments], output, error);
        return (exitCode, output.ToString(), error.ToString());
    }
}
