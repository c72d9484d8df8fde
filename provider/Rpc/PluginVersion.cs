using System.Reflection;

namespace TidbDms.Provider.Rpc;

/// <summary>The plugin's version as GetPluginInfo reports it: the assembly's package version (<c>Version</c> in the project file).</summary>
internal static class PluginVersion
{
    public static string Current { get; } = Read();

    private static string Read()
    {
        var informational = typeof(PluginVersion).Assembly
            .GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "";

        // The SDK appends "+<commit>" (build metadata); the engine compares plugin versions without it.
        var plus = informational.IndexOf('+', StringComparison.Ordinal);
        return plus < 0 ? informational : informational[..plus];
    }
}
