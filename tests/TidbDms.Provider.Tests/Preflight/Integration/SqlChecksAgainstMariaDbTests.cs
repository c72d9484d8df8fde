using MySqlConnector;
using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;
using TidbDms.Provider.Preflight.Checks;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Preflight.Integration;

/// <summary>
/// Single checks against the real MariaDB server, for what needs a real server's behaviour: a Starter
/// sign-in refused, many tables without a primary key, and a server without a system variable.
/// </summary>
[Category(TestCategories.MariaDb)]
[Parallelizable(ParallelScope.All)]
internal sealed class SqlChecksAgainstMariaDbTests
{
    /// <summary>A source user that may read two schemas of keyless tables: ten in one, twelve (and a keyed one) in the other.</summary>
    private const string KeysUser = "dms_keys";

    private const string WrongPassword = "Wrong-2b81d0-password";

    private const string PrimaryKeysFix =
        "DMS copies such tables, but migrates LOB columns and validates data only for tables with a primary key or unique index: add one where you can.";

    private static MariaDbServer Server => MariaDbSetUp.Server;

    [OneTimeSetUp]
    public async Task CreateKeylessSchemasAsync()
    {
        var pw = $"'{Server.Password}'";
        var ten = string.Concat(Enumerable.Range(1, 10).Select(i => $"CREATE TABLE IF NOT EXISTS pk_ten.t{i:00} (n INT);"));
        var twelve = string.Concat(Enumerable.Range(1, 12).Select(i => $"CREATE TABLE IF NOT EXISTS pk_many.t{i:00} (n INT);"));
        await Server.ExecuteAsRootAsync($"""
            CREATE DATABASE IF NOT EXISTS pk_ten;
            CREATE DATABASE IF NOT EXISTS pk_many;
            {ten}
            {twelve}
            CREATE TABLE IF NOT EXISTS pk_many.keyed (id INT PRIMARY KEY);
            CREATE USER IF NOT EXISTS {KeysUser}@'%' IDENTIFIED BY {pw};
            GRANT SELECT ON pk_ten.* TO {KeysUser}@'%';
            GRANT SELECT ON pk_many.* TO {KeysUser}@'%';
            """);
    }

    [Test]
    public async Task AStarterSignInRefusedPointsAtTheFullUserNameAndTheConsole()
    {
        var target = Target(MariaDbServer.PrefixedUser) with { Tier = Tier.Starter, Password = WrongPassword };
        await using var context = new PreflightContext(target) { Stage = PreflightStage.Secured };

        var finding = await new AuthenticationCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "authentication",
            "The server refused the sign-in of '3pTAoNNegb47Uc8.dms' (access denied): the password is wrong, or no such user exists for this client address.",
            "Check the password and that the user name is exactly '<prefix>.<name>' as in the Connect dialog; reset the password in the TiDB Cloud console if unsure.")));
        Assert.That(context.Stage, Is.EqualTo(PreflightStage.Secured));
    }

    [Test]
    public async Task TenTablesWithoutAPrimaryKeyAreAllNamed()
    {
        var finding = await PrimaryKeysAsync(["pk_ten"]);

        var names = string.Join(", ", Enumerable.Range(1, 10).Select(i => $"`pk_ten`.`t{i:00}`"));
        Assert.That(finding, Is.EqualTo(PreflightFinding.Warn("primary-keys", $"10 tables have no primary key: {names}.", PrimaryKeysFix)));
    }

    [Test]
    public async Task BeyondTenTablesWithoutAPrimaryKeyTheRestAreCounted()
    {
        // 22 keyless tables over two schemas, in schema then table order: pk_many's twelve come first
        var finding = await PrimaryKeysAsync(["pk_ten", "pk_many"]);

        var names = string.Join(", ", Enumerable.Range(1, 10).Select(i => $"`pk_many`.`t{i:00}`"));
        Assert.That(finding, Is.EqualTo(PreflightFinding.Warn("primary-keys", $"22 tables have no primary key: {names} and 12 more.", PrimaryKeysFix)));
    }

    [Test]
    public async Task AServerWithoutLocalInfileWarnsThatLoadDataLocalIsUnknown()
    {
        await using var connection = await OpenAsync(MariaDbServer.TargetUser);
        var session = new RenamingSession(connection, "local_infile", "local_infile_absent");
        await using var context = new PreflightContext(Target(MariaDbServer.TargetUser)) { Stage = PreflightStage.SignedIn, Session = session };

        var finding = await new LocalInfileCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Warn(
            "local-infile",
            "The server has no local_infile variable, so whether it accepts LOAD DATA LOCAL INFILE (DMS's full-load path) is unknown.",
            "Make sure the server accepts LOAD DATA LOCAL INFILE before a full load.")));
        Assert.That(session.Sent, Is.EqualTo(["SELECT @@GLOBAL.local_infile_absent"]));
    }

    [Test]
    public async Task AServerWithoutLogBinWarnsThatOnlyFullLoadWorks()
    {
        await using var connection = await OpenAsync(MariaDbServer.SourceUser);
        var session = new RenamingSession(connection, "log_bin", "log_bin_absent");
        await using var context = new PreflightContext(Target(MariaDbServer.SourceUser) with { EndpointType = EndpointType.Source })
        {
            Stage = PreflightStage.SignedIn,
            Session = session,
        };

        var finding = await new ChangeDataCaptureCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Warn(
            "cdc",
            "Binary logging is off (log_bin), so DMS can only full-load from this server: 'cdc' and 'full-load-and-cdc' tasks fail.",
            "Use task.migrationType 'full-load'; for ongoing changes out of TiDB, use a TiCDC changefeed.")));
        Assert.That(session.Sent, Is.EqualTo(["SELECT VERSION()", "SELECT @@GLOBAL.log_bin_absent"]));
    }

    private static async Task<PreflightFinding> PrimaryKeysAsync(string[] schemas)
    {
        var target = Target(KeysUser) with { EndpointType = EndpointType.Source, Schemas = [.. schemas] };
        await using var context = new PreflightContext(target);
        var signIn = await context.ConnectAsync(CancellationToken.None);
        Assert.That(signIn.Failure, Is.Null, signIn.ErrorSummary);
        context.Stage = PreflightStage.SignedIn;
        return await new PrimaryKeysCheck().RunAsync(context, CancellationToken.None);
    }

    private static async Task<MySqlConnection> OpenAsync(string user)
    {
        var connection = new MySqlConnection(new MySqlConnectionStringBuilder
        {
            Server = "127.0.0.1",
            Port = (uint)Server.Port,
            UserID = user,
            Password = Server.Password,
            SslMode = MySqlSslMode.None,
            Pooling = false,
        }.ConnectionString);
        await connection.OpenAsync();
        return connection;
    }

    private static PreflightTarget Target(string user) => Server.Target(user);
}
