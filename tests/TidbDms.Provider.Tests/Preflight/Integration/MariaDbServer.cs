using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using MySqlConnector;
using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;

namespace TidbDms.Provider.Tests.Preflight.Integration;

/// <summary>
/// A real MariaDB server for the preflight tests, started from Debian's <c>mariadb-server</c> binaries
/// in a temporary data directory, on a free loopback port, with TLS from <see cref="TestCertificates"/>,
/// and the users and schema the scenarios need. Disposing it stops the server and deletes the directory.
/// The server runs under <see cref="MariaDbWatchdog"/>, tied to the test process, in a folder under
/// <see cref="MariaDbFixtureRoot"/>, whose leftovers of dead test processes every start sweeps first:
/// an aborted test run leaves no server and no folder behind.
/// </summary>
internal sealed class MariaDbServer : IAsyncDisposable
{
    public const string Schema = "app";
    public const string TableWithKey = "orders";
    public const string TableWithoutKey = "events";

    /// <summary>ALTER, CREATE, DROP, INDEX, INSERT, UPDATE, DELETE, SELECT on app, ALL on awsdms_control.</summary>
    public const string TargetUser = "dms_target";

    /// <summary>As <see cref="TargetUser"/> without DROP.</summary>
    public const string NoDropUser = "dms_nodrop";

    /// <summary>SELECT on app: what a DMS source needs.</summary>
    public const string SourceUser = "dms_source";

    /// <summary>The target privileges through a default role, none directly.</summary>
    public const string RoleUser = "dms_role";

    public const string TargetRole = "dms_target_role";

    /// <summary>A Starter-style name: cluster prefix, dot, name; with the target privileges.</summary>
    public const string PrefixedUser = "3pTAoNNegb47Uc8.dms";

    private static readonly string[] ServerBinaries = ["/usr/sbin/mariadbd", "/usr/sbin/mysqld", "/usr/libexec/mariadbd", "mariadbd", "mysqld"];
    private static readonly string[] InstallBinaries = ["/usr/bin/mariadb-install-db", "/usr/bin/mysql_install_db", "/usr/scripts/mariadb-install-db", "mariadb-install-db", "mysql_install_db"];

    private readonly Process _process;
    private readonly string _directory;

    private MariaDbServer(Process process, string directory, int port, TestCertificates certificates, string password)
    {
        _process = process;
        _directory = directory;
        Port = port;
        Certificates = certificates;
        Password = password;
    }

    public int Port { get; }

    public TestCertificates Certificates { get; }

    /// <summary>Every test user's password: random per run, so a test can prove it never appears in output.</summary>
    public string Password { get; }

    /// <summary>A preflight target on this server: <paramref name="user"/> signs in over verified TLS, with the scenarios' schema named.</summary>
    public PreflightTarget Target(string user = TargetUser, EndpointType type = EndpointType.Target) => new(
        "localhost", Port, user, Password, Tier.Dedicated, type, SslMode.VerifyFull, Certificates.CaPem, [Schema], TimeSpan.FromSeconds(10));

    /// <summary><c>VERSION()</c>, e.g. <c>10.11.19-MariaDB-0+deb12u1</c>.</summary>
    public string Version { get; private set; } = "";

    /// <summary>The version in the server's handshake packet (MariaDB 10 prefixes <c>5.5.5-</c>).</summary>
    public string GreetingVersion { get; private set; } = "";

    /// <summary>Whether this MariaDB knows utf8mb4_0900_ai_ci (11.4.5 and later do).</summary>
    public bool SupportsCollation0900 { get; private set; }

    private string Socket => Path.Combine(_directory, "mysqld.sock");

    /// <summary>The folder the server's data, socket, logs and certificates are in.</summary>
    public string Directory => _directory;

    public static Task<MariaDbServer> StartAsync() => StartAsync(ProcessIdentity.Current);

