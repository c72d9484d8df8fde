using TidbDms.Provider.Cli;

namespace TidbDms.Provider.Tests.Cli;

public sealed class PreflightCommandTests
{
    private const string Secret = "hunter2-Argv-Secret";
    private const string Hint = "Run 'pulumi-resource-tidb-dms preflight --help' for the options.";

    private static readonly Dictionary<string, string> Environment = new() { ["TIDB_PASSWORD"] = "from-env-pw" };

    [Test]
    public void TheVerbIsRegistered()
    {
        Assert.That(CliApp.Build().Subcommands.Select(c => c.Name), Does.Contain("preflight"));
        Assert.That(CliApp.IsVerb("preflight"), Is.True);
    }

    [Test]
    public async Task EveryArgumentErrorIsReportedAtOnceWithExit2()
    {
        var (exitCode, output, error) = await PreflightCli.RunAsync(["--port", "x", "--tier", "starter", "--ssl-mode", "require", "--timeout", "-1"]);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(output, Is.Empty);
        Assert.That(Lines(error), Is.EqualTo(new[]
        {
            "preflight: --host is required: the cluster's host name",
            "preflight: --port 'x' is not a port number (1-65535; TiDB Cloud uses 4000)",
            "preflight: --user is required: the SQL user DMS signs in as",
            "preflight: --tier 'starter' is not 'Starter', 'Essential' or 'Dedicated' (did you mean 'Starter'?)",
            "preflight: --endpoint-type is required: 'source' or 'target'",
            "preflight: --ssl-mode 'require' is not 'none', 'verify-ca' or 'verify-full'",
            "preflight: --timeout '-1' is not a positive number of seconds",
            "preflight: a password is required: put it in an environment variable and pass --password-env NAME, or pipe it to --password-stdin (never on the command line). "
                + "When the cluster's credentials live in AWS Secrets Manager (cluster.secretsManagerSecretArn), the preflight does not read the secret: put the password from it in the environment "
                + "(e.g. export TIDB_PASSWORD=\"$(aws secretsmanager get-secret-value --secret-id ARN --query SecretString --output text | jq -r .password)\") and pass --password-env TIDB_PASSWORD",
            Hint,
        }));
    }

    [TestCase("--password", Secret)]
    [TestCase($"--password={Secret}")]
    [TestCase("--pass", Secret)]
    public async Task APasswordInArgvIsRefusedAndNeverEchoed(params string[] passwordArguments)
    {
        var (exitCode, output, error) = await PreflightCli.RunAsync(
            ["--host", "h", "--user", "u", "--tier", "Dedicated", "--endpoint-type", "target", "--ssl-mode", "none", "--password-env", "TIDB_PASSWORD", .. passwordArguments],
            environment: Environment);

        var option = passwordArguments[0].Split('=')[0];
        var expected = new List<string>
        {
            $"preflight: {option} is not accepted: a password on the command line is visible to other users and kept in shell history. Put it in an environment variable and pass --password-env NAME, or pipe it to --password-stdin",
        };
        if (passwordArguments.Length > 1)
        {
            expected.Add("preflight: 1 unexpected value (not shown: one may be a secret)");
        }

        expected.Add(Hint);
        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(Lines(error), Is.EqualTo(expected));
        Assert.That(output + error, Does.Not.Contain(Secret));
    }

    [Test]
    public async Task TheHelpOffersNoPasswordOption()
    {
        var (exitCode, output, _) = await PreflightCli.RunAsync(["--help"]);

        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(output, Does.Contain("--password-env <password-env>"));
        Assert.That(output, Does.Contain("--password-stdin"));
        Assert.That(output, Does.Not.Match(@"--password\s"));
    }

