using System.Text.Json;
using TidbDms.Provider.Tests.Cli;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Preflight.Integration;

/// <summary>The <c>preflight</c> verb end to end against the MariaDB fixture: exit codes, both report formats, the password kept out.</summary>
[Category(TestCategories.MariaDb)]
public sealed class PreflightCommandAgainstMariaDbTests
{
    private string _caFile = "";

    private static MariaDbServer Server => MariaDbSetUp.Server;

    [OneTimeSetUp]
    public async Task WriteCaFileAsync()
    {
        _caFile = Path.Combine(Path.GetTempPath(), $"tidbdms-preflight-ca-{Guid.NewGuid():N}.pem");
        await File.WriteAllTextAsync(_caFile, Server.Certificates.CaPem);
    }

    [OneTimeTearDown]
    public void DeleteCaFile() => File.Delete(_caFile);

    [Test]
    public async Task AReadyTargetPrintsTheTableAndExits0()
    {
        var (exitCode, output, error) = await PreflightCli.RunAsync(Arguments(MariaDbServer.TargetUser, "--password-env", "DMS_PW"), environment: Environment());

        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(error, Is.Empty);
        Assert.That(output, Does.StartWith($"Preflight of localhost:{Server.Port} as a DMS target (Dedicated, ssl mode verify-full, user dms_target)\n\n  CHECK           STATUS  DETAIL\n  dns             pass    "));
        Assert.That(output, Does.Contain("\n  privileges      pass    'dms_target'@'%' has ALTER, CREATE, DROP, INDEX, INSERT, UPDATE, DELETE, SELECT on `app`.* and ALL PRIVILEGES on `awsdms_control`.*.\n"));
        Assert.That(output, Does.EndWith($"\nResult: {(Server.SupportsCollation0900 ? "1 warning, 8 passed" : "2 warnings, 7 passed")} (exit 0)\n"));
        Assert.That(output, Does.Not.Contain(Server.Password));
    }

    [Test]
    public async Task AUserMissingDROPExits1AndTheJSONSaysWhy()
    {
        var (exitCode, output, error) = await PreflightCli.RunAsync([.. Arguments(MariaDbServer.NoDropUser, "--password-stdin"), "--json"], stdin: Server.Password + "\n");

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(error, Is.Empty);
        Assert.That(output, Does.Not.Contain(Server.Password));
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        Assert.That(root.GetProperty("status").GetString(), Is.EqualTo("fail"));
        Assert.That(root.GetProperty("exitCode").GetInt32(), Is.EqualTo(1));
        Assert.That(root.GetProperty("target").GetProperty("user").GetString(), Is.EqualTo("dms_nodrop"));
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        Assert.That(findings.Select(f => f.GetProperty("check").GetString()), Is.EqualTo(["dns", "tcp", "tls", "authentication", "server", "privileges", "local-infile", "schemas", "collation"]));
        var privileges = findings.Single(f => f.GetProperty("check").GetString() == "privileges");
        Assert.That(privileges.GetProperty("status").GetString(), Is.EqualTo("fail"));
        Assert.That(privileges.GetProperty("message").GetString(), Is.EqualTo("'dms_nodrop'@'%' lacks DROP on `app`.*."));
        Assert.That(privileges.GetProperty("fix").GetString(), Is.EqualTo("As an administrator, run: GRANT DROP ON `app`.* TO 'dms_nodrop'@'%';"));
    }

    [Test]
    public async Task AWrongPasswordFromStdinExits1AndIsNotPrinted()
    {
        const string wrong = "Not-The-Password-5521";
        var (exitCode, output, error) = await PreflightCli.RunAsync(Arguments(MariaDbServer.TargetUser, "--password-stdin"), stdin: wrong);

        Assert.That(exitCode, Is.EqualTo(1));
        Assert.That(output, Does.Contain("\n  authentication  FAIL    The server refused the sign-in of 'dms_target' (access denied)"));
        Assert.That(output + error, Does.Not.Contain(wrong));
        Assert.That(output + error, Does.Not.Contain(Server.Password));
    }

    private string[] Arguments(string user, params string[] password) =>
    [
        "--host", "localhost", "--port", Server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        "--user", user, "--tier", "Dedicated", "--endpoint-type", "target",
        "--ssl-mode", "verify-full", "--ca-file", _caFile, "--schema", MariaDbServer.Schema,
        .. password,
    ];

    private static Dictionary<string, string> Environment() => new() { ["DMS_PW"] = Server.Password };
}
