using System.Diagnostics;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Preflight.Integration;

/// <summary>
/// The MariaDB fixture leaves nothing behind however the test process ends. A <c>sleep</c> process
/// stands in for the test host: each server here is owned by it, as the suite's server is owned by
/// the real test host, and killing it with SIGKILL is what an aborted run (Stryker, a cancelled
/// <c>dotnet test</c>) does to the host, no teardown running.
/// </summary>
[Category(TestCategories.MariaDb)]
public sealed class MariaDbLifetimeTests
{
    /// <summary>How long the watchdog (which polls every half second) or a dying mariadbd may take; a bound, not a measurement.</summary>
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    [Test]
    public async Task WhenTheOwnerIsKilledTheWatchdogStopsTheServerAndDeletesItsFolder()
    {
        using var host = StartStandInHost();
        await using var server = await MariaDbServer.StartAsync(ProcessIdentity.Of(host.Id)!.Value);
        var mariadbd = ServerPid(server);
        Assert.That(ProcessIdentity.CommandLine(mariadbd), Does.Contain($"--datadir={server.Directory}/data"), "the server runs before its owner is killed");

        host.Kill();
        await host.WaitForExitAsync();

        Assert.That(await EventuallyAsync(() => MariaDbFixtureRoot.ProcessesIn(server.Directory).Count == 0 && !Directory.Exists(server.Directory)), Is.True,
            $"processes left: {string.Join(", ", MariaDbFixtureRoot.ProcessesIn(server.Directory).Select(ProcessIdentity.CommandLine))}; folder left: {Directory.Exists(server.Directory)}");
        Assert.That(ProcessIdentity.Of(mariadbd), Is.Null);
    }

    [Test]
    public async Task WhatADeadOwnerLeftRunningTheNextStartKillsAndDeletes()
    {
        using var host = StartStandInHost();
        await using var leftover = await MariaDbServer.StartAsync(ProcessIdentity.Of(host.Id)!.Value);
        var mariadbd = ServerPid(leftover);

        // the watchdog and its poller frozen: as if they had been lost with the host, while the server runs on
        var watchdogs = MariaDbFixtureRoot.ProcessesIn(leftover.Directory).Where(pid => pid != mariadbd).ToList();
        Assert.That(watchdogs, Has.Count.EqualTo(2), "the watchdog and its poller");
        foreach (var pid in watchdogs)
        {
            await SignalAsync("STOP", pid);
        }

        host.Kill();
        await host.WaitForExitAsync();
        Assert.That(ProcessIdentity.Of(mariadbd), Is.Not.Null, "nothing stopped the server: the sweep has work to do");
        Assert.That(Directory.Exists(leftover.Directory), Is.True);

        await using (await MariaDbServer.StartAsync())
        {
            Assert.That(MariaDbFixtureRoot.ProcessesIn(leftover.Directory), Is.Empty);
            Assert.That(Directory.Exists(leftover.Directory), Is.False);
            Assert.That(ProcessIdentity.Of(mariadbd), Is.Null);
        }
    }

    [Test]
    public async Task TheSweepLeavesTheServersOfLiveOwnersAlone()
    {
        await using var server = await MariaDbServer.StartAsync();

        var swept = MariaDbFixtureRoot.SweepStale();

        Assert.That(swept, Does.Not.Contain(server.Directory));
        Assert.That(Directory.Exists(server.Directory), Is.True);
        Assert.That(ProcessIdentity.Of(ServerPid(server)), Is.Not.Null);
        await server.ExecuteAsRootAsync("SELECT 1");
    }

    [Test]
    public void AFolderWhoseOwnerIdWasReusedByAnotherProcessIsStale()
    {
        // the same id with another start time is another process: the owner is gone
        var reused = ProcessIdentity.Current with { StartTime = ProcessIdentity.Current.StartTime + 1 };
        var directory = MariaDbFixtureRoot.CreateServerDirectory(reused);

        Assert.That(MariaDbFixtureRoot.SweepStale(), Does.Contain(directory));
        Assert.That(Directory.Exists(directory), Is.False);
    }

    private static Process StartStandInHost() =>
        Process.Start(new ProcessStartInfo("sleep", "600") { UseShellExecute = false }) ?? throw new InvalidOperationException("could not start sleep");

    private static int ServerPid(MariaDbServer server) =>
        int.Parse(File.ReadAllText(Path.Combine(server.Directory, MariaDbWatchdog.ServerPidFile)).Trim(), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task SignalAsync(string signal, int pid)
    {
        using var kill = Process.Start("kill", $"-{signal} {pid}") ?? throw new InvalidOperationException("could not start kill");
        await kill.WaitForExitAsync();
        Assert.That(kill.ExitCode, Is.Zero, $"kill -{signal} {pid}");
    }

    private static async Task<bool> EventuallyAsync(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow + Patience;
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
            {
                return false;
            }

            await Task.Delay(100);
        }

        return true;
    }
}
