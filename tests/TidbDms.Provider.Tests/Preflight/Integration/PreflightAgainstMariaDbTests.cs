using System.Collections.Immutable;
using System.Net;
using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;
using static TidbDms.Provider.Preflight.PreflightFinding;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Preflight.Integration;

/// <summary>
/// The preflight against a real MariaDB server: each scenario asserts the full list of findings.
/// MariaDB is not TiDB, so the server check warns (with the version) in every scenario that signs in.
/// </summary>
[Category(TestCategories.MariaDb)]
public sealed class PreflightAgainstMariaDbTests
{
    private const string WrongPassword = "Wrong-7f3a9c-password";

    private static MariaDbServer Server => MariaDbSetUp.Server;

    [Test]
    public async Task AFullyPrivilegedTargetUserPassesEveryCheckThatHoldsForMariaDB()
    {
        var report = await RunAsync(Target(MariaDbServer.TargetUser));

        Assert.That(report.Findings, Is.EqualTo(TargetFindings(MariaDbServer.TargetUser, TargetPrivilegesPass(MariaDbServer.TargetUser))));
        Assert.That(report.ExitCode, Is.EqualTo(PreflightExitCode.Passed));
    }

    [Test]
    public async Task AUserMissingDROPFailsThePrivilegeCheckWithTheGRANTThatFixesIt()
    {
        var report = await RunAsync(Target(MariaDbServer.NoDropUser));

        var privileges = Fail(
            "privileges",
            "'dms_nodrop'@'%' lacks DROP on `app`.*.",
            "As an administrator, run: GRANT DROP ON `app`.* TO 'dms_nodrop'@'%';");
        Assert.That(report.Findings, Is.EqualTo(TargetFindings(MariaDbServer.NoDropUser, privileges)));
        Assert.That(report.ExitCode, Is.EqualTo(PreflightExitCode.Failed));
    }

    [Test]
    public async Task PrivilegesHeldThroughADefaultRoleCount()
    {
        var report = await RunAsync(Target(MariaDbServer.RoleUser));

        Assert.That(report.Find("privileges"), Is.EqualTo(TargetPrivilegesPass(MariaDbServer.RoleUser)));
        Assert.That(report.ExitCode, Is.EqualTo(PreflightExitCode.Passed));
    }

    [Test]
    public async Task AWrongPasswordFailsAuthenticationAndSkipsWhatNeedsASession()
    {
        var report = await RunAsync(Target(MariaDbServer.TargetUser) with { Password = WrongPassword });

        ImmutableArray<PreflightFinding> expected =
        [
            DnsPass("localhost"),
            TcpPass("localhost"),
            TlsPass("localhost"),
            Fail(
                "authentication",
                "The server refused the sign-in of 'dms_target' (access denied): the password is wrong, or no such user exists for this client address.",
                "Check the password; a user created as 'name'@'host' must admit DMS's address (create it for '%' or for the NAT/instance addresses)."),
            .. Skipped("the user could not sign in", "server", "privileges", "local-infile", "schemas", "collation"),
        ];
        Assert.That(report.Findings, Is.EqualTo(expected));
        Assert.That(report.ExitCode, Is.EqualTo(PreflightExitCode.Failed));
    }

    [TestCase(null, TestName = "A wrong CA fails TLS and never signs in")]
    [TestCase(WrongPassword, TestName = "A wrong CA fails TLS before the (also wrong) password is tried")]
    public async Task AWrongCAFailsTLS(string? password)
    {
        var target = Target(MariaDbServer.TargetUser) with { CaCertificatePem = Server.Certificates.OtherCaPem };
        var report = await RunAsync(password is null ? target : target with { Password = password });

        ImmutableArray<PreflightFinding> expected =
        [
            DnsPass("localhost"),
            TcpPass("localhost"),
            Fail(
                "tls",
                "The server's certificate (CN=localhost, issued by CN=TidbDms Test CA) does not chain to the given CA (UntrustedRoot). DMS with a certificate made from that CA would refuse the connection.",
                "Use the cluster's own CA: the Connect dialog of the Dedicated cluster in the TiDB Cloud console (\"CA cert\")."),
            .. Skipped("the connection could not be secured as the ssl mode requires", "authentication", "server", "privileges", "local-infile", "schemas", "collation"),
        ];
        Assert.That(report.Findings, Is.EqualTo(expected));
        Assert.That(report.ExitCode, Is.EqualTo(PreflightExitCode.Failed));
    }

