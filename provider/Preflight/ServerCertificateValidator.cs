using System.Collections.Immutable;
using System.Globalization;
using System.Net.Security;
using System.Security.Cryptography.X509Certificates;

namespace TidbDms.Provider.Preflight;

/// <summary>
/// Decides, during the TLS handshake, whether the server certificate is one DMS would accept in
/// <c>verify-ca</c> / <c>verify-full</c> mode, and remembers why. Rejecting inside the handshake (rather
/// than with MySqlConnector's VerifyCA/VerifyFull, which since 2.4 defer certificate errors until after
/// authentication for MariaDB's fingerprint scheme) means no credentials reach a server that failed
/// the check, and the report can say which part failed: chain, validity or host name.
/// </summary>
internal sealed class ServerCertificateValidator
{
    private readonly X509Certificate2Collection _trusted;
    private readonly string? _hostName;

    /// <param name="trusted">The CA certificates the chain must end in (only these: the system store is not consulted, as in DMS).</param>
    /// <param name="hostName">The host the certificate must name (verify-full), or null (verify-ca).</param>
    public ServerCertificateValidator(X509Certificate2Collection trusted, string? hostName)
    {
        _trusted = trusted;
        _hostName = hostName;
    }

    /// <summary>Set once the handshake reached the certificate; null when it failed before (protocol version, ciphers).</summary>
    public TlsObservation? Observation { get; private set; }

    public bool Validate(object sender, X509Certificate? certificate, X509Chain? chain, SslPolicyErrors errors)
    {
        Observation = Observe(certificate, chain);
        return Observation.Verdict == TlsVerdict.Trusted;
    }

    private TlsObservation Observe(X509Certificate? certificate, X509Chain? presented)
    {
        if (certificate is null)
        {
            return TlsObservation.NoCertificate;
        }

        using var leaf = new X509Certificate2(certificate);
        using var chain = new X509Chain();
        chain.ChainPolicy.TrustMode = X509ChainTrustMode.CustomRootTrust;
        chain.ChainPolicy.CustomTrustStore.AddRange(_trusted);
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.DisableCertificateDownloads = true;
        if (presented is not null)
        {
            // the intermediates the server sent; the trust decision is still only against _trusted
            chain.ChainPolicy.ExtraStore.AddRange(presented.ChainPolicy.ExtraStore);
            foreach (var element in presented.ChainElements)
            {
                chain.ChainPolicy.ExtraStore.Add(element.Certificate);
            }
        }

        var chained = chain.Build(leaf);
        var status = chain.ChainStatus
            .Select(s => s.Status)
            .Where(s => s != X509ChainStatusFlags.NoError)
            .Distinct()
            .Select(s => s.ToString())
            .Order(StringComparer.Ordinal)
            .ToImmutableArray();
        var names = NamesOf(leaf);

        var verdict = TlsVerdict.Trusted;
        if (!chained)
        {
            var onlyTime = chain.ChainStatus.All(s => s.Status is X509ChainStatusFlags.NotTimeValid or X509ChainStatusFlags.NoError);
            verdict = onlyTime ? TlsVerdict.Expired : TlsVerdict.UntrustedChain;
        }
        else if (_hostName is not null && !leaf.MatchesHostname(_hostName))
        {
            verdict = TlsVerdict.NameMismatch;
        }

        return new TlsObservation(
            verdict,
            leaf.Subject,
            leaf.Issuer,
            new DateTimeOffset(leaf.NotBefore.ToUniversalTime(), TimeSpan.Zero),
            new DateTimeOffset(leaf.NotAfter.ToUniversalTime(), TimeSpan.Zero),
            names,
            status);
    }

    private static ImmutableArray<string> NamesOf(X509Certificate2 certificate)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        foreach (var extension in certificate.Extensions.OfType<X509SubjectAlternativeNameExtension>())
        {
            names.AddRange(extension.EnumerateDnsNames());
            names.AddRange(extension.EnumerateIPAddresses().Select(a => a.ToString()));
        }

        if (names.Count == 0)
        {
            var commonName = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
            if (!string.IsNullOrEmpty(commonName))
            {
                names.Add(commonName);
            }
        }

        return names.ToImmutable();
    }

    /// <summary>A date as messages show it: UTC, to the minute.</summary>
    public static string FormatDate(DateTimeOffset value) =>
        value.UtcDateTime.ToString("yyyy-MM-dd HH:mm 'UTC'", CultureInfo.InvariantCulture);
}
