using System.Diagnostics;

namespace TidbDms.Provider.Tests.Sdk;

/// <summary>The exit code and the interleaved stdout/stderr of a finished tool run.</summary>
internal sealed record ToolResult(int ExitCode, string Output, string Error)
{
    /// <summary>For assertion messages: the command's exit code and everything it printed.</summary>
    public string Describe(string command) => $"`{command}` exited {ExitCode}\n--- stdout ---\n{Output}\n--- stderr ---\n{Error}";
}

/// <summary>Runs the language toolchains (node, python3, go, gofmt) the SDK checks need, with a bounded wait.</summary>
internal static class ToolRun
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(5);

    public static ToolResult Run(string file, string workingDirectory, IReadOnlyDictionary<string, string>? environment, params string[] args)
    {
        var start = new ProcessStartInfo(file)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', args)} did not finish within {Limit.TotalMinutes} minutes");
        }

        process.WaitForExit();
        return new ToolResult(process.ExitCode, stdout.Result, stderr.Result);
    }

    /// <summary>The full path of <paramref name="tool"/> on PATH, or null.</summary>
    public static string? Find(string tool) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, tool))
            .FirstOrDefault(File.Exists);

    /// <summary>The path of <paramref name="tool"/>, or a failed assertion saying how to install it.</summary>
    public static string Require(string tool) =>
        Find(tool) ?? throw new AssertionException($"{tool} is not on PATH: run tests/install-deps.sh (it installs what the SDK checks need)");
}
