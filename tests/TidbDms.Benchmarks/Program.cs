namespace TidbDms.Benchmarks;

/// <summary>
/// Figures, never pass/fail. With <c>--variant</c> arguments: the start-up comparison of published
/// builds (<see cref="StartupComparison"/>). Without: the provider's own figures in one run
/// (<see cref="ConstructBenchmark"/>).
/// </summary>
internal static class Program
{
    public static Task<int> Main(string[] args) =>
        args.Contains("--variant", StringComparer.Ordinal) ? StartupComparison.RunAsync(args) : ConstructBenchmark.RunAsync(args);
}
