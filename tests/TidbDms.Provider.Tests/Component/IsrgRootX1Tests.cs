using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Tests.Component;

public sealed class IsrgRootX1Tests
{
    [Test]
    public void TheEmbeddedPEMIsISRGRootX1()
    {
        using var certificate = X509Certificate2.CreateFromPem(IsrgRootX1.Pem);

        Assert.That(certificate.Subject, Is.EqualTo("CN=ISRG Root X1, O=Internet Security Research Group, C=US"));
        Assert.That(certificate.Issuer, Is.EqualTo(certificate.Subject));
        Assert.That(Convert.ToHexString(certificate.GetCertHash(HashAlgorithmName.SHA256)), Is.EqualTo("96BCEC06264976F37460779ACF28C5A7CFE8A3C0AAE11A8FFCEE05C0BDDF08C6"));
        Assert.That(certificate.NotAfter.ToUniversalTime(), Is.EqualTo(new DateTime(2035, 6, 4, 11, 4, 38, DateTimeKind.Utc)));
        Assert.That(IsrgRootX1.Pem, Does.StartWith("-----BEGIN CERTIFICATE-----\n").And.EndWith("-----END CERTIFICATE-----\n"));
    }
}
