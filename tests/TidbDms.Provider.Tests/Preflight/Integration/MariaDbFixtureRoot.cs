using System.Diagnostics;
using System.Globalization;

namespace TidbDms.Provider.Tests.Preflight.Integration;

/// <summary>
/// The one temporary folder under which every MariaDB fixture server lives, one sub-folder each. A
/// sub-folder holds an <c>owner</c> file (the test process's id and start time) written before the
/// server starts. <see cref="SweepStale"/> removes what dead test processes left: for each folder whose
/// owner is gone it kills the processes whose command line names that folder (the server, the watchdog
/// and its poller; the folder's name is a fresh GUID, so never a stranger) and deletes the folder. Folders of live owners, such as a concurrent test run's, are left alone.
/// </summary>
internal static class MariaDbFixtureRoot
{
    public const string OwnerFile = "owner";

    /// <summary>A folder without an owner file is being created; only one this old is taken for a leftover.</summary>
    private static readonly TimeSpan UnownedGrace = TimeSpan.FromMinutes(10);

    public static string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "tidbdms-mariadb");

    /// <summary>A new, empty server folder owned by <paramref name="owner"/>.</summary>
    public static string CreateServerDirectory(ProcessIdentity owner)
    {
        var directory = System.IO.Path.Combine(Path, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        File.WriteAllText(System.IO.Path.Combine(directory, OwnerFile), owner.ToString());
        return directory;
    }

    /// <summary>Kills the servers of dead owners and deletes their folders; returns the folders it deleted.</summary>
    public static IReadOnlyList<string> SweepStale()
    {
        var swept = new List<string>();
        if (!Directory.Exists(Path))
        {
            return swept;
        }

        foreach (var directory in Directory.GetDirectories(Path))
        {
            if (!IsStale(directory))
            {
                continue;
            }

            // the watchdog, its poller (a subshell with the same command line) and the server all name the folder
            foreach (var pid in ProcessesIn(directory))
            {
                Kill(pid);
            }

            try
            {
                Directory.Delete(directory, recursive: true);
                swept.Add(directory);
            }
            catch (IOException) when (!Directory.Exists(directory))
            {
                // a watchdog, or a concurrent sweep, deleted it first
            }
        }

        return swept;
    }

    /// <summary>The ids of running processes whose command line names <paramref name="directory"/>.</summary>
    public static IReadOnlyList<int> ProcessesIn(string directory) =>
        [.. Directory.GetDirectories("/proc")
            .Select(System.IO.Path.GetFileName)
            .Select(name => int.TryParse(name, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : 0)
            .Where(pid => pid > 0 && pid != Environment.ProcessId && ProcessIdentity.Of(pid) is not null
                && ProcessIdentity.CommandLine(pid).Contains(directory, StringComparison.Ordinal))];

    private static bool IsStale(string directory)
    {
        string text;
        try
        {
            text = File.ReadAllText(System.IO.Path.Combine(directory, OwnerFile));
        }
        catch (FileNotFoundException)
        {
            return DateTime.UtcNow - Directory.GetCreationTimeUtc(directory) > UnownedGrace;
        }
        catch (DirectoryNotFoundException)
        {
            return false;
        }

        return ProcessIdentity.Parse(text) is not { IsAlive: true };
    }

    private static void Kill(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            process.Kill();
        }
        catch (ArgumentException)
        {
            return; // gone meanwhile
        }
        catch (InvalidOperationException)
        {
            return;
        }

        // a killed mariadbd still holds its files until it is gone; a zombie holds none
        for (var i = 0; i < 200 && ProcessIdentity.Of(pid) is not null; i++)
        {
            Thread.Sleep(50);
        }
    }
}
