using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace TidbDms.Provider.Tests.Preflight.Integration;

/// <summary>
/// The PKI the MariaDB fixture serves TLS with: a test CA, a server certificate it signed for the DNS
/// name <c>localhost</c> only (so connecting as <c>127.0.0.1</c> under verify-full is a host-name
/// mismatch, on purpose), and an unrelated CA for the wrong-CA case.
/// </summary>
internal sealed class TestCertificates
{
    public const string CaName = "CN=TidbDms Test CA";
    public const string OtherCaName = "CN=TidbDms Unrelated CA";
    public const string ServerName = "CN=localhost";

    private TestCertificates(string caPem, string otherCaPem, string serverCertificatePem, string serverKeyPem)
    {
        CaPem = caPem;
        OtherCaPem = otherCaPem;
        ServerCertificatePem = serverCertificatePem;
        ServerKeyPem = serverKeyPem;
    }

    public string CaPem { get; }

    public string OtherCaPem { get; }

    public string ServerCertificatePem { get; }

    public string ServerKeyPem { get; }

    public static TestCertificates Create()
    {
        var notBefore = DateTimeOffset.UtcNow.AddDays(-1);
        var notAfter = DateTimeOffset.UtcNow.AddDays(30);
        using var caKey = RSA.Create(2048);
        using var ca = CreateCa(CaName, caKey, notBefore, notAfter);
        using var otherKey = RSA.Create(2048);
        using var other = CreateCa(OtherCaName, otherKey, notBefore, notAfter);

        using var serverKey = RSA.Create(2048);
        var request = new CertificateRequest(ServerName, serverKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(false, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, true));
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], false));
        request.CertificateExtensions.Add(X509AuthorityKeyIdentifierExtension.CreateFromCertificate(ca, includeKeyIdentifier: true, includeIssuerAndSerial: false));
        using var server = request.Create(ca, notBefore, notAfter, RandomNumberGenerator.GetBytes(16));

        return new TestCertificates(ca.ExportCertificatePem(), other.ExportCertificatePem(), server.ExportCertificatePem(), serverKey.ExportPkcs8PrivateKeyPem());
    }

    private static X509Certificate2 CreateCa(string name, RSA key, DateTimeOffset notBefore, DateTimeOffset notAfter)
    {
        var request = new CertificateRequest(name, key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        request.CertificateExtensions.Add(new X509SubjectKeyIdentifierExtension(request.PublicKey, false));
        return request.CreateSelfSigned(notBefore, notAfter);
    }
}
