namespace TidbDms.Benchmarks;

/// <summary>
/// Figures, never pass/fail. With <c>--variant</c> arguments: the start-up comparison of published
/// builds (<see cref="StartupComparison"/>). With <c>--deploy-time</c>: only the modeled deployment
/// times (<see cref="DeploymentTimes"/>, no plugin needed). Without: the provider's own figures in
/// one run (<see cref="ConstructBenchmark"/>), then the deployment times.
/// </summary>
internal static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args.Contains("--variant", StringComparer.Ordinal))
        {
            return await StartupComparison.RunAsync(args).ConfigureAwait(false);
        }

        if (args.Contains("--deploy-time", StringComparer.Ordinal))
        {
            if (args.Length > 1)
            {
                await Console.Error.WriteLineAsync("--deploy-time takes no other argument: the model needs no plugin").ConfigureAwait(false);
                return 2;
            }

            Console.Write(DeploymentTimes.Report());
            return 0;
        }

        var status = await ConstructBenchmark.RunAsync(args).ConfigureAwait(false);
        if (status == 0)
        {
            Console.Write("\n" + DeploymentTimes.Report());
        }

        return status;
    }
}
