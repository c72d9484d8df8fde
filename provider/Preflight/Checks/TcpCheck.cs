using System.Net;
using System.Net.Sockets;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Preflight.Checks;

/// <summary>
/// A TCP connection to the port is accepted within the timeout, and what answers is a MySQL-protocol
/// server (its greeting is read, no credentials are sent).
/// </summary>
internal sealed class TcpCheck : IPreflightCheck
{
    public const string CheckId = "tcp";

    /// <summary>Far above any real greeting; protects against a non-MySQL service announcing a huge "packet".</summary>
    private const int MaxGreetingLength = 64 * 1024;

    public string Id => CheckId;

    public PreflightStage Needs => PreflightStage.Resolved;

    public bool AppliesTo(PreflightTarget target) => true;

    public async Task<PreflightFinding> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        var target = context.Target;
        var failures = new List<string>();
        foreach (var address in context.Addresses)
        {
            using var socket = new Socket(address.AddressFamily, SocketType.Stream, ProtocolType.Tcp);
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(target.Timeout);
            try
            {
                await socket.ConnectAsync(new IPEndPoint(address, target.Port), timeout.Token).ConfigureAwait(false);
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                failures.Add($"{address}: no answer within {DnsCheck.Seconds(target.Timeout)}");
                continue;
            }
            catch (SocketException error)
            {
                failures.Add($"{address}: {Describe(error.SocketErrorCode)}");
                continue;
            }

            return await ReadGreetingAsync(context, socket, address, timeout.Token, cancellationToken).ConfigureAwait(false);
        }

        return PreflightFinding.Fail(
            Id,
            $"No TCP connection to {target.Endpoint}: {string.Join("; ", failures)}.",
            ConnectFix(target));
    }

    private async Task<PreflightFinding> ReadGreetingAsync(
        PreflightContext context, Socket socket, IPAddress address, CancellationToken timeout, CancellationToken cancellationToken)
    {
        var target = context.Target;
        var connected = $"{target.Endpoint} ({address}) accepts TCP connections";
        byte[] payload;
        try
        {
            using var stream = new NetworkStream(socket, ownsSocket: false);
            var header = new byte[4];
            await stream.ReadExactlyAsync(header, timeout).ConfigureAwait(false);
            var length = header[0] | (header[1] << 8) | (header[2] << 16);
            if (length > MaxGreetingLength)
            {
                return NotMySql(connected);
            }

            payload = new byte[length];
            await stream.ReadExactlyAsync(payload, timeout).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return PreflightFinding.Fail(
                Id,
                $"{connected}, but no MySQL greeting came within {DnsCheck.Seconds(target.Timeout)}.",
                $"Check the port: TiDB listens on {Defaults.ClusterPort} unless a Dedicated cluster was given another one; a MySQL server speaks first on connect.");
        }
        catch (Exception error) when (error is SocketException or EndOfStreamException or IOException)
        {
            return PreflightFinding.Fail(
                Id,
                $"{connected}, but closed the connection before greeting.",
                "The server or a proxy in front of it dropped the connection: for Dedicated, add this machine's (and DMS's) public address to the cluster's IP access list; check that the port belongs to the cluster.");
        }

        var greeting = MySqlGreeting.Parse(payload);
        if (greeting is null)
        {
            return NotMySql(connected);
        }

        if (greeting.IsError)
        {
            return PreflightFinding.Fail(
                Id,
                $"{connected}, but the server refused the connection before sign-in (error {(int)greeting.ErrorCode!.Value}: {greeting.ErrorMessage}).",
                GreetingErrorFix(greeting));
        }

        context.Greeting = greeting;
        context.Stage = PreflightStage.Reachable;
        var tls = greeting.OffersTls ? "offers TLS" : "does not offer TLS";
        return PreflightFinding.Pass(Id, $"{connected}; a MySQL-protocol server answers ({greeting.ServerVersion}) and {tls}.");
    }

    private PreflightFinding NotMySql(string connected) => PreflightFinding.Fail(
        Id,
        $"{connected}, but what answers is not a MySQL-protocol server.",
        $"Check the port: TiDB listens on {Defaults.ClusterPort} unless a Dedicated cluster was given another one.");

    private static string GreetingErrorFix(MySqlGreeting greeting) => MySqlErrorClassifier.Classify(greeting.ErrorCode!.Value) switch
    {
        ConnectionFailure.HostNotAllowed => "The server does not admit this client address: allow it (for Dedicated, the cluster's IP access list; for MySQL-family servers, FLUSH HOSTS if it was blocked).",
        ConnectionFailure.TooManyConnections => "The server is out of connections: close idle ones or raise the limit, and leave room for DMS's (one per parallel-load thread).",
        _ => "Resolve the server's error above, then run the preflight again.",
    };

    private static string Describe(SocketError error) => error switch
    {
        SocketError.ConnectionRefused => "connection refused (nothing listens on the port, or a firewall rejects it)",
        SocketError.TimedOut => "connection timed out",
        SocketError.NetworkUnreachable => "network unreachable",
        SocketError.HostUnreachable => "host unreachable",
        SocketError.ConnectionReset => "connection reset",
        _ => $"connection failed ({error})",
    };

    private static string ConnectFix(PreflightTarget target) => target.Tier == Tier.Dedicated
        ? $"Check the port (Dedicated clusters listen on {Defaults.ClusterPort} unless given another one) and that the cluster is running; over the public endpoint, add the source address (DMS's NAT gateway or instance public IPs, and this machine's) to the cluster's IP access list; over VPC peering or a private endpoint, run the preflight from the VPC and allow the port in its security groups."
        : $"Check the port ({Defaults.ClusterPort}) and that the cluster is active; over a private endpoint, run the preflight from the VPC and let the VPC endpoint's security group admit port {target.Port}.";
}