    /// <summary>Starts a server that lives no longer than <paramref name="owner"/> (the test process, unless a test stands in for it).</summary>
    public static async Task<MariaDbServer> StartAsync(ProcessIdentity owner)
    {
        var server = Find(ServerBinaries);
        var install = Find(InstallBinaries);
        if (server is null || install is null)
        {
            throw new InvalidOperationException(
                "MariaDB is required by the preflight integration tests and was not found "
                + $"(looked for {string.Join(", ", ServerBinaries)} and {string.Join(", ", InstallBinaries)}). "
                + "Install it with tests/install-deps.sh (as root; it runs apt-get install mariadb-server), or run tests/run-all.sh, which does.");
        }

        MariaDbFixtureRoot.SweepStale();
        var directory = MariaDbFixtureRoot.CreateServerDirectory(owner);
        var data = Path.Combine(directory, "data");
        var certificates = TestCertificates.Create();
        await File.WriteAllTextAsync(Path.Combine(directory, "ca.pem"), certificates.CaPem);
        await File.WriteAllTextAsync(Path.Combine(directory, "server-cert.pem"), certificates.ServerCertificatePem);
        await File.WriteAllTextAsync(Path.Combine(directory, "server-key.pem"), certificates.ServerKeyPem);

        // mariadbd refuses to run as root unless told to; as any other user it runs as that user
        string[] asUser = Environment.IsPrivilegedProcess ? ["--user=root"] : [];
        await RunToEndAsync(owner, install, ["--no-defaults", $"--datadir={data}", "--auth-root-authentication-method=normal", "--skip-test-db", .. asUser], directory);

        var port = FreePort();
        var process = MariaDbWatchdog.Start(owner, directory, server, [
            "--no-defaults",
            $"--datadir={data}",
            $"--socket={Path.Combine(directory, "mysqld.sock")}",
            $"--pid-file={Path.Combine(directory, "mysqld.pid")}",
            $"--log-error={Path.Combine(directory, "error.log")}",
            $"--port={port}",
            "--bind-address=127.0.0.1",
            "--skip-name-resolve",
            "--max-connect-errors=1000000",
            "--innodb-buffer-pool-size=32M",
            $"--ssl-ca={Path.Combine(directory, "ca.pem")}",
            $"--ssl-cert={Path.Combine(directory, "server-cert.pem")}",
            $"--ssl-key={Path.Combine(directory, "server-key.pem")}",
            .. asUser]);

        var instance = new MariaDbServer(process, directory, port, certificates, "Pf" + Convert.ToHexString(RandomNumberGenerator.GetBytes(12)));
        try
        {
            await instance.WaitUntilReadyAsync();
            await instance.CreateFixturesAsync();
            await instance.ReadFactsAsync();
        }
        catch
        {
            await instance.DisposeAsync();
            throw;
        }

        return instance;
    }

