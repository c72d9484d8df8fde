using System.Diagnostics;
using System.Globalization;
using Grpc.Core;
using Grpc.Net.Client;

namespace TidbDms.Benchmarks;

/// <summary>
/// Starts the plugin as the engine does (stdout piped, read up to the first "\n", dial 127.0.0.1:port
/// over h2c) and times it. The first RPC is GetPluginInfo with raw bytes, so the probe needs none of
/// the provider's generated code and works whatever the provider answers (a gRPC status is a reply).
/// </summary>
internal static class StartupProbe
{
    private static readonly Method<byte[], byte[]> GetPluginInfo = new(
        MethodType.Unary,
        "pulumirpc.ResourceProvider",
        "GetPluginInfo",
        Marshallers.Create(b => b, b => b),
        Marshallers.Create(b => b, b => b));

    public static async Task<StartupSample> RunAsync(string executable, IReadOnlyList<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        var stderr = new System.Text.StringBuilder();
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {executable}");
        process.ErrorDataReceived += (_, e) =>
        {
            lock (stderr)
            {
                stderr.AppendLine(e.Data);
            }
        };
        process.BeginErrorReadLine();
        try
        {
            var line = await process.StandardOutput.ReadLineAsync().ConfigureAwait(false);
            var portMs = clock.Elapsed.TotalMilliseconds;
            if (line is null || !int.TryParse(line.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var port))
            {
                await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(5)).ConfigureAwait(false);
                string errors;
                lock (stderr)
                {
                    errors = stderr.ToString().Trim();
                }

                throw new InvalidOperationException(
                    $"{executable} printed no port line (first stdout line: {line ?? "<none>"}; exit code {(process.HasExited ? process.ExitCode : "-")}; stderr: {errors})");
            }

            var rssAtPort = PeakRssMb(process.Id);

            using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port}");
            try
            {
                await channel.CreateCallInvoker().AsyncUnaryCall(GetPluginInfo, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(10)), []).ConfigureAwait(false);
            }
            catch (RpcException e) when (e.StatusCode is not (StatusCode.Unavailable or StatusCode.DeadlineExceeded))
            {
                // Unimplemented and friends still prove the server answered.
            }

            var firstReplyMs = clock.Elapsed.TotalMilliseconds;
            return new StartupSample(portMs, firstReplyMs, rssAtPort, PeakRssMb(process.Id));
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill();
            }

            await process.WaitForExitAsync().ConfigureAwait(false);
        }
    }

    /// <summary>VmHWM: the peak resident set size so far, in MiB.</summary>
    public static double PeakRssMb(int pid) => ProcessMemory.Of(pid).PeakMiB;
}
