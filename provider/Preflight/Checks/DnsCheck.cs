using System.Net;
using System.Net.Sockets;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Preflight.Checks;

/// <summary>The host name resolves: the first thing DMS does with the endpoint's server name.</summary>
internal sealed class DnsCheck : IPreflightCheck
{
    public const string CheckId = "dns";

    public string Id => CheckId;

    public PreflightStage Needs => PreflightStage.Start;

    public bool AppliesTo(PreflightTarget target) => true;

    public async Task<PreflightFinding> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        var host = context.Target.Host;
        if (IPAddress.TryParse(host, out var literal))
        {
            context.Addresses = [literal];
            context.Stage = PreflightStage.Resolved;
            return PreflightFinding.Pass(Id, $"{host} is an IP address: nothing to resolve.");
        }

        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(context.Target.Timeout);
        IPAddress[] addresses;
        try
        {
            addresses = await Dns.GetHostAddressesAsync(host, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return PreflightFinding.Fail(Id, $"DNS gave no answer for {host} within {Seconds(context.Target.Timeout)}.", Fix(context.Target));
        }
        catch (SocketException error)
        {
            var what = error.SocketErrorCode switch
            {
                SocketError.HostNotFound => "does not resolve: no such host name",
                SocketError.NoData => "has no address records",
                SocketError.TryAgain => "could not be resolved: the DNS server gave a temporary failure",
                _ => $"could not be resolved ({error.SocketErrorCode})",
            };
            return PreflightFinding.Fail(Id, $"{host} {what}.", Fix(context.Target));
        }

        if (addresses.Length == 0)
        {
            return PreflightFinding.Fail(Id, $"{host} has no address records.", Fix(context.Target));
        }

        context.Addresses = [.. addresses.Distinct()];
        context.Stage = PreflightStage.Resolved;
        return PreflightFinding.Pass(Id, $"{host} resolves to {string.Join(", ", context.Addresses)}.");
    }

    private static string Fix(PreflightTarget target) => TidbHost.IsPrivateLink(target.Host)
        ? "A gatewayNN-privatelink host resolves only inside a VPC whose PrivateLink endpoint has private DNS enabled: run the preflight from such a VPC, or check the endpoint's private DNS setting."
        : "Copy the host from the cluster's Connect dialog in the TiDB Cloud console and check it for typos; check that this machine's DNS resolver works.";

    internal static string Seconds(TimeSpan timeout) => $"{timeout.TotalSeconds:0.#} s";
}