    /// <summary>Runs SQL as root over the Unix socket.</summary>
    public async Task ExecuteAsRootAsync(string sql)
    {
        await using var connection = new MySqlConnection(RootConnectionString());
        await connection.OpenAsync();
        await using var command = new MySqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            if (!_process.HasExited)
            {
                try
                {
                    await ExecuteAsRootAsync("SHUTDOWN");
                }
                catch (MySqlException)
                {
                    // already going down, or not up yet: the kill below ends it
                }

                using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(30));
                try
                {
                    await _process.WaitForExitAsync(exit.Token);
                }
                catch (OperationCanceledException)
                {
                    _process.Kill(entireProcessTree: true);
                    await _process.WaitForExitAsync();
                }
            }
        }
        finally
        {
            _process.Dispose();
            if (System.IO.Directory.Exists(_directory))
            {
                System.IO.Directory.Delete(_directory, recursive: true);
            }
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"mariadbd (or its watchdog) exited with code {_process.ExitCode} while starting:\n{LogTail()}");
            }

            try
            {
                await using var connection = new MySqlConnection(RootConnectionString());
                await connection.OpenAsync();
                await using var command = new MySqlCommand("SELECT VERSION()", connection);
                Version = (string)(await command.ExecuteScalarAsync())!;
                return;
            }
            catch (MySqlException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(200);
            }
        }
    }

    private async Task ReadFactsAsync()
    {
        await using (var connection = new MySqlConnection(RootConnectionString()))
        {
            await connection.OpenAsync();
            await using var command = new MySqlCommand("SELECT COUNT(*) FROM information_schema.COLLATIONS WHERE COLLATION_NAME = 'utf8mb4_0900_ai_ci'", connection);
            SupportsCollation0900 = Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) > 0;
        }

        // the handshake: 4-byte header, protocol version 10, then the NUL-terminated server version
        using var client = new TcpClient();
        await client.ConnectAsync(IPAddress.Loopback, Port);
        var stream = client.GetStream();
        var header = new byte[4];
        await stream.ReadExactlyAsync(header);
        var payload = new byte[header[0] | (header[1] << 8) | (header[2] << 16)];
        await stream.ReadExactlyAsync(payload);
        GreetingVersion = System.Text.Encoding.ASCII.GetString(payload, 1, Array.IndexOf(payload, (byte)0, 1) - 1);
    }

    private Task CreateFixturesAsync()
    {
        var pw = $"'{Password}'";
        const string target = "ALTER, CREATE, DROP, INDEX, INSERT, UPDATE, DELETE, SELECT";
        return ExecuteAsRootAsync($"""
            CREATE DATABASE {Schema};
            CREATE TABLE {Schema}.{TableWithKey} (id INT PRIMARY KEY, note VARCHAR(20));
            CREATE TABLE {Schema}.{TableWithoutKey} (at DATETIME, what VARCHAR(20));
            CREATE USER {TargetUser}@'%' IDENTIFIED BY {pw};
            GRANT {target} ON {Schema}.* TO {TargetUser}@'%';
            GRANT ALL PRIVILEGES ON awsdms_control.* TO {TargetUser}@'%';
            CREATE USER {NoDropUser}@'%' IDENTIFIED BY {pw};
            GRANT ALTER, CREATE, INDEX, INSERT, UPDATE, DELETE, SELECT ON {Schema}.* TO {NoDropUser}@'%';
            GRANT ALL PRIVILEGES ON awsdms_control.* TO {NoDropUser}@'%';
            CREATE USER {SourceUser}@'%' IDENTIFIED BY {pw};
            GRANT SELECT ON {Schema}.* TO {SourceUser}@'%';
            CREATE ROLE {TargetRole};
            GRANT {target} ON {Schema}.* TO {TargetRole};
            GRANT ALL PRIVILEGES ON awsdms_control.* TO {TargetRole};
            CREATE USER {RoleUser}@'%' IDENTIFIED BY {pw};
            GRANT {TargetRole} TO {RoleUser}@'%';
            SET DEFAULT ROLE {TargetRole} FOR {RoleUser}@'%';
            CREATE USER '{PrefixedUser}'@'%' IDENTIFIED BY {pw};
            GRANT {target} ON {Schema}.* TO '{PrefixedUser}'@'%';
            GRANT ALL PRIVILEGES ON awsdms_control.* TO '{PrefixedUser}'@'%';
            """);
    }

    private string RootConnectionString() => new MySqlConnectionStringBuilder
    {
        Server = Socket,
        ConnectionProtocol = MySqlConnectionProtocol.UnixSocket,
        UserID = "root",
        Pooling = false,
        SslMode = MySqlSslMode.None,
        AllowUserVariables = true,
    }.ConnectionString;

    private string LogTail()
    {
        var log = Path.Combine(_directory, "error.log");
        return File.Exists(log) ? string.Join('\n', File.ReadLines(log).TakeLast(30)) : "(no error log)";
    }

    private static string? Find(string[] candidates)
    {
        foreach (var candidate in candidates)
        {
            if (Path.IsPathRooted(candidate))
            {
                if (File.Exists(candidate))
                {
                    return candidate;
                }

                continue;
            }

            var onPath = (Environment.GetEnvironmentVariable("PATH") ?? "")
                .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
                .Select(dir => Path.Combine(dir, candidate))
                .FirstOrDefault(File.Exists);
            if (onPath is not null)
            {
                return onPath;
            }
        }

        return null;
    }

    /// <summary>A loopback port nothing listens on (as the moment it is returned).</summary>
    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Runs a setup program under the watchdog too: mariadb-install-db runs a bootstrap server of its own.</summary>
    private static async Task RunToEndAsync(ProcessIdentity owner, string file, string[] arguments, string directory)
    {
        using var process = MariaDbWatchdog.Start(owner, directory, file, arguments);
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            var log = Path.Combine(directory, MariaDbWatchdog.LogFile);
            throw new InvalidOperationException($"{file} exited with code {process.ExitCode}:\n{(File.Exists(log) ? await File.ReadAllTextAsync(log) : "(no output)")}");
        }
    }
}