    [TestCase(new[] { "--password-env", "NOT_SET" }, "", "preflight: --password-env NOT_SET: the environment variable NOT_SET is not set")]
    [TestCase(new[] { "--password-env", "EMPTY" }, "", "preflight: --password-env EMPTY: the environment variable EMPTY is empty")]
    [TestCase(new[] { "--password-stdin" }, "", "preflight: --password-stdin read no password: standard input was empty")]
    [TestCase(new[] { "--password-stdin", "--password-env", "TIDB_PASSWORD" }, "pw", "preflight: --password-env and --password-stdin are alternatives: give one")]
    public async Task PasswordSourcesThatGiveNoPassword(string[] passwordArguments, string stdin, string message)
    {
        var environment = new Dictionary<string, string>(Environment) { ["EMPTY"] = "" };
        var (exitCode, _, error) = await PreflightCli.RunAsync(
            ["--host", "h", "--user", "u", "--tier", "Dedicated", "--endpoint-type", "target", "--ssl-mode", "none", .. passwordArguments],
            stdin,
            environment);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(Lines(error), Is.EqualTo(new[] { message, Hint }));
    }

    [Test]
    public async Task DedicatedWithVerifyFullNeedsACAFile()
    {
        var (exitCode, _, error) = await PreflightCli.RunAsync(
            ["--host", "tidb.abc.clusters.tidb-cloud.com", "--user", "dms", "--tier", "Dedicated", "--endpoint-type", "target", "--password-env", "TIDB_PASSWORD"],
            environment: Environment);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(Lines(error), Is.EqualTo(new[]
        {
            "preflight: ssl mode 'verify-full' needs a CA certificate, and Dedicated clusters have their own CA: download it from the cluster's Connect dialog (\"CA cert\") and pass it",
            Hint,
        }));
    }

    [Test]
    public async Task AnUnreadableCAFileIsAnArgumentError()
    {
        var missing = Path.Combine(Path.GetTempPath(), $"no-such-ca-{Guid.NewGuid():N}.pem");
        var (exitCode, _, error) = await PreflightCli.RunAsync(
            ["--host", "h", "--user", "u", "--tier", "Dedicated", "--endpoint-type", "target", "--password-env", "TIDB_PASSWORD", "--ca-file", missing],
            environment: Environment);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(Lines(error), Is.EqualTo(new[] { $"preflight: --ca-file '{missing}' could not be read (FileNotFoundException)", Hint }));
    }

    [Test]
    public async Task AHostThatDoesNotResolveIsAFindingWithExit1NotAnArgumentError()
    {
        var (exitCode, output, error) = await PreflightCli.RunAsync(
            ["--host", "no-such-host.invalid", "--user", "u", "--tier", "Dedicated", "--endpoint-type", "target", "--ssl-mode", "none", "--password-env", "TIDB_PASSWORD", "--json"],
            environment: Environment);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Is.Empty);
        Assert.That(output, Does.Contain("\"check\": \"dns\",\n      \"status\": \"fail\""));
        Assert.That(output, Does.Not.Contain("from-env-pw"));
    }

    [Test]
    public async Task WithJsonAnArgumentErrorStillPrintsADocumentOnStdout()
    {
        var (exitCode, output, error) = await PreflightCli.RunAsync(
            ["--host", "h", "--user", "u", "--tier", "starter", "--endpoint-type", "target", "--password-env", "TIDB_PASSWORD", "--json"],
            environment: Environment);

        Assert.That(exitCode, Is.EqualTo(2));
        Assert.That(Lines(error), Is.EqualTo(new[] { "preflight: --tier 'starter' is not 'Starter', 'Essential' or 'Dedicated' (did you mean 'Starter'?)", Hint }));
        Assert.That(output, Is.EqualTo("""
            {
              "target": null,
              "status": "error",
              "exitCode": 2,
              "problems": [
                "--tier 'starter' is not 'Starter', 'Essential' or 'Dedicated' (did you mean 'Starter'?)"
              ],
              "findings": []
            }

            """));
    }

    private static string[] Lines(string text) => text.Split('\n', StringSplitOptions.RemoveEmptyEntries);
}
