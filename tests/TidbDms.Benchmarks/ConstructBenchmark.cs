using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using Grpc.Net.Client;
using Pulumirpc;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;
using TidbDms.Testing;

namespace TidbDms.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project tests/TidbDms.Benchmarks [-- --plugin [NAME=]PATH ...] [--latency-ms 20] [--runs 9] [--concurrent 50]</c>:
/// the provider's figures in one run, for each plugin build side by side (by default the Release
/// build, run by the JIT, and the NativeAOT one of <c>provider/publish.sh</c> when it exists), against the plugin as the engine starts it (a separate
/// process, port line on stdout, h2c on loopback) and the offline engine in this process, answering from mocks:
/// spawn → port; GetSchema latency; the wall time of <c>Construct</c> for the largest topology
/// when every registration takes a fixed latency, beside the critical-path bound (longest
/// dependency chain × latency) and their ratio, alone and with many Constructs at once on one
/// engine; the plugin's peak memory after its first Construct and at the end.
/// </summary>
internal static class ConstructBenchmark
{
    private const string Project = "bench";
    private const string Stack = "dev";
    private const string Region = "us-east-1";

    /// <summary>Constructs run before measuring, so the measured ones run the runtime's optimized code, as a busy plugin does.</summary>
    private const int Warmups = 10;

    /// <summary>Measured rounds of concurrent Constructs (after one unmeasured round that lets the thread pool and the connections grow).</summary>
    private const int ConcurrentRounds = 3;

