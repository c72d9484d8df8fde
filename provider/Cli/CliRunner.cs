using System.CommandLine;
using System.CommandLine.Help;
using TidbDms.Provider.Preflight;

namespace TidbDms.Provider.Cli;

/// <summary>
/// Runs a verb's command line so that every failure is an error message, never a stack trace, and,
/// with <c>--json</c>, also a JSON document on stdout (tools read stdout and must not get nothing):
/// <list type="bullet">
/// <item>a command line the parser refuses (an unknown option, a missing value): the parser's
/// messages, except that a token it did not recognise is never echoed (after <c>--password</c> it may be a password);</item>
/// <item>an exception a verb did not expect: one line with its type and message.</item>
/// </list>
/// The exit code is the verb's "could not run" code: 2 for <c>preflight</c> (its documented code), 1 otherwise.
/// </summary>
internal static class CliRunner
{
    public static async Task<int> RunAsync(RootCommand root, IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
    {
        var parse = root.Parse(args);
        var verb = parse.CommandResult.Command.Name;
        var json = args.TakeWhile(a => a != "--").Contains("--json", StringComparer.Ordinal);
        var couldNotRun = verb == "preflight" ? PreflightExitCode.CouldNotRun : 1;
        if (parse.Errors.Count > 0 && parse.Action is not HelpAction)
        {
            var problems = Problems(parse).ToList();
            foreach (var problem in problems)
            {
                await error.WriteLineAsync($"{Prefix(verb)}{problem}").ConfigureAwait(false);
            }

            await error.WriteLineAsync($"Run 'pulumi-resource-tidb-dms {(verb == root.Name ? "" : verb + " ")}--help' for the options.").ConfigureAwait(false);
            if (json)
            {
                await output.WriteAsync(ErrorDocument(verb, problems, couldNotRun)).ConfigureAwait(false);
            }

            return couldNotRun;
        }

        try
        {
            var configuration = new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false };
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await error.WriteLineAsync("error: cancelled").ConfigureAwait(false);
            return couldNotRun;
        }
        catch (Exception ex)
        {
            // Our code never puts a secret in an exception message; the stack trace helps no user.
            var problem = $"{verb} stopped on an unexpected {ex.GetType().Name}: {ex.Message}";
            await error.WriteLineAsync($"{Prefix(verb)}{problem}").ConfigureAwait(false);
            if (json)
            {
                await output.WriteAsync(ErrorDocument(verb, [problem], couldNotRun)).ConfigureAwait(false);
            }

            return couldNotRun;
        }
    }

    /// <summary>How the verb's messages start: preflight names itself, as its own argument errors do.</summary>
    private static string Prefix(string verb) => verb == "preflight" ? "preflight: " : "error: ";

    /// <summary>The parser's messages, with every message that quotes an unrecognised token replaced by one that does not.</summary>
    private static IEnumerable<string> Problems(ParseResult parse)
    {
        var unmatched = parse.UnmatchedTokens;
        foreach (var message in parse.Errors.Select(e => e.Message).Distinct(StringComparer.Ordinal))
        {
            if (!unmatched.Any(t => message.Contains($"'{t}'", StringComparison.Ordinal)))
            {
                yield return message;
            }
        }

        foreach (var option in unmatched.Where(t => t.StartsWith('-')).Select(t => t.Split('=', 2)[0]).Distinct(StringComparer.Ordinal))
        {
            yield return option.StartsWith("--pass", StringComparison.OrdinalIgnoreCase)
                ? $"{option} is not accepted: a password on the command line is visible to other users and kept in shell history. Put it in an environment variable and pass --password-env NAME, or pipe it to --password-stdin"
                : $"unknown option {option}";
        }

        var values = unmatched.Count(t => !t.StartsWith('-'));
        if (values > 0)
        {
            yield return $"{values} unexpected value{(values == 1 ? "" : "s")} (not shown: one may be a secret)";
        }
    }

    /// <summary>The verb's JSON error document: the shape its <c>--json</c> output has, with the problems and nothing previewed or checked.</summary>
    private static string ErrorDocument(string verb, IReadOnlyList<string> problems, int exitCode)
    {
        if (verb == "preflight")
        {
            return PreflightJsonRenderer.RenderCouldNotRun(problems);
        }

        using var text = new StringWriter();
        PreviewJsonRenderer.Render(
            new PreviewResult("", "", "", [], [], [], [], [.. problems.Select(p => new LocatedDiagnostic(null, null, null, p))]),
            text);
        return text.ToString().ReplaceLineEndings("\n");
    }
}
