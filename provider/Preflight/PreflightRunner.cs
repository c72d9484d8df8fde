using System.Collections.Immutable;
using System.Net.Sockets;
using MySqlConnector;
using TidbDms.Provider.Preflight.Checks;

namespace TidbDms.Provider.Preflight;

/// <summary>
/// Runs the checks in the order DMS meets the same conditions: name resolution, TCP, TLS, the user
/// name, sign-in, then what DMS needs once signed in. A check whose stage was not reached is reported
/// as skipped; a check that does not apply to the endpoint type is left out.
/// </summary>
internal static class PreflightRunner
{
    /// <summary>Every check, in DMS order.</summary>
    public static ImmutableArray<IPreflightCheck> Checks { get; } =
    [
        new DnsCheck(),
        new TcpCheck(),
        new TlsCheck(),
        new UserPrefixCheck(),
        new AuthenticationCheck(),
        new ServerIdentityCheck(),
        new PrivilegesCheck(),
        new LocalInfileCheck(),
        new SchemasCheck(),
        new PrimaryKeysCheck(),
        new ChangeDataCaptureCheck(),
        new CollationCheck(),
    ];

    /// <summary>
    /// Checks <paramref name="target"/>. Never throws for what it finds (a refused connection is a
    /// finding); a target with <see cref="PreflightTarget.Problems"/> gives a could-not-run report.
    /// </summary>
    public static Task<PreflightReport> RunAsync(PreflightTarget target, CancellationToken cancellationToken) =>
        RunAsync(target, Checks, cancellationToken);

    public static async Task<PreflightReport> RunAsync(PreflightTarget target, IEnumerable<IPreflightCheck> checks, CancellationToken cancellationToken)
    {
        var problems = target.Problems();
        if (!problems.IsEmpty)
        {
            return PreflightReport.CouldNotRun(target, problems);
        }

        var findings = ImmutableArray.CreateBuilder<PreflightFinding>();
        var context = new PreflightContext(target);
        await using (context.ConfigureAwait(false))
        {
            foreach (var check in checks.Where(c => c.AppliesTo(target)))
            {
                var finding = context.Stage < check.Needs
                    ? new PreflightFinding(check.Id, PreflightStatus.Skip, $"Not checked: {Unreached(context.Stage + 1)}.")
                    : await RunOneAsync(check, context, cancellationToken).ConfigureAwait(false);
                findings.Add(Redact(finding, target.Password));
            }
        }

        return new PreflightReport(target, findings.ToImmutable(), []);
    }

    private static async Task<PreflightFinding> RunOneAsync(IPreflightCheck check, PreflightContext context, CancellationToken cancellationToken)
    {
        try
        {
            return await check.RunAsync(context, cancellationToken).ConfigureAwait(false);
        }
        catch (MySqlException error) when (!cancellationToken.IsCancellationRequested)
        {
            return PreflightFinding.Fail(
                check.Id,
                $"The check's query failed (error {error.Number}: {error.Message}).",
                "Resolve the server's error above, then run the preflight again.");
        }
        catch (Exception error) when (!cancellationToken.IsCancellationRequested
            && error is IOException or SocketException or TimeoutException or InvalidOperationException or OperationCanceledException)
        {
            // the connection broke mid-run: a finding, not a crash of the whole preflight
            return PreflightFinding.Fail(
                check.Id,
                $"The check could not finish: the connection failed ({error.GetType().Name}).",
                "Run the preflight again; if it persists, the server or the network drops connections.");
        }
    }

    private static string Unreached(PreflightStage stage) => stage switch
    {
        PreflightStage.Resolved => "the host name did not resolve",
        PreflightStage.Reachable => "no MySQL server could be reached on the port",
        PreflightStage.Secured => "the connection could not be secured as the ssl mode requires",
        PreflightStage.SignedIn => "the user could not sign in",
        _ => "an earlier check failed",
    };

    /// <summary>A last guard: no server or client message may echo the password into the report.</summary>
    private static PreflightFinding Redact(PreflightFinding finding, string password) =>
        finding with
        {
            Message = finding.Message.Replace(password, "[secret]", StringComparison.Ordinal),
            Fix = finding.Fix?.Replace(password, "[secret]", StringComparison.Ordinal),
        };
}