    public static async Task<int> RunAsync(string[] args)
    {
        var plugins = new List<(string Name, string Path)>();
        var latency = TimeSpan.FromMilliseconds(20);
        var runs = 9;
        var concurrent = 50;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--plugin":
                    var value = args[++i];
                    var pair = value.Split('=', 2);
                    plugins.Add(pair.Length == 2
                        ? (pair[0], Path.GetFullPath(pair[1]))
                        : (Path.GetFileName(Path.GetDirectoryName(Path.GetFullPath(value))) ?? value, Path.GetFullPath(value)));
                    break;
                case "--latency-ms":
                    latency = TimeSpan.FromMilliseconds(double.Parse(args[++i], CultureInfo.InvariantCulture));
                    break;
                case "--runs":
                    runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                case "--concurrent":
                    concurrent = int.Parse(args[++i], CultureInfo.InvariantCulture);
                    break;
                default:
                    await Console.Error.WriteLineAsync(
                        $"unknown argument '{args[i]}' (usage: [--plugin [NAME=]PATH ...] [--latency-ms 20] [--runs 9] [--concurrent 50])").ConfigureAwait(false);
                    return 2;
            }
        }

        if (plugins.Count == 0)
        {
            plugins.Add(("JIT (Release build)", DefaultPlugin()));
            if (File.Exists(DefaultAotPlugin()))
            {
                plugins.Add(("NativeAOT", DefaultAotPlugin()));
            }
        }

        foreach (var (_, plugin) in plugins.Where(p => !File.Exists(p.Path)))
        {
            await Console.Error.WriteLineAsync($"no plugin at {plugin}: build it (dotnet build provider -c Release), publish it (provider/publish.sh) or pass --plugin").ConfigureAwait(false);
            return 2;
        }

        var columns = new List<List<(string Figure, string Value)>>();
        foreach (var (_, plugin) in plugins)
        {
            columns.Add(await MeasureAsync(plugin, latency, runs, concurrent).ConfigureAwait(false));
        }

        var report = new StringBuilder();
        foreach (var (name, plugin) in plugins)
        {
            report.Append(CultureInfo.InvariantCulture, $"{name}: {plugin}\n");
        }

        report.Append(CultureInfo.InvariantCulture,
            $"{Environment.ProcessorCount} cores; each figure is the median (min–max) of the runs shown; memory in MiB (1 MiB = 1,048,576 bytes).\n\n");
        report.Append("| figure | " + string.Join(" | ", plugins.Select(p => p.Name)) + " |\n");
        report.Append("|---|" + string.Concat(plugins.Select(_ => "---|")) + "\n");
        for (var row = 0; row < columns[0].Count; row++)
        {
            report.Append(CultureInfo.InvariantCulture, $"| {columns[0][row].Figure} | {string.Join(" | ", columns.Select(c => c[row].Value))} |\n");
        }

        Console.Write(report.ToString());
        return 0;
    }

    /// <summary>Every figure of one plugin build, in the order the report shows them.</summary>
    private static async Task<List<(string Figure, string Value)>> MeasureAsync(string plugin, TimeSpan latency, int runs, int concurrent)
    {
        var rows = new List<(string Figure, string Value)>();
        void Row(string figure, string value) => rows.Add((figure, value));

        // 1. Spawn → port, as the engine waits for it (the first start is discarded: disk cache).
        var workingDirectory = Directory.CreateTempSubdirectory("tidb-dms-bench-");
        try
        {
            await StartupProbe.RunAsync(plugin, [], workingDirectory.FullName).ConfigureAwait(false);
            var starts = new List<StartupSample>();
            for (var i = 0; i < 10; i++)
            {
                starts.Add(await StartupProbe.RunAsync(plugin, [], workingDirectory.FullName).ConfigureAwait(false));
            }

            Row("spawn → port line (10 starts)", $"{Summary(starts.Select(s => s.PortMs))} ms");
            Row("spawn → first reply (10 starts)", $"{Summary(starts.Select(s => s.FirstReplyMs))} ms");
            Row("peak memory (VmHWM) at the port line", $"{Summary(starts.Select(s => s.PeakRssAtPortMb), "F1")} MiB");
        }
        finally
        {
            workingDirectory.Delete(recursive: true);
        }

        // 2–4. One plugin process, engine address on its command line, as the engine runs it.
        var options = new MockEngineOptions { Project = Project, Stack = Stack, IsPreview = false, RegistrationLatency = latency };
        await using var engine = await MockEngine.StartAsync(Account(), options).ConfigureAwait(false);
        using var process = Start(plugin, engine.Address, out var port);
        try
        {
            using var channel = GrpcChannel.ForAddress($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
            var client = new ResourceProvider.ResourceProviderClient(channel);

            var first = await TimeAsync(() => client.GetSchemaAsync(new GetSchemaRequest()).ResponseAsync).ConfigureAwait(false);
            var warm = new List<double>();
            for (var i = 0; i < 20; i++)
            {
                warm.Add(await TimeAsync(() => client.GetSchemaAsync(new GetSchemaRequest()).ResponseAsync).ConfigureAwait(false));
            }

            Row("GetSchema, first call", $"{first:F1} ms");
            Row("GetSchema, warm (20 calls)", $"{Summary(warm, "F2")} ms");

            var inputs = LargestTopology();
            var plan = Planner.Plan("bench-0", InputCheck.Run(inputs).Args!, new PlanContext(
                Region, "aws", Zones(), "123456789012", Project, Stack, ImmutableSortedDictionary<string, DmsRoleState>.Empty));
            var chain = LongestChain(plan);
            var bound = (chain + 1) * latency.TotalMilliseconds;

            // The first Construct runs cold (JIT, a new connection to the engine): what one
            // component in a `pulumi up` costs, and the memory that leaves behind.
            var cold = await ConstructAsync(client, engine, inputs, "cold").ConfigureAwait(false);
            Row("Construct, largest topology, first call (cold: new connections, JIT where not AOT)", $"{cold:F0} ms");
            Row("**peak memory (VmHWM) after the first Construct** (now: anonymous + file pages)", $"**{ProcessMemory.Of(process.Id)}**");
            Row("where that memory is now (MiB)", ProcessMemory.Where(process.Id));

            // Then warm-ups without latency, a pause for the runtime's background re-JIT, and the
            // measured runs, one after another, against one engine whose account never keeps the roles they create.
            await using var warmEngine = await MockEngine.StartAsync(Account(), options with { RegistrationLatency = TimeSpan.Zero }).ConfigureAwait(false);
            for (var i = 0; i < Warmups; i++)
            {
                await ConstructAsync(client, warmEngine, inputs, $"warm-{i.ToString(CultureInfo.InvariantCulture)}").ConfigureAwait(false);
            }

            await using var measured = await MockEngine.StartAsync(Account(), options).ConfigureAwait(false);
            await ConstructAsync(client, measured, inputs, "connect").ConfigureAwait(false);
            await Task.Delay(TimeSpan.FromSeconds(1)).ConfigureAwait(false);
            Breakdowns.Clear();
            var walls = new List<double>();
            for (var i = 1; i <= runs; i++)
            {
                walls.Add(await ConstructAsync(client, measured, inputs, $"bench-{i.ToString(CultureInfo.InvariantCulture)}").ConfigureAwait(false));
            }

            var median = Median(walls);
            Row($"Construct, largest topology ({plan.Resources.Length} children, longest chain {chain} + the component), {latency.TotalMilliseconds:F0} ms per registration ({runs} runs)",
                $"{Summary(walls)} ms");
            Row($"critical-path bound ({chain + 1} × {latency.TotalMilliseconds:F0} ms)", $"{bound:F0} ms");
            Row("**Construct ÷ bound** (target ≤ 1.10)", $"**{median / bound:F2}** (best {walls.Min() / bound:F2})");
            var b = Breakdowns.Take(runs).ToList();
            Row("where a Construct's time goes (medians, ms)",
                $"to the component's registration {Median(b.Select(x => x.ToComponent)):F1}; "
                + $"registrations on the critical path {Median(b.Select(x => x.Delays)):F1} (latency overshoot {Median(b.Select(x => x.DelayOvershoot)):F1}); "
                + $"gaps between them {Median(b.Select(x => x.Gaps)):F1}; last child → outputs registered {Median(b.Select(x => x.ToOutputs)):F1}; "
                + $"→ answer {Median(b.Select(x => x.ToAnswer)):F1}");

            // Many Constructs at once on one engine, as a program with many components runs them.
            // One unmeasured round first: the thread pool and the connections grow to the load once per process.
            await using var crowd = await MockEngine.StartAsync(Account(), options).ConfigureAwait(false);
            await ConcurrentAsync(client, crowd, inputs, "crowd-0", concurrent).ConfigureAwait(false);
            var batches = new List<double>();
            var slowest = new List<double>();
            var each = new List<double>();
            var pluginCpu = new List<double>();
            var engineCpu = new List<double>();
            for (var round = 1; round <= ConcurrentRounds; round++)
            {
                var pluginBefore = ProcessMemory.CpuMs(process.Id);
                var engineBefore = Environment.CpuUsage.TotalTime.TotalMilliseconds;
                var (batch, walls50) = await ConcurrentAsync(client, crowd, inputs, $"crowd-{round.ToString(CultureInfo.InvariantCulture)}", concurrent).ConfigureAwait(false);
                pluginCpu.Add((ProcessMemory.CpuMs(process.Id) - pluginBefore) / concurrent);
                engineCpu.Add((Environment.CpuUsage.TotalTime.TotalMilliseconds - engineBefore) / concurrent);
                batches.Add(batch);
                slowest.Add(walls50.Max());
                each.AddRange(walls50);
            }

            Row($"{concurrent} Constructs at once on one engine: one wall time, first call to last answer ({ConcurrentRounds} rounds)", $"{Summary(batches)} ms");
            Row($"**{concurrent} at once ÷ bound** (target ≤ 1.10; each Construct: median {Median(each) / bound:F2})", $"**{Median(batches) / bound:F2}** (best {batches.Min() / bound:F2})");
            var cpu = Median(pluginCpu) + Median(engineCpu);
            Row($"CPU per Construct at {concurrent} at once: plugin + engine and client (ms); the floor it sets, {concurrent} × that ÷ {Environment.ProcessorCount} cores, ÷ bound",
                $"{Median(pluginCpu):F1} + {Median(engineCpu):F1}; floor {concurrent * cpu / Environment.ProcessorCount / bound:F2}");
            Row("**peak memory (VmHWM) at the end** (now: anonymous + file pages)", $"**{ProcessMemory.Of(process.Id)}**");
            Row("where the memory is at the end (MiB)", ProcessMemory.Where(process.Id));
        }
        finally
        {
            process.Kill();
            await process.WaitForExitAsync().ConfigureAwait(false);
        }

        return rows;
    }

    /// <summary><paramref name="count"/> Constructs at once: the wall time from the first call to the last answer, and each one's.</summary>
    private static async Task<(double Batch, List<double> Each)> ConcurrentAsync(
        ResourceProvider.ResourceProviderClient client, MockEngine engine, ImmutableSortedDictionary<string, PropertyValue> inputs, string prefix, int count)
    {
        var requests = Enumerable.Range(1, count)
            .Select(i => ComponentTest.Request(engine, $"{prefix}-{i.ToString(CultureInfo.InvariantCulture)}", inputs))
            .ToList();
        var clock = Stopwatch.StartNew();
        var each = await Task.WhenAll(requests.Select(r => TimeAsync(() => client.ConstructAsync(r).ResponseAsync))).ConfigureAwait(false);
        return (clock.Elapsed.TotalMilliseconds, [.. each]);
    }

    /// <summary>The largest topology the contract allows in one region: Dedicated over NAT gateways in each of six zones, roles created, a task.</summary>
    private static ImmutableSortedDictionary<string, PropertyValue> LargestTopology()
    {
        static PropertyValue S(string s) => PropertyValue.String(s);
        return new Dictionary<string, PropertyValue>
        {
            ["tier"] = S("Dedicated"),
            ["connectivity"] = S("PublicEndpoint"),
            ["endpointType"] = S("target"),
            ["cluster"] = PropertyValue.Object(
                ("host", S("tidb.c1a2b3.clusters.tidb-cloud.com")),
                ("username", S("dms")),
                ("password", S("bench-password").WithSecret()),
                ("caCertificatePem", S("-----BEGIN CERTIFICATE-----\nMIIBbench\n-----END CERTIFICATE-----\n"))),
            ["network"] = PropertyValue.Object(("availabilityZoneCount", PropertyValue.Number(6)), ("natGateways", S("OnePerAz"))),
            ["dmsIamRoles"] = S("Create"),
            ["task"] = PropertyValue.Object(
                ("otherEndpointArn", S("arn:aws:dms:us-east-1:123456789012:endpoint:SOURCE")),
                ("migrationType", S("full-load-and-cdc")),
                ("schemas", PropertyValue.Array(S("shop"), S("billing")))),
            ["tags"] = PropertyValue.Object(("team", S("data"))),
        }.ToImmutableSortedDictionary(StringComparer.Ordinal);
    }

    private static ImmutableArray<string> Zones() => [.. "abcdef".Select(c => Region + c)];

    /// <summary>The most children on one dependency path: each child waits for the slowest chain of what it needs.</summary>
    private static int LongestChain(MigrationPlan plan)
    {
        var depth = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var resource in plan.Resources)
        {
            depth[resource.Name] = 1 + resource.Prerequisites.Select(p => depth[p]).DefaultIfEmpty(0).Max();
        }

        return depth.Values.Max();
    }

    /// <summary>One Construct; the wall time of the call alone, and where it went.</summary>
    private static async Task<double> ConstructAsync(
        ResourceProvider.ResourceProviderClient client, MockEngine engine, ImmutableSortedDictionary<string, PropertyValue> inputs, string name)
    {
        var request = ComponentTest.Request(engine, name, inputs);
        var started = Stopwatch.GetTimestamp();
        var wall = await TimeAsync(() => client.ConstructAsync(request).ResponseAsync).ConfigureAwait(false);
        var answered = Stopwatch.GetTimestamp();
        Breakdowns.Add(Breakdown.Of(engine, name, started, answered, engine.Options.RegistrationLatency));
        return wall;
    }

    private static FreshAccountMocks Account() => new(new DefaultAwsMocks(Region, availabilityZones: Zones()));

    private static readonly List<Breakdown> Breakdowns = [];

    /// <summary>Where one Construct's time went, from the mock engine's own timestamps (ms).</summary>
    private sealed record Breakdown(double ToComponent, double Delays, double DelayOvershoot, double Gaps, double ToOutputs, double ToAnswer)
    {
        public static Breakdown Of(MockEngine engine, string name, long started, long answered, TimeSpan latency)
        {
            static double Ms(long from, long to) => Stopwatch.GetElapsedTime(from, to).TotalMilliseconds;
            var component = engine.Registrations.Single(r => !r.Request.Custom && r.Request.Name == name);
            var registrations = engine.Registrations.Where(r => r == component || r.Request.Parent == component.Resource.Urn).ToList();
            var byUrn = registrations.ToDictionary(r => r.Resource.Urn);

            // Walk back the critical path: from the last child to finish, through the prerequisite that finished last.
            var path = new List<RecordedRegistration>();
            var current = registrations.Where(r => r.Request.Custom).MaxBy(r => r.Finished)!;
            while (true)
            {
                path.Add(current);
                var prerequisites = current.Request.Dependencies.Where(byUrn.ContainsKey).Select(u => byUrn[u]).ToList();
                if (prerequisites.Count == 0)
                {
                    break;
                }

                current = prerequisites.MaxBy(r => r.Finished)!;
            }

            path.Reverse();
            var delays = path.Sum(r => Ms(r.Started, r.Finished)) + Ms(component.Started, component.Finished);
            var gaps = Ms(component.Finished, path[0].Started) + path.Zip(path.Skip(1)).Sum(p => Ms(p.First.Finished, p.Second.Started));
            var outputs = engine.RegisteredOutputs.Single(o => o.Urn == component.Resource.Urn);
            return new Breakdown(
                Ms(started, component.Started),
                delays,
                delays - ((path.Count + 1) * latency.TotalMilliseconds),
                gaps,
                Ms(path[^1].Finished, outputs.Finished),
                Ms(outputs.Finished, answered));
        }
    }

    private static Process Start(string plugin, string engineAddress, out int port)
    {
        var start = new ProcessStartInfo(plugin) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(engineAddress);
        var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {plugin}");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var line = process.StandardOutput.ReadLine();
        port = int.Parse(line ?? throw new InvalidOperationException($"{plugin} printed no port line"), CultureInfo.InvariantCulture);
        return process;
    }

    private static async Task<double> TimeAsync(Func<Task> call)
    {
        var clock = Stopwatch.StartNew();
        await call().ConfigureAwait(false);
        return clock.Elapsed.TotalMilliseconds;
    }

    private static string Summary(IEnumerable<double> samples, string format = "F0")
    {
        var list = samples.ToList();
        return string.Create(CultureInfo.InvariantCulture, $"{Median(list).ToString(format, CultureInfo.InvariantCulture)} ({list.Min().ToString(format, CultureInfo.InvariantCulture)}–{list.Max().ToString(format, CultureInfo.InvariantCulture)})");
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        var mid = sorted.Count / 2;
        return sorted.Count % 2 == 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
    }

    /// <summary>The plugin this build of the repository produces (the benchmark's project reference builds it in the same configuration).</summary>
    private static string DefaultPlugin()
    {
        var configuration = AppContext.BaseDirectory.Contains("/Release/", StringComparison.Ordinal) ? "Release" : "Debug";
        return Path.Combine(RepositoryRoot() ?? AppContext.BaseDirectory, "provider", "bin", configuration, "net10.0", Tokens.PluginExecutable);
    }

    /// <summary>Where <c>provider/publish.sh</c> (its default mode, NativeAOT) leaves the executable.</summary>
    private static string DefaultAotPlugin() =>
        Path.Combine(RepositoryRoot() ?? AppContext.BaseDirectory, "artifacts", "publish", "aot-linux-x64", Tokens.PluginExecutable);

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "global.json")))
            {
                return dir.FullName;
            }
        }

        return null;
    }
}