    [Test]
    public async Task UnderVerifyFullAHostNameTheCertificateDoesNotNameFailsTLS()
    {
        var report = await RunAsync(Target(MariaDbServer.TargetUser) with { Host = "127.0.0.1" });

        ImmutableArray<PreflightFinding> expected =
        [
            Pass("dns", "127.0.0.1 is an IP address: nothing to resolve."),
            TcpPass("127.0.0.1"),
            Fail(
                "tls",
                "The server's certificate chains to the given CA but is for localhost, not 127.0.0.1: 'verify-full' checks the host name.",
                "Connect with a host name the certificate names (the host from the Connect dialog), or use ssl mode 'verify-ca', which skips the host-name check."),
            .. Skipped("the connection could not be secured as the ssl mode requires", "authentication", "server", "privileges", "local-infile", "schemas", "collation"),
        ];
        Assert.That(report.Findings, Is.EqualTo(expected));
    }

    [Test]
    public async Task UnderVerifyCaTheSameHostNamePassesTLS()
    {
        var report = await RunAsync(Target(MariaDbServer.TargetUser) with { Host = "127.0.0.1", SslMode = SslMode.VerifyCa });

        Assert.That(report.Find("tls"), Is.EqualTo(Pass(
            "tls",
            "TLS 1.2 accepted; the certificate (CN=localhost, issued by CN=TidbDms Test CA) chains to the given CA (host name not checked: verify-ca).")));
        Assert.That(report.ExitCode, Is.EqualTo(PreflightExitCode.Passed));
    }

    [Test]
    public async Task ThePreflightConnectionNegotiatesTLS12AsDMSDoes()
    {
        await using var attempt = await ClusterConnector.OpenAsync(Target(MariaDbServer.TargetUser), CancellationToken.None);
        await using var command = new MySqlConnector.MySqlCommand("SHOW SESSION STATUS LIKE 'Ssl_version'", attempt.Connection);
        await using var reader = await command.ExecuteReaderAsync();

        Assert.That(await reader.ReadAsync(), Is.True);
        Assert.That(reader.GetString(1), Is.EqualTo("TLSv1.2"));
    }

    [Test]
    public async Task SslModeNoneSignsInWithoutTLS()
    {
        var report = await RunAsync(Target(MariaDbServer.TargetUser) with { SslMode = SslMode.None, CaCertificatePem = null });

        Assert.That(report.Find("tls"), Is.EqualTo(Pass("tls", "TLS is not used: ssl mode 'none' (fine over a private endpoint or VPC peering).")));
        Assert.That(report.Find("authentication")?.Status, Is.EqualTo(PreflightStatus.Pass));
    }

    [Test]
    public async Task AClosedPortFailsTCPAndSkipsEverythingAfterIt()
    {
        var port = MariaDbServer.FreePort();
        var report = await RunAsync(Target(MariaDbServer.TargetUser) with { Port = port });

        var refused = string.Join("; ", (await LocalhostAddresses()).Select(a => $"{a}: connection refused (nothing listens on the port, or a firewall rejects it)"));
        ImmutableArray<PreflightFinding> expected =
        [
            DnsPass("localhost"),
            Fail(
                "tcp",
                $"No TCP connection to localhost:{port}: {refused}.",
                "Check the port (Dedicated clusters listen on 4000 unless given another one) and that the cluster is running; over the public endpoint, add the source address (DMS's NAT gateway or instance public IPs, and this machine's) to the cluster's IP access list; over VPC peering or a private endpoint, run the preflight from the VPC and allow the port in its security groups."),
            .. Skipped("no MySQL server could be reached on the port", "tls", "authentication", "server", "privileges", "local-infile", "schemas", "collation"),
        ];
        Assert.That(report.Findings, Is.EqualTo(expected));
        Assert.That(report.ExitCode, Is.EqualTo(PreflightExitCode.Failed));
    }

