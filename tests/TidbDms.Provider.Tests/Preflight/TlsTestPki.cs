using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TidbDms.Provider.Tests.Preflight;

/// <summary>
/// Certificates for the TLS check's failure paths: CAs and server certificates with chosen subjects,
/// names and validity (fixed dates where a message prints them), each with its private key.
/// </summary>
internal static class TlsTestPki
{
    /// <summary>Wide enough to sign both the expired and the current server certificates.</summary>
    public static readonly DateTimeOffset CaFrom = new(2019, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset CaTo = new(2045, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset ExpiredFrom = new(2020, 3, 4, 5, 6, 0, TimeSpan.Zero);

    public static readonly DateTimeOffset ExpiredTo = new(2021, 3, 4, 5, 6, 0, TimeSpan.Zero);

    public static X509Certificate2 Ca(string name) => Ca(name, null);

    /// <summary>A CA; signed by <paramref name="issuer"/> (an intermediate) when given, else self-signed (a root).</summary>
    public static X509Certificate2 Ca(string name, X509Certificate2? issuer)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(name, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        if (issuer is null)
        {
            return Loadable(request.CreateSelfSigned(CaFrom, CaTo));
        }

        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        using var signed = request.Create(issuer, CaFrom.AddDays(1), CaTo.AddDays(-1), RandomNumberGenerator.GetBytes(16));
        return Loadable(signed.CopyWithPrivateKey(key));
    }

    /// <summary>A server certificate valid now, for the DNS names and addresses given (no subject alternative names when both are empty).</summary>
    public static X509Certificate2 Server(X509Certificate2 issuer, string subject, string[] dnsNames, IPAddress[] addresses) =>
        Server(issuer, subject, dnsNames, addresses, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));

    public static X509Certificate2 Server(X509Certificate2 issuer, string subject, string[] dnsNames, IPAddress[] addresses, DateTimeOffset from, DateTimeOffset to)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest(subject, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        if (dnsNames.Length + addresses.Length > 0)
        {
            var names = new SubjectAlternativeNameBuilder();
            Array.ForEach(dnsNames, names.AddDnsName);
            Array.ForEach(addresses, names.AddIpAddress);
            request.CertificateExtensions.Add(names.Build());
        }

        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(issuer, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        using var signed = request.Create(issuer, from, to, RandomNumberGenerator.GetBytes(16));
        return Loadable(signed.CopyWithPrivateKey(key));
    }

    /// <summary>Through PKCS#12, so that SslStream can use the private key on every platform.</summary>
    private static X509Certificate2 Loadable(X509Certificate2 certificate)
    {
        using (certificate)
        {
            return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pkcs12), null);
        }
    }
}
