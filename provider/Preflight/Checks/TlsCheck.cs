using TidbDms.Provider.Component;

namespace TidbDms.Provider.Preflight.Checks;

/// <summary>
/// TLS as the SSL mode requires: with <c>verify-ca</c>/<c>verify-full</c>, a TLS 1.2 handshake whose
/// certificate chains to the trusted CA (and names the host, with verify-full); with <c>none</c>,
/// that the endpoint accepts connections without TLS at all.
/// </summary>
internal sealed class TlsCheck : IPreflightCheck
{
    public const string CheckId = "tls";

    public string Id => CheckId;

    public PreflightStage Needs => PreflightStage.Reachable;

    public bool AppliesTo(PreflightTarget target) => true;

    public async Task<PreflightFinding> RunAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        var target = context.Target;
        var finding = target.SslMode == SslMode.None
            ? WithoutTls(target)
            : await WithTlsAsync(context, cancellationToken).ConfigureAwait(false);
        if (finding.Status is PreflightStatus.Pass or PreflightStatus.Warn)
        {
            context.Stage = PreflightStage.Secured;
        }

        return finding;
    }

    private PreflightFinding WithoutTls(PreflightTarget target)
    {
        if (target.IsServerless && IsPublicServerlessHost(target.Host))
        {
            return PreflightFinding.Fail(
                Id,
                $"ssl mode 'none' over the public endpoint {target.Host}: Starter and Essential public endpoints accept only TLS connections, so DMS would be refused.",
                "Use ssl mode 'verify-full' with ISRG Root X1 as the CA (the default for Starter/Essential); 'none' is for private endpoints only.");
        }

        if (IsPublicDedicatedHost(target.Host))
        {
            return PreflightFinding.Warn(
                Id,
                $"ssl mode 'none' over the public endpoint {target.Host}: Dedicated accepts it, but the data and the password cross the internet unencrypted.",
                "Use ssl mode 'verify-full' with the cluster's CA from the Connect dialog (\"CA cert\").");
        }

        return PreflightFinding.Pass(Id, "TLS is not used: ssl mode 'none' (fine over a private endpoint or VPC peering).");
    }

    private async Task<PreflightFinding> WithTlsAsync(PreflightContext context, CancellationToken cancellationToken)
    {
        var target = context.Target;
        var mode = ContractEnums.SslMode.ToWire(target.SslMode);
        if (context.Greeting is { OffersTls: false })
        {
            return PreflightFinding.Fail(
                Id,
                $"The server does not offer TLS (its greeting lacks the SSL capability), so DMS in '{mode}' mode cannot connect.",
                "Enable TLS on the server, or use ssl mode 'none' where the path is private (private endpoint, VPC peering).");
        }

        var attempt = await context.ConnectAsync(cancellationToken).ConfigureAwait(false);
        if (attempt.Tls is { } tls)
        {
            return tls.Verdict == TlsVerdict.Trusted && attempt.Failure != ConnectionFailure.TlsHandshake
                ? PreflightFinding.Pass(Id, Trusted(target, tls))
                : Rejected(target, tls, attempt);
        }

        return attempt.Failure switch
        {
            null => PreflightFinding.Pass(Id, $"{ClusterConnector.DmsTlsVersion} accepted."),
            ConnectionFailure.TlsHandshake => PreflightFinding.Fail(
                Id,
                $"The server did not complete a {ClusterConnector.DmsTlsVersion} handshake. DMS speaks only TLS 1.2 to MySQL endpoints (not TLS 1.3).",
                "Allow TLS 1.2 on the server (TiDB Cloud accepts TLS 1.2 and 1.3); a server or proxy that offers only TLS 1.3 cannot serve DMS."),
            ConnectionFailure.Timeout => PreflightFinding.Fail(
                Id,
                $"No TLS handshake within {DnsCheck.Seconds(target.Timeout)}.",
                "Check that nothing between here and the cluster (a proxy, a firewall) interferes with TLS on the port."),
            _ => PreflightFinding.Fail(
                Id,
                $"The connection failed before its TLS handshake: {attempt.ErrorSummary}",
                "Run the preflight again; if it persists, the server or a proxy in front of it drops connections that ask for TLS."),
        };
    }

    private static string Trusted(PreflightTarget target, TlsObservation tls)
    {
        var name = target.SslMode == SslMode.VerifyFull
            ? $" and names the host {target.Host}"
            : " (host name not checked: verify-ca)";
        return $"{ClusterConnector.DmsTlsVersion} accepted; the certificate ({tls.Subject}, issued by {tls.Issuer}) chains to {target.TrustedCaDescription}{name}.";
    }

    private PreflightFinding Rejected(PreflightTarget target, TlsObservation tls, ClusterConnection attempt) => tls.Verdict switch
    {
        TlsVerdict.NoCertificate => PreflightFinding.Fail(
            Id,
            "The server sent no certificate, so it cannot be verified.",
            "Configure a server certificate, or use ssl mode 'none' over a private path."),
        TlsVerdict.UntrustedChain => PreflightFinding.Fail(
            Id,
            $"The server's certificate ({tls.Subject}, issued by {tls.Issuer}) does not chain to {target.TrustedCaDescription} ({string.Join(", ", tls.ChainStatus)}). DMS with a certificate made from that CA would refuse the connection.",
            target.IsServerless
                ? "Starter and Essential certificates come from Let's Encrypt: use ISRG Root X1 (leave the CA unset, or use https://letsencrypt.org/certs/isrgrootx1.pem)."
                : "Use the cluster's own CA: the Connect dialog of the Dedicated cluster in the TiDB Cloud console (\"CA cert\")."),
        TlsVerdict.Expired => PreflightFinding.Fail(
            Id,
            $"The server's certificate ({tls.Subject}) is valid from {ServerCertificateValidator.FormatDate(tls.NotBefore)} to {ServerCertificateValidator.FormatDate(tls.NotAfter)}, which does not include now.",
            "Check this machine's clock; if it is right, the server's certificate must be renewed."),
        TlsVerdict.NameMismatch => PreflightFinding.Fail(
            Id,
            $"The server's certificate chains to {target.TrustedCaDescription} but is for {string.Join(", ", tls.Names)}, not {target.Host}: 'verify-full' checks the host name.",
            $"Connect with a host name the certificate names (the host from the Connect dialog), or use ssl mode 'verify-ca', which skips the host-name check."),
        _ => PreflightFinding.Fail(
            Id,
            $"The TLS handshake failed after the certificate was accepted: {attempt.ErrorSummary}",
            "Allow TLS 1.2 on the server."),
    };

    /// <summary>A Starter/Essential public gateway (<c>gatewayNN.&lt;region&gt;.prod.&lt;cloud&gt;.tidbcloud.com</c>), not its PrivateLink twin.</summary>
    private static bool IsPublicServerlessHost(string host) =>
        host.StartsWith("gateway", StringComparison.OrdinalIgnoreCase)
        && host.EndsWith(".tidbcloud.com", StringComparison.OrdinalIgnoreCase)
        && !host.Contains("-privatelink", StringComparison.OrdinalIgnoreCase);

    /// <summary>A Dedicated public endpoint (<c>tidb.&lt;slug&gt;.clusters.tidb-cloud.com</c>), not <c>private-tidb.…</c> or <c>privatelink-….</c>.</summary>
    private static bool IsPublicDedicatedHost(string host) =>
        host.StartsWith("tidb.", StringComparison.OrdinalIgnoreCase)
        && host.EndsWith(".clusters.tidb-cloud.com", StringComparison.OrdinalIgnoreCase);
}
