using System.Globalization;
using System.Text;

namespace TidbDms.Benchmarks;

/// <summary>
/// <c>dotnet run --project tests/TidbDms.Benchmarks -c Release -- [--runs N] [--cwd DIR] [--arg A]... --variant NAME=EXECUTABLE...</c>
/// (what <c>tests/bench/startup.sh</c> runs). Starts every variant N times, interleaved (the starting variant rotates each round) so that load
/// from other processes on a shared machine spreads evenly; prints a Markdown table. Compare variants
/// within one run, as ratios: absolute figures move with the machine's load.
/// </summary>
internal static class StartupComparison
{
    public static async Task<int> RunAsync(string[] args)
    {
        var runs = 20;
        string? workingDirectory = null;
        var arguments = new List<string>();
        var variants = new List<(string Name, string Executable)>();
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--runs":
                    runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--cwd":
                    workingDirectory = Path.GetFullPath(args[++i]);
                    break;
                case "--arg":
                    arguments.Add(args[++i]);
                    break;
                case "--variant":
                    var pair = args[++i].Split('=', 2);
                    variants.Add((pair[0], Path.GetFullPath(pair[1])));
                    break;
                default:
                    await Console.Error.WriteLineAsync($"unknown argument '{args[i]}'").ConfigureAwait(false);
                    return 2;
            }
        }

        if (variants.Count == 0)
        {
            await Console.Error.WriteLineAsync("usage: [--runs N] [--cwd DIR] [--arg A]... --variant NAME=EXECUTABLE...").ConfigureAwait(false);
            return 2;
        }

        // The engine starts plugins in the program's folder; an empty one is the floor.
        var emptyDirectory = Directory.CreateTempSubdirectory("tidb-dms-bench-");
        workingDirectory ??= emptyDirectory.FullName;

        try
        {
            // One discarded round: the probe's own JIT (gRPC client) must not land on the first variant.
            foreach (var (_, executable) in variants)
            {
                await StartupProbe.RunAsync(executable, arguments, workingDirectory).ConfigureAwait(false);
            }

            var samples = variants.ToDictionary(v => v.Name, _ => new List<StartupSample>());
            for (var round = 0; round < runs; round++)
            {
                for (var k = 0; k < variants.Count; k++)
                {
                    var (name, executable) = variants[(round + k) % variants.Count];
                    samples[name].Add(await StartupProbe.RunAsync(executable, arguments, workingDirectory).ConfigureAwait(false));
                }
            }

            Console.Write(Report(variants, samples, runs, workingDirectory == emptyDirectory.FullName ? "an empty folder" : workingDirectory));
            return 0;
        }
        catch (InvalidOperationException e)
        {
            await Console.Error.WriteLineAsync(e.Message).ConfigureAwait(false);
            return 1;
        }
        finally
        {
            emptyDirectory.Delete(recursive: true);
        }
    }

    private static string Report(
        IReadOnlyList<(string Name, string Executable)> variants,
        Dictionary<string, List<StartupSample>> samples,
        int runs,
        string workingDirectory)
    {
        var fastest = variants.Min(v => Median(samples[v.Name].Select(s => s.PortMs)));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"{runs} runs per variant, interleaved; {Environment.ProcessorCount} cores; working directory: {workingDirectory}.\n\n");
        text.Append("| variant | spawn→port median (min–max) ms | × fastest | spawn→first reply median (min–max) ms | peak RSS MB at port → after 1 call | size MB |\n");
        text.Append("|---|---|---|---|---|---|\n");
        foreach (var (name, executable) in variants)
        {
            var s = samples[name];
            var port = s.Select(x => x.PortMs).ToList();
            var reply = s.Select(x => x.FirstReplyMs).ToList();
            text.Append(CultureInfo.InvariantCulture,
                $"| {name} | {Median(port):F0} ({port.Min():F0}–{port.Max():F0}) | {Median(port) / fastest:F2} | {Median(reply):F0} ({reply.Min():F0}–{reply.Max():F0}) | {Median(s.Select(x => x.PeakRssAtPortMb)):F1} → {Median(s.Select(x => x.PeakRssAfterCallMb)):F1} | {SizeMb(executable):F1} |\n");
        }

        return text.ToString();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>The published folder's size, without debug symbols (a framework-dependent build also needs the shared runtime).</summary>
    private static double SizeMb(string executable) =>
        new DirectoryInfo(Path.GetDirectoryName(executable)!)
            .EnumerateFiles("*", SearchOption.AllDirectories)
            .Where(f => f.Extension is not (".pdb" or ".dbg"))
            .Sum(f => f.Length) / 1024.0 / 1024.0;
}
