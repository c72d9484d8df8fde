using System.CommandLine;
using System.Globalization;
using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;

namespace TidbDms.Provider.Cli;

/// <summary>
/// <c>preflight --host H [--port 4000] --user U (--password-env VAR | --password-stdin) --tier T
/// --endpoint-type source|target [--ssl-mode M] [--ca-file F] [--schema S ...] [--timeout SECONDS] [--json]</c>:
/// connects to the cluster the way DMS will and reports what would fail. Exit 0: nothing failed;
/// 1: a check failed; 2: the preflight could not run (bad arguments; the reasons go to stderr).
/// </summary>
/// <remarks>
/// The password is never an argument (argv is visible to other users and lands in shell history):
/// it comes from an environment variable or standard input. Every option is read leniently and
/// validated here, so that every argument error is reported at once and exits with 2, not with the
/// parser's own exit code.
/// </remarks>
internal static class PreflightCommand
{
    public static Command Create() => Create(() => Console.In, Environment.GetEnvironmentVariable, File.ReadAllText);

    /// <param name="stdin">Where <c>--password-stdin</c> reads from.</param>
    /// <param name="environment">Reads an environment variable (<c>--password-env</c>).</param>
    /// <param name="readFile">Reads the <c>--ca-file</c>.</param>
    public static Command Create(Func<TextReader> stdin, Func<string, string?> environment, Func<string, string> readFile)
    {
        var host = Value("--host", "The cluster's host name, from the Connect dialog in the TiDB Cloud console.");
        var port = Value("--port", $"The cluster's port (default {Defaults.ClusterPort}).");
        var user = Value("--user", "The SQL user DMS signs in as (Starter/Essential: '<prefix>.<name>').");
        var passwordEnv = Value("--password-env", "The environment variable that holds the password.");
        var passwordStdin = new Option<bool>("--password-stdin") { Description = "Read the password from the first line of standard input." };
        var tier = Value("--tier", $"The cluster's plan: {ContractEnums.Tier.AllowedList}.");
        var endpointType = Value("--endpoint-type", $"The cluster's role in the migration: {ContractEnums.EndpointType.AllowedList}.");
        var sslMode = Value("--ssl-mode", $"The DMS endpoint's SSL mode: {ContractEnums.SslMode.AllowedList} (default 'verify-full').");
        var caFile = Value("--ca-file", "A PEM file with the CA for verify-ca/verify-full (default for Starter/Essential: ISRG Root X1; required for Dedicated).");
        var schema = new Option<string[]>("--schema")
        {
            Description = "A schema DMS migrates (repeatable).",
            Arity = ArgumentArity.ZeroOrMore,
            AllowMultipleArgumentsPerToken = false,
        };
        var timeout = Value("--timeout", $"Seconds each network step may take (default {PreflightTarget.DefaultTimeout.TotalSeconds}).");
        var json = new Option<bool>("--json") { Description = "Print the report as JSON (for CI)." };

        var command = new Command("preflight", "Connect to the TiDB cluster the way DMS will (DNS, TCP, TLS 1.2, sign-in, privileges, schemas) and report what would fail, with the fix.")
        {
            host, port, user, passwordEnv, passwordStdin, tier, endpointType, sslMode, caFile, schema, timeout, json,
        };

        // Unknown tokens are parse errors (so the help shows no "additional arguments"); CliRunner
        // reports them without echoing them (one may be a password).
        command.SetAction(async (parseResult, cancellationToken) =>
        {
            var output = parseResult.InvocationConfiguration.Output;
            var error = parseResult.InvocationConfiguration.Error;
            var problems = new List<string>();

            var hostValue = Required(parseResult.GetValue(host), "--host", "the cluster's host name", problems);
            var portValue = ParseNumber(parseResult.GetValue(port), "--port", Defaults.ClusterPort, problems);
            var userValue = Required(parseResult.GetValue(user), "--user", "the SQL user DMS signs in as", problems);
            var tierValue = ParseEnum(parseResult.GetValue(tier), "--tier", ContractEnums.Tier, null, problems);
            var typeValue = ParseEnum(parseResult.GetValue(endpointType), "--endpoint-type", ContractEnums.EndpointType, null, problems);
            var sslValue = ParseEnum(parseResult.GetValue(sslMode), "--ssl-mode", ContractEnums.SslMode, SslMode.VerifyFull, problems);
            var timeoutValue = ParseNumber(parseResult.GetValue(timeout), "--timeout", PreflightTarget.DefaultTimeout.TotalSeconds, problems);
            var password = ReadPassword(parseResult.GetValue(passwordEnv), parseResult.GetValue(passwordStdin), stdin, environment, problems);
            var caPem = ReadCa(parseResult.GetValue(caFile), readFile, problems);

            if (problems.Count == 0)
            {
                var target = new PreflightTarget(
                    hostValue!,
                    (int)portValue,
                    userValue!,
                    password!,
                    tierValue!.Value,
                    typeValue!.Value,
                    sslValue!.Value,
                    caPem,
                    [.. parseResult.GetValue(schema) ?? []],
                    TimeSpan.FromSeconds(timeoutValue));
                problems.AddRange(target.Problems());
                if (problems.Count == 0)
                {
                    var report = await PreflightRunner.RunAsync(target, cancellationToken).ConfigureAwait(false);
                    await output.WriteAsync(parseResult.GetValue(json) ? PreflightJsonRenderer.Render(report) : PreflightTableRenderer.Render(report)).ConfigureAwait(false);
                    return report.ExitCode;
                }
            }

            foreach (var problem in problems)
            {
                await error.WriteLineAsync($"preflight: {problem}").ConfigureAwait(false);
            }

            await error.WriteLineAsync("Run 'pulumi-resource-tidb-dms preflight --help' for the options.").ConfigureAwait(false);
            if (parseResult.GetValue(json))
            {
                // A CI step reading stdout gets a document on every exit code, this one included.
                await output.WriteAsync(PreflightJsonRenderer.RenderCouldNotRun(problems)).ConfigureAwait(false);
            }

            return PreflightExitCode.CouldNotRun;
        });
        return command;
    }

