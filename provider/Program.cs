namespace TidbDms.Provider;

/// <summary>Entry point: the CLI verbs, or (with no verb) the plugin's gRPC server.</summary>
internal static class Program
{
    public static int Main(string[] args)
    {
        _ = args;
        return 0;
    }
}
