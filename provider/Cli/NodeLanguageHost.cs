using System.Collections.Immutable;
using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using TidbDms.Provider.OfflineEngine;

namespace TidbDms.Provider.Cli;

/// <summary>
/// Runs a Node.js Pulumi program against the offline engine the way Pulumi's Node.js language host
/// runs it against the Pulumi engine: <c>node [nodeargs] &lt;program's @pulumi/pulumi/cmd/run&gt;</c>
/// with the engine's address as <c>--monitor</c> and <c>--engine</c>, the deployment's project,
/// stack, organization, parallelism and preview flag, the program folder as <c>--pwd</c>, and the
/// stack's config in <c>PULUMI_CONFIG</c> (<c>&lt;ns&gt;:config:&lt;key&gt;</c>, the host's form) with
/// the secret keys in <c>PULUMI_CONFIG_SECRET_KEYS</c> (<c>&lt;ns&gt;:&lt;key&gt;</c>, as the SDK
/// compares them). TypeScript runs as the host runs it: <c>PULUMI_NODEJS_TYPESCRIPT=true</c>, so the
/// runner compiles the program with ts-node and the program's own <c>typescript</c>. The SDK calls
/// <c>SignalAndWaitForShutdown</c> itself once the program is done; the run ends when node exits,
/// or when it has taken longer than <see cref="NodeHostOptions.Timeout"/> (then it is stopped).
/// One addition: <see cref="NodeErrorFormatting"/>, loaded first, so a program's error is reported
/// without the minute Node 20.20 spends colouring its stack.
/// </summary>
internal sealed class NodeLanguageHost
{
    /// <summary>What the runner puts in the environment from its flags, which must come from these flags only, never from ours.</summary>
    private static readonly string[] RunnerVariables =
    [
        "PULUMI_NODEJS_ORGANIZATION", "PULUMI_NODEJS_PROJECT", "PULUMI_NODEJS_ROOT_DIRECTORY", "PULUMI_NODEJS_STACK",
        "PULUMI_NODEJS_DRY_RUN", "PULUMI_NODEJS_PARALLEL", "PULUMI_NODEJS_MONITOR", "PULUMI_NODEJS_ENGINE", "PULUMI_NODEJS_SYNC",
        // Would make the SDK run against its built-in mocks instead of the engine.
        "PULUMI_TEST_MODE",
    ];

    private readonly NodeHostOptions _options;

    public NodeLanguageHost(NodeHostOptions options) => _options = options;

    /// <summary>The launch for <paramref name="project"/>, or null and the one thing to fix first (<see cref="NodeInstallation"/>).</summary>
    public NodeLaunch? Prepare(NodeProject project, out string? problem) => NodeInstallation.Check(project, _options, out problem);

    /// <summary>Runs the program against <paramref name="engine"/> and waits for it to end.</summary>
    public async Task<NodeProgramExit> RunAsync(NodeProject project, NodeLaunch launch, OfflineEngineHost engine, CancellationToken cancellationToken)
    {
        using var process = new Process { StartInfo = StartInfo(project, launch, engine.Options, engine.Address) };
        var console = new List<string>();
        void Collect(object sender, DataReceivedEventArgs line)
        {
            if (line.Data is { } text)
            {
                lock (console)
                {
                    console.Add(text);
                }
            }
        }

        process.OutputDataReceived += Collect;
        process.ErrorDataReceived += Collect;
        process.Start();
        process.StandardInput.Close();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();

        using var bounded = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        bounded.CancelAfter(_options.Timeout);
        var timedOut = false;
        try
        {
            await process.WaitForExitAsync(bounded.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Only the process this host started, with whatever it started.
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            timedOut = true;
        }

        lock (console)
        {
            return new NodeProgramExit(process.ExitCode, timedOut, [.. console]);
        }
    }

    private static ProcessStartInfo StartInfo(NodeProject project, NodeLaunch launch, OfflineEngineOptions deployment, string address)
    {
        var start = new ProcessStartInfo(launch.Node)
        {
            WorkingDirectory = project.ProgramDirectory,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            UseShellExecute = false,
        };
        // "--require=<file>" (one argument): the runner's check for other loaders looks for a bare "--require".
        start.ArgumentList.Add($"--require={NodeErrorFormatting.Path}");
        foreach (var arg in project.NodeArgs)
        {
            start.ArgumentList.Add(arg);
        }

        start.ArgumentList.Add(launch.RunScript);
        void Flag(string name, string value)
        {
            start.ArgumentList.Add($"--{name}");
            start.ArgumentList.Add(value);
        }

        Flag("monitor", address);
        Flag("engine", address);
        Flag("organization", deployment.Organization);
        Flag("project", deployment.Project);
        Flag("root-directory", project.RootDirectory);
        Flag("stack", deployment.Stack);
        Flag("pwd", project.ProgramDirectory);
        if (deployment.DryRun)
        {
            start.ArgumentList.Add("--dry-run");
        }

        Flag("parallel", deployment.Parallel.ToString(CultureInfo.InvariantCulture));
        start.ArgumentList.Add(project.EntryPoint);

        foreach (var name in RunnerVariables)
        {
            start.Environment.Remove(name);
        }

        start.Environment["PULUMI_CONFIG"] = ConfigJson(deployment.Config);
        start.Environment["PULUMI_CONFIG_SECRET_KEYS"] = Json(json =>
        {
            json.WriteStartArray();
            foreach (var key in deployment.ConfigSecretKeys)
            {
                json.WriteStringValue(key);
            }

            json.WriteEndArray();
        });
        if (project.TypeScript)
        {
            start.Environment["PULUMI_NODEJS_TYPESCRIPT"] = "true";
        }
        else
        {
            start.Environment.Remove("PULUMI_NODEJS_TYPESCRIPT");
        }

        if (project.TsConfig is { } tsConfig)
        {
            start.Environment["PULUMI_NODEJS_TSCONFIG_PATH"] = tsConfig;
        }

        return start;
    }

    /// <summary><c>{"&lt;ns&gt;:config:&lt;key&gt;": "value"}</c>: the form the language host passes (the SDK also reads <c>&lt;ns&gt;:&lt;key&gt;</c>).</summary>
    private static string ConfigJson(ImmutableSortedDictionary<string, string> config) => Json(json =>
    {
        json.WriteStartObject();
        foreach (var (key, value) in config)
        {
            var colon = key.IndexOf(':', StringComparison.Ordinal);
            json.WriteString(colon > 0 ? $"{key[..colon]}:config:{key[(colon + 1)..]}" : key, value);
        }

        json.WriteEndObject();
    });

    private static string Json(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer))
        {
            write(json);
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