    [Test]
    public async Task ASourceSchemaThatDoesNotExistFails()
    {
        var report = await RunAsync(Target(MariaDbServer.SourceUser, EndpointType.Source) with { Schemas = ["nosuch"] });

        ImmutableArray<PreflightFinding> expected =
        [
            .. SignedIn("localhost", MariaDbServer.SourceUser),
            Fail("privileges", "'dms_source'@'%' lacks SELECT on `nosuch`.*.", "As an administrator, run: GRANT SELECT ON `nosuch`.* TO 'dms_source'@'%';"),
            Fail(
                "schemas",
                "`nosuch` does not exist, or this user has no privilege on it (a user sees only the schemas it may use): DMS would find nothing to migrate there.",
                "Check the schema names, and grant SELECT on each schema to the DMS user."),
            Pass("primary-keys", "Every table in the named schemas has a primary key."),
            CdcWarn(),
        ];
        Assert.That(report.Findings, Is.EqualTo(expected));
        Assert.That(report.ExitCode, Is.EqualTo(PreflightExitCode.Failed));
    }

    [Test]
    public async Task ATargetSchemaThatDoesNotExistWarnsThatDMSCreatesItBare()
    {
        var report = await RunAsync(Target(MariaDbServer.TargetUser) with { Schemas = ["app", "nosuch"] });

        Assert.That(report.Find("schemas"), Is.EqualTo(Warn(
            "schemas",
            "`nosuch` does not exist, or this user has no privilege on it (a user sees only the schemas it may use): DMS creates a missing target schema, but only with tables and primary keys.",
            "Create the schema and its tables in TiDB first (with secondary indexes and foreign keys), and keep task.settings.targetTablePrepMode at 'DoNothing' (its default when TiDB is the target).")));
        Assert.That(report.Find("privileges"), Is.EqualTo(Fail(
            "privileges",
            "'dms_target'@'%' lacks ALTER, CREATE, DROP, INDEX, INSERT, UPDATE, DELETE, SELECT on `nosuch`.*.",
            "As an administrator, run: GRANT ALTER, CREATE, DROP, INDEX, INSERT, UPDATE, DELETE, SELECT ON `nosuch`.* TO 'dms_target'@'%';")));
    }

    [Test]
    public async Task ASourceUserWithSELECTPassesAndTablesWithoutAPrimaryKeyWarn()
    {
        var report = await RunAsync(Target(MariaDbServer.SourceUser, EndpointType.Source));

        ImmutableArray<PreflightFinding> expected =
        [
            .. SignedIn("localhost", MariaDbServer.SourceUser),
            Pass("privileges", "'dms_source'@'%' has SELECT on `app`.*."),
            Pass("schemas", "`app` exists."),
            Warn(
                "primary-keys",
                "1 table has no primary key: `app`.`events`.",
                "DMS copies such tables, but migrates LOB columns and validates data only for tables with a primary key or unique index: add one where you can."),
            CdcWarn(),
        ];
        Assert.That(report.Findings, Is.EqualTo(expected));
        Assert.That(report.ExitCode, Is.EqualTo(PreflightExitCode.Passed));
    }

    [TestCase(MariaDbServer.PrefixedUser, "pass", "'3pTAoNNegb47Uc8.dms' carries a cluster prefix ('3pTAoNNegb47Uc8'), as Starter user names must.")]
    [TestCase(MariaDbServer.TargetUser, "fail", "'dms_target' has no cluster prefix: Starter user names are '<prefix>.<name>', and the server refuses any other name.")]
    public async Task StarterUserNamesMustCarryTheClusterPrefix(string user, string status, string message)
    {
        var report = await RunAsync(Target(user) with { Tier = Tier.Starter });

        Assert.That(report.Findings.Select(f => f.Check), Is.EqualTo(["dns", "tcp", "tls", "user-prefix", "authentication", "server", "privileges", "local-infile", "schemas", "collation"]));
        Assert.That(report.Find("user-prefix")?.Status.ToWire(), Is.EqualTo(status));
        Assert.That(report.Find("user-prefix")?.Message, Is.EqualTo(message));
    }

