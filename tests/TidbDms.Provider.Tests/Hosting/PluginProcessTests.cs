using System.Diagnostics;
using System.Text;
using Google.Protobuf.WellKnownTypes;
using Grpc.Net.Client;
using Pulumirpc;
using TidbDms.Provider.Schema;

namespace TidbDms.Provider.Tests.Hosting;

/// <summary>
/// The built executable, started the way the engine starts it: stdout carries exactly the port line,
/// the port serves the protocol over h2c, and an interrupt ends the process cleanly.
/// </summary>
[TestFixture]
[NonParallelizable]
internal sealed class PluginProcessTests
{
    private const string Sigint = "INT";
    private const string Sigterm = "TERM";

    // Safety nets against a hung process, not assertions about speed.
    private static readonly TimeSpan PortLineTimeout = TimeSpan.FromSeconds(60);
    private static readonly TimeSpan ExitTimeout = TimeSpan.FromSeconds(30);

    private string _programDirectory = null!;

    [SetUp]
    public void CreateProgramDirectory()
    {
        // The engine runs plugins in the program's directory, not the plugin's.
        _programDirectory = Directory.CreateTempSubdirectory("tidb-dms-program-").FullName;
    }

    [TearDown]
    public void DeleteProgramDirectory() => Directory.Delete(_programDirectory, recursive: true);

    [TestCase(Sigterm, TestName = "engine flags, then SIGTERM")]
    [TestCase(Sigint, TestName = "engine flags, then SIGINT (what the engine sends)")]
    public async Task BootsPrintsOnlyThePortServesAndExitsCleanly(string signal)
    {
        using var plugin = Start("--logtostderr", "-v=9", "--tracing", "file:/dev/null", "127.0.0.1:50001");

        var port = await ReadPortLine(plugin);
        using (var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}"))
        {
            var client = new ResourceProvider.ResourceProviderClient(channel);
            var info = await client.GetPluginInfoAsync(new Empty());
            var handshake = await client.HandshakeAsync(new ProviderHandshakeRequest { EngineAddress = "127.0.0.1:50001" });
            var configure = await client.ConfigureAsync(new ConfigureRequest { AcceptSecrets = true, AcceptResources = true });
            var schema = await client.GetSchemaAsync(new GetSchemaRequest());

            Assert.Multiple(() =>
            {
                Assert.That(info.Version, Is.EqualTo("0.1.0"));
                Assert.That(handshake.AcceptSecrets && handshake.AcceptResources && handshake.AcceptOutputs, Is.True);
                Assert.That(configure.AcceptSecrets && configure.SupportsPreview && configure.AcceptResources && configure.AcceptOutputs, Is.True);
                Assert.That(schema.Schema, Is.EqualTo(PackageSchema.Json));
            });
        }

        var (exitCode, stdoutAfterPort, stderr) = await Interrupt(plugin, signal);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, stderr);
            Assert.That(stdoutAfterPort, Is.Empty);
            Assert.That(stderr, Is.Empty);
        });
    }

    [Test]
    public async Task BootsWithoutArgumentsForDebugAttach()
    {
        using var plugin = Start();

        var port = await ReadPortLine(plugin);
        using (var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}"))
        {
            var client = new ResourceProvider.ResourceProviderClient(channel);
            await client.HandshakeAsync(new ProviderHandshakeRequest());
            await client.AttachAsync(new PluginAttach { Address = "127.0.0.1:50002" });
            var info = await client.GetPluginInfoAsync(new Empty());
            Assert.That(info.Version, Is.EqualTo("0.1.0"));
        }

        var (exitCode, stdoutAfterPort, stderr) = await Interrupt(plugin, Sigterm);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.Zero, stderr);
            Assert.That(stdoutAfterPort, Is.Empty);
        });
    }

    private Process Start(params string[] args)
    {
        // Through env --default-signal=INT: a process started in the background by a shell without job
        // control (`cmd &`, nohup, some CI runners) has SIGINT ignored, every process it starts inherits
        // that, and .NET, like Go, leaves a signal ignored at start ignored. The plugin would then never
        // see the engine's SIGINT (the engine falls back to killing it). A foreground `pulumi` gives its
        // plugins SIGINT at its default, so the test starts the plugin that way, wherever it runs.
        var start = new ProcessStartInfo("env")
        {
            WorkingDirectory = _programDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            StandardOutputEncoding = Encoding.UTF8,
        };
        start.ArgumentList.Add("--default-signal=INT");
        start.ArgumentList.Add(PluginExecutable.Path());
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("the plugin did not start");
    }

    /// <summary>Reads stdout the way the engine does, one character at a time up to the first '\n', and checks the line is only digits.</summary>
    private static async Task<int> ReadPortLine(Process plugin)
    {
        var line = new StringBuilder();
        var buffer = new char[1];
        using var timeout = new CancellationTokenSource(PortLineTimeout);
        while (true)
        {
            var read = await plugin.StandardOutput.ReadAsync(buffer.AsMemory(), timeout.Token);
            if (read == 0)
            {
                Assert.Fail($"stdout closed before the port line; got '{line}'; stderr: {await plugin.StandardError.ReadToEndAsync()}");
            }

            if (buffer[0] == '\n')
            {
                break;
            }

            line.Append(buffer[0]);
        }

        Assert.That(line.ToString(), Does.Match("^[0-9]{1,5}$"), "the port line must be the bare decimal port");
        var port = int.Parse(line.ToString(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.That(port, Is.InRange(1, 65535));
        return port;
    }

    /// <summary>Each thread of the process and its state (R running, S sleeping, D waiting on the disk), from /proc.</summary>
    private static string ThreadStates(int pid)
    {
        try
        {
            return string.Join(", ", Directory.GetDirectories($"/proc/{pid}/task").Select(task =>
            {
                var stat = File.ReadAllText(Path.Combine(task, "stat"));
                var open = stat.IndexOf('(', StringComparison.Ordinal);
                var close = stat.LastIndexOf(')');
                return $"{stat[(open + 1)..close]} {stat[close + 2]}";
            }));
        }
        catch (IOException ex)
        {
            return $"(not readable: {ex.Message})";
        }
    }

    /// <summary>Sends the signal and collects the exit code and everything written after the port line.</summary>
    private static async Task<(int ExitCode, string StdoutAfterPort, string Stderr)> Interrupt(Process plugin, string signal)
    {
        using (var kill = Process.Start("kill", ["-s", signal, plugin.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
            Assert.That(kill.ExitCode, Is.Zero, $"kill -s {signal} failed");
        }

        var stdout = plugin.StandardOutput.ReadToEndAsync();
        var stderr = plugin.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ExitTimeout);
        try
        {
            await plugin.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            // What the plugin was doing is in its threads' stacks; what it said, in its output. Both go
            // into the failure, so that a hang seen once (on a loaded machine) can be diagnosed.
            var threads = ThreadStates(plugin.Id);
            plugin.Kill(entireProcessTree: true);
            await plugin.WaitForExitAsync();
            Assert.Fail($"the plugin did not exit within {ExitTimeout.TotalSeconds} s of signal {signal}; its threads: {threads}\nstdout after the port line: {await stdout}\nstderr: {await stderr}");
        }

        return (plugin.ExitCode, await stdout, await stderr);
    }
}
