namespace TidbDms.Provider.Hosting;

/// <summary>How to start the plugin server: the engine's address (when known) and where diagnostics go.</summary>
internal sealed record ProviderHostOptions
{
    /// <summary>The <c>pulumirpc.Engine</c> address from the command line; null when started by hand (attach mode).</summary>
    public string? EngineAddress { get; init; }

    /// <summary>The plugin's own diagnostics (never stdout: stdout carries only the port line).</summary>
    public TextWriter Diagnostics { get; init; } = Console.Error;

    /// <summary>
    /// Reads the command line the engine passes:
    /// <c>[--logtostderr] [-v=N] [--logflow] [--tracing X] &lt;engine-address&gt;</c>. Logging and tracing
    /// flags are skipped (with <c>--tracing</c>'s value), other flags ignored, and the first positional
    /// argument is the engine address, which may be absent.
    /// </summary>
    public static ProviderHostOptions FromArguments(IReadOnlyList<string> args)
    {
        string? engineAddress = null;
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg == "--tracing")
            {
                i++;
                continue;
            }

            if (arg.StartsWith('-'))
            {
                continue;
            }

            engineAddress ??= arg;
        }

        return new ProviderHostOptions { EngineAddress = engineAddress };
    }
}