    private static Option<string?> Value(string name, string description) =>
        new(name) { Description = description, Arity = ArgumentArity.ZeroOrOne };

    private static string? Required(string? value, string option, string what, List<string> problems)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            problems.Add($"{option} is required: {what}");
            return null;
        }

        return value;
    }

    private static double ParseNumber(string? value, string option, double fallback, List<string> problems)
    {
        if (value is null)
        {
            return fallback;
        }

        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && number > 0
            && (option != "--port" || (number == Math.Floor(number) && number <= 65535)))
        {
            return number;
        }

        problems.Add(option == "--port"
            ? $"--port '{value}' is not a port number (1-65535; TiDB Cloud uses {Defaults.ClusterPort})"
            : $"{option} '{value}' is not a positive number of seconds");
        return fallback;
    }

    private static TEnum? ParseEnum<TEnum>(string? value, string option, ContractEnum<TEnum> values, TEnum? fallback, List<string> problems)
        where TEnum : struct, Enum
    {
        if (value is null)
        {
            if (fallback is null)
            {
                problems.Add($"{option} is required: {values.AllowedList}");
            }

            return fallback;
        }

        if (values.TryParse(value, out var parsed))
        {
            return parsed;
        }

        var suggestion = values.SuggestFor(value);
        problems.Add($"{option} '{value}' is not {values.AllowedList}{(suggestion is null ? "" : $" (did you mean '{suggestion}'?)")}");
        return null;
    }

    private static string? ReadPassword(string? variable, bool fromStdin, Func<TextReader> stdin, Func<string, string?> environment, List<string> problems)
    {
        if (variable is not null && fromStdin)
        {
            problems.Add("--password-env and --password-stdin are alternatives: give one");
            return null;
        }

        if (fromStdin)
        {
            var line = stdin().ReadLine();
            if (string.IsNullOrEmpty(line))
            {
                problems.Add("--password-stdin read no password: standard input was empty");
                return null;
            }

            return line;
        }

        if (variable is null)
        {
            problems.Add("a password is required: put it in an environment variable and pass --password-env NAME, or pipe it to --password-stdin (never on the command line). When the cluster's credentials live in AWS Secrets Manager (cluster.secretsManagerSecretArn), the preflight does not read the secret: put the password from it in the environment (e.g. export TIDB_PASSWORD=\"$(aws secretsmanager get-secret-value --secret-id ARN --query SecretString --output text | jq -r .password)\") and pass --password-env TIDB_PASSWORD");
            return null;
        }

        var password = environment(variable);
        if (string.IsNullOrEmpty(password))
        {
            problems.Add($"--password-env {variable}: the environment variable {variable} is {(password is null ? "not set" : "empty")}");
            return null;
        }

        return password;
    }

    private static string? ReadCa(string? path, Func<string, string> readFile, List<string> problems)
    {
        if (path is null)
        {
            return null;
        }

        try
        {
            return readFile(path);
        }
        catch (Exception error) when (error is IOException or UnauthorizedAccessException)
        {
            problems.Add($"--ca-file '{path}' could not be read ({error.GetType().Name})");
            return null;
        }
    }
}
