using System.Globalization;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Preflight.Checks;

/// <summary>The user signs in with the password, over the connection the TLS check set up.</summary>
internal sealed class AuthenticationCheck : IPreflightCheck
{
    public const string CheckId = "authentication";

    public string Id => CheckId;

    public PreflightStage Needs => PreflightStage.Secured;

    public bool AppliesTo(PreflightTarget target) => true;

    public async Task<PreflightFinding> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        var target = context.Target;
        var attempt = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
        if (attempt.Failure is not { } failure)
        {
            context.Stage = PreflightStage.SignedIn;
            var account = await context.ScalarAsync("SELECT CURRENT_USER()", cancellationToken).ConfigureAwait(false);
            return PreflightFinding.Pass(Id, $"'{target.User}' signed in (the server knows the account as {Accounts.Quote(Convert.ToString(account, CultureInfo.InvariantCulture) ?? "")}).");
        }

        var user = $"'{target.User}'";
        return failure switch
        {
            ConnectionFailure.AccessDenied => PreflightFinding.Fail(
                Id,
                $"The server refused the sign-in of {user} (access denied): the password is wrong, or no such user exists for this client address.",
                target.IsServerless
                    ? "Check the password and that the user name is exactly '<prefix>.<name>' as in the Connect dialog; reset the password in the TiDB Cloud console if unsure."
                    : "Check the password; a user created as 'name'@'host' must admit DMS's address (create it for '%' or for the NAT/instance addresses)."),
            ConnectionFailure.HostNotAllowed => PreflightFinding.Fail(
                Id,
                $"The server does not let {user} connect from this address.",
                "Create the user for host '%' (or for DMS's NAT/instance addresses) and for this machine's address."),
            ConnectionFailure.TooManyConnections => PreflightFinding.Fail(
                Id,
                $"The server refused {user}: too many connections.",
                "Close idle connections or raise the limit; DMS opens one connection per parallel-load thread."),
            ConnectionFailure.InsecureTransportRefused => PreflightFinding.Fail(
                Id,
                "The server requires TLS, and ssl mode 'none' asked for none.",
                "Use ssl mode 'verify-full'."),
            ConnectionFailure.UnsupportedAuthentication => PreflightFinding.Fail(
                Id,
                $"{user}'s authentication method is not one a MySQL client such as DMS supports ({attempt.ErrorSummary}).",
                "Create the user with mysql_native_password (TiDB Cloud's default) or caching_sha2_password over TLS."),
            ConnectionFailure.Timeout => PreflightFinding.Fail(
                Id,
                $"No sign-in answer within {DnsCheck.Seconds(target.Timeout)}.",
                "The server is overloaded or a proxy stalls the connection; retry, and check the cluster's state in the console."),
            ConnectionFailure.Unreachable or ConnectionFailure.UnknownHost => PreflightFinding.Fail(
                Id,
                $"The connection was lost during sign-in ({attempt.ErrorSummary}).",
                $"Retry; for {ContractEnums.Tier.ToWire(target.Tier)} over a public endpoint, check the IP access list and that the cluster is active."),
            _ => PreflightFinding.Fail(
                Id,
                $"Sign-in of {user} failed: {attempt.ErrorSummary}",
                "Resolve the server's error above, then run the preflight again."),
        };
    }
}