    private static PreflightTarget Target(string user, EndpointType type = EndpointType.Target) => Server.Target(user, type);

    /// <summary>Runs the preflight and checks, for every scenario, that neither report rendering shows a password.</summary>
    private static async Task<PreflightReport> RunAsync(PreflightTarget target)
    {
        var report = await PreflightRunner.RunAsync(target, CancellationToken.None);
        var rendered = PreflightTableRenderer.Render(report) + PreflightJsonRenderer.Render(report);
        Assert.That(rendered, Does.Not.Contain(Server.Password));
        Assert.That(rendered, Does.Not.Contain(WrongPassword));
        return report;
    }

    private static async Task<IPAddress[]> LocalhostAddresses() => [.. (await Dns.GetHostAddressesAsync("localhost")).Distinct()];

    private static PreflightFinding DnsPass(string host) =>
        Pass("dns", $"{host} resolves to {string.Join(", ", LocalhostAddresses().GetAwaiter().GetResult().Select(a => a.ToString()))}.");

    private static PreflightFinding TcpPass(string host) => Pass(
        "tcp",
        $"{host}:{Server.Port} (127.0.0.1) accepts TCP connections; a MySQL-protocol server answers ({Server.GreetingVersion}) and offers TLS.");

    private static PreflightFinding TlsPass(string host) => Pass(
        "tls",
        $"TLS 1.2 accepted; the certificate (CN=localhost, issued by CN=TidbDms Test CA) chains to the given CA and names the host {host}.");

    private static PreflightFinding ServerWarn() => Warn(
        "server",
        $"VERSION() is '{Server.Version}': not TiDB. DMS treats it as MySQL, but the TiDB facts this preflight checks may not hold for it.",
        "Point the preflight at the TiDB Cloud cluster's host (the Connect dialog in the TiDB Cloud console).");

    private static PreflightFinding CdcWarn() => Warn(
        "cdc",
        "Binary logging is off (log_bin), so DMS can only full-load from this server: 'cdc' and 'full-load-and-cdc' tasks fail.",
        "Use task.migrationType 'full-load'; for ongoing changes out of TiDB, use a TiCDC changefeed.");

    private static PreflightFinding TargetPrivilegesPass(string user) => Pass(
        "privileges",
        $"'{user}'@'%' has ALTER, CREATE, DROP, INDEX, INSERT, UPDATE, DELETE, SELECT on `app`.* and ALL PRIVILEGES on `awsdms_control`.*.");

    private static ImmutableArray<PreflightFinding> SignedIn(string host, string user) =>
    [
        DnsPass(host),
        TcpPass(host),
        TlsPass(host),
        Pass("authentication", $"'{user}' signed in (the server knows the account as '{user}'@'%')."),
        ServerWarn(),
    ];

    private static ImmutableArray<PreflightFinding> TargetFindings(string user, PreflightFinding privileges) =>
    [
        .. SignedIn("localhost", user),
        privileges,
        Pass("local-infile", "local_infile is ON: the server accepts LOAD DATA LOCAL INFILE, which DMS's full load uses."),
        Pass("schemas", "`app` exists."),
        Server.SupportsCollation0900
            ? Pass("collation", "The server supports utf8mb4_0900_ai_ci.")
            : Warn(
                "collation",
                "The server does not support utf8mb4_0900_ai_ci: tables from MySQL 8 sources that use it fail to create (error 1273).",
                "Convert the source's utf8mb4_0900_* columns to utf8mb4_bin or utf8mb4_general_ci before migrating, or use a server that supports them (TiDB v7.4.0 or later)."),
    ];

    private static IEnumerable<PreflightFinding> Skipped(string reason, params string[] checks) =>
        checks.Select(c => new PreflightFinding(c, PreflightStatus.Skip, $"Not checked: {reason}."));
}
