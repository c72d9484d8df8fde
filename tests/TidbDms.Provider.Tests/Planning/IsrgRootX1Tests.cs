using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using TidbDms.Provider.Planning;

namespace TidbDms.Provider.Tests.Planning;

internal sealed class IsrgRootX1Tests
{
    [Test]
    public void Pem_IsIsrgRootX1ByItsSha256Fingerprint()
    {
        using var certificate = X509Certificate2.CreateFromPem(IsrgRootX1.Pem);

        Assert.Multiple(() =>
        {
            Assert.That(
                Convert.ToHexString(SHA256.HashData(certificate.RawData)),
                Is.EqualTo("96:BC:EC:06:26:49:76:F3:74:60:77:9A:CF:28:C5:A7:CF:E8:A3:C0:AA:E1:1A:8F:FC:EE:05:C0:BD:DF:08:C6".Replace(":", "", StringComparison.Ordinal)));
            Assert.That(certificate.Subject, Is.EqualTo("CN=ISRG Root X1, O=Internet Security Research Group, C=US"));
            Assert.That(IsrgRootX1.Pem, Does.StartWith("-----BEGIN CERTIFICATE-----\n").And.EndWith("-----END CERTIFICATE-----\n"));
        });
    }
}
