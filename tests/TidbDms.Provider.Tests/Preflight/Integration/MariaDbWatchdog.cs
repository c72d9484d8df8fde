using System.Diagnostics;

namespace TidbDms.Provider.Tests.Preflight.Integration;

/// <summary>
/// Starts mariadbd under a small <c>sh</c> watchdog, so that the server cannot outlive the test process
/// however that ends (a teardown that runs, or a <c>kill -9</c> of the test host, as Stryker and an
/// aborted <c>dotnet test</c> do):
/// <list type="bullet">
/// <item>the watchdog polls its owner (the test process, by id and start time) every half second; once
/// the owner is gone it kills the server's process group (the server runs under <c>setsid</c>, so
/// that <c>mariadb-install-db</c>'s own bootstrap server goes too) and deletes the server's folder;</item>
/// <item>the server runs under <c>setpriv --pdeathsig KILL</c> (util-linux), so the kernel kills it
/// when the watchdog itself dies. The parent-death signal is tied to the thread that forked, which
/// is why it is set on the single-threaded watchdog's child and not on a child of the .NET test
/// process, whose thread-pool threads come and go;</item>
/// <item>what neither catches (the watchdog and the server killed at once before the folder was
/// deleted, or a machine without setpriv) <see cref="MariaDbFixtureRoot.SweepStale"/> removes on the
/// next start.</item>
/// </list>
/// The watchdog writes its id and the server's into the folder for that sweep, and sends its own
/// output to a file there, so no leftover process holds the test host's pipes open.
/// </summary>
internal static class MariaDbWatchdog
{
    public const string WatchdogPidFile = "watchdog.pid";
    public const string ServerPidFile = "server.pid";
    public const string LogFile = "watchdog.log";

    // $1 owner id, $2 owner start time, $3 the server's folder, the rest the server's command line
    private const string Script = """
        owner=$1 start=$2 dir=$3
        shift 3
        exec >>"$dir/watchdog.log" 2>&1 </dev/null
        watchdog=$$
        fields() { sed 's/^.*) //' "/proc/$1/stat" 2>/dev/null; }
        owner_alive() { set -- $(fields "$owner"); [ $# -ge 20 ] && [ "$1" != Z ] && [ "${20}" = "$start" ]; }
        watchdog_alive() { set -- $(fields "$watchdog"); [ $# -ge 1 ] && [ "$1" != Z ]; }
        echo "$watchdog" >"$dir/watchdog.pid"
        if command -v setpriv >/dev/null 2>&1; then
          setsid setpriv --pdeathsig KILL -- "$@" &
        else
          setsid "$@" &
        fi
        server=$!
        echo "$server" >"$dir/server.pid"
        ( while owner_alive && watchdog_alive; do sleep 0.5; done; kill -KILL "-$server" "$server" 2>/dev/null ) &
        poller=$!
        wait "$server"
        status=$?
        kill "$poller" 2>/dev/null
        if ! owner_alive; then
          echo "owner $owner is gone: the server was stopped and its folder is deleted"
          rm -rf "$dir"
        fi
        exit "$status"
        """;

    /// <summary>
    /// Starts <paramref name="server"/> with <paramref name="arguments"/> in <paramref name="directory"/> under a
    /// watchdog of <paramref name="owner"/>; the process returned is the watchdog's, which exits with the
    /// server's exit code. The server's output goes to <see cref="LogFile"/> in the folder.
    /// </summary>
    public static Process Start(ProcessIdentity owner, string directory, string server, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("/bin/sh")
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = directory,
        };
        foreach (var argument in (string[])["-c", Script, "tidbdms-mariadb-watchdog", owner.Pid.ToString(System.Globalization.CultureInfo.InvariantCulture), owner.StartTime.ToString(System.Globalization.CultureInfo.InvariantCulture), directory, server, .. arguments])
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start /bin/sh for the MariaDB watchdog");
        process.StandardInput.Close();
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }
}
