using CsCheck;
using TidbDms.Provider.Tests.Cli;
using TidbDms.Provider.Tests.Preflight;
using TidbDms.Provider.Tests.Support;

namespace TidbDms.Provider.Tests.Fuzzing;

/// <summary>
/// <c>preflight</c> against a hostile MySQL-protocol server (<see cref="HostileScripts"/>), with
/// and without TLS. Invariants: exit code 1 or 2 (a check failed, or it could not run), never a crash
/// or a pass, an answer within the case's time limit (every network step is bounded by
/// <c>--timeout 1</c>), and the password in no output.
/// </summary>
[Category(TestCategories.Fuzz)]
internal sealed class PreflightFuzzTests
{
    private const string Password = "Fuzz-Preflight-Secret-1c2d";

    private static readonly Gen<(Hostility Hostility, byte[] Garbage, bool Tls)> Cases =
        Gen.Select(Gen.Enum<Hostility>(), Gen.Byte.Array[1, 2048], Gen.Bool);

    [Test]
    public async Task PreflightHostileServerEndsWithinItsTimeoutsAndLeaksNothing()
    {
        await FuzzRun.ForEachAsync("preflight", 20_251_012, 12, Cases, TimeSpan.FromSeconds(60), async c =>
        {
            await using var server = new LoopbackMySqlServer(HostileScripts.For(c.Hostility, c.Garbage));
            var (exitCode, output, error) = await PreflightCli.RunAsync(
                ["--host", "127.0.0.1", "--port", server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture), "--user", "prefix.dms",
                 "--password-env", "TIDB_PASSWORD", "--tier", "Starter", "--endpoint-type", "target", "--ssl-mode", c.Tls ? "verify-full" : "none",
                 "--timeout", "1", "--json"],
                environment: new Dictionary<string, string> { ["TIDB_PASSWORD"] = Password });
            // Plain checks, not NUnit assertions: the cases run in parallel, and NUnit's assertion
            // scopes belong to the one test; FuzzRun turns the exception into the suite's failure.
            var text = output + error;
            var problems = new List<string>();
            if (exitCode is not (1 or 2))
            {
                problems.Add($"exit code {exitCode}, expected 1 or 2: {text}");
            }

            if (text.Contains(Password, StringComparison.Ordinal))
            {
                problems.Add("the password is in the output");
            }

            if (text.Contains("\n   at ", StringComparison.Ordinal))
            {
                problems.Add($"a stack trace is in the output: {text}");
            }

            if (problems.Count > 0)
            {
                throw new InvalidOperationException(string.Join("; ", problems));
            }
        }, c => $"{c.Hostility}, tls {c.Tls}, {c.Garbage.Length} bytes of garbage", parallelism: 16);
    }
}
