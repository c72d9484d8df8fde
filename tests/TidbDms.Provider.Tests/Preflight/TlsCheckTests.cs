using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Security.Cryptography.X509Certificates;
using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;
using TidbDms.Provider.Preflight.Checks;

namespace TidbDms.Provider.Tests.Preflight;

/// <summary>
/// The TLS check's failures against a real TLS server on loopback (a MySQL greeting, then SslStream
/// with test certificates): what was wrong with the certificate or the handshake, and the fix.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class TlsCheckTests
{
    private const string TestCaName = "CN=Preflight Test CA";

    private static readonly X509Certificate2 TestCa = TlsTestPki.Ca(TestCaName);
    private static readonly X509Certificate2 OtherCa = TlsTestPki.Ca("CN=Preflight Unrelated CA");

    private static readonly X509Certificate2 Localhost = TlsTestPki.Server(TestCa, "CN=localhost", ["localhost"], []);

    private static readonly X509Certificate2 Expired = TlsTestPki.Server(
        TestCa, "CN=expired.test", ["localhost"], [], TlsTestPki.ExpiredFrom, TlsTestPki.ExpiredTo);

    [OneTimeTearDown]
    public static void DisposeCertificates()
    {
        TestCa.Dispose();
        OtherCa.Dispose();
        Localhost.Dispose();
        Expired.Dispose();
    }

    [TestCase("Starter", "proxy.us-west-2.prod.aws.tidbcloud.com", TestName = "A Starter host on tidbcloud.com that is not a gateway is not judged public")]
    [TestCase("Starter", "gateway01.example.com", TestName = "A gateway host outside tidbcloud.com is not judged a public Starter endpoint")]
    [TestCase("Dedicated", "tidb.abc123.example.com", TestName = "A tidb. host outside clusters.tidb-cloud.com is not judged a public Dedicated endpoint")]
    public async Task SslModeNoneOverAHostThatIsNoTiDBCloudPublicEndpointPasses(string tier, string host)
    {
        Assert.That(ContractEnums.Tier.TryParse(tier, out var parsed), Is.True, tier);
        var target = new PreflightTarget(host, 4000, "3pTAoNNegb47Uc8.dms", "tls-Secret-0", parsed, EndpointType.Target, SslMode.None, null, ["app"], PreflightTarget.DefaultTimeout);
        await using var context = new PreflightContext(target) { Stage = PreflightStage.Reachable };

        var finding = await new TlsCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Pass("tls", "TLS is not used: ssl mode 'none' (fine over a private endpoint or VPC peering).")));
        Assert.That(context.Stage, Is.EqualTo(PreflightStage.Secured));
    }

    [Test]
    public async Task AnExpiredCertificateFromTheTrustedCaFailsWithItsValidityDates()
    {
        await using var server = new LoopbackMySqlServer(TlsServer(Expired, SslProtocols.Tls12));
        await using var context = Context(Target(server.Port, TestCa));

        var finding = await new TlsCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "tls",
            "The server's certificate (CN=expired.test) is valid from 2020-03-04 05:06 UTC to 2021-03-04 05:06 UTC, which does not include now.",
            "Check this machine's clock; if it is right, the server's certificate must be renewed.")));
        Assert.That(context.Stage, Is.EqualTo(PreflightStage.Reachable));
    }

    [Test]
    public async Task AStarterCertificateFromAnotherCaFailsWithEveryChainProblemAndTheLetsEncryptFix()
    {
        await using var server = new LoopbackMySqlServer(TlsServer(Expired, SslProtocols.Tls12));
        await using var context = Context(Target(server.Port, OtherCa) with { Tier = Tier.Starter, User = "3pTAoNNegb47Uc8.dms" });

        var finding = await new TlsCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "tls",
            $"The server's certificate (CN=expired.test, issued by {TestCaName}) does not chain to the given CA (NotTimeValid, PartialChain). DMS with a certificate made from that CA would refuse the connection.",
            "Starter and Essential certificates come from Let's Encrypt: use ISRG Root X1 (leave the CA unset, or use https://letsencrypt.org/certs/isrgrootx1.pem).")));
    }

    [Test]
    public async Task UnderVerifyFullACertificateForOtherNamesFailsListingEveryNameItHolds()
    {
        using var other = TlsTestPki.Server(TestCa, "CN=db.example", ["db.example"], [IPAddress.Parse("10.0.0.1")]);
        await using var server = new LoopbackMySqlServer(TlsServer(other, SslProtocols.Tls12));
        await using var context = Context(Target(server.Port, TestCa));

        var finding = await new TlsCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "tls",
            "The server's certificate chains to the given CA but is for db.example, 10.0.0.1, not localhost: 'verify-full' checks the host name.",
            "Connect with a host name the certificate names (the host from the Connect dialog), or use ssl mode 'verify-ca', which skips the host-name check.")));
    }

    [Test]
    public async Task AServerThatSpeaksOnlyTls13FailsBecauseDmsSpeaksTls12()
    {
        await using var server = new LoopbackMySqlServer(TlsServer(Localhost, SslProtocols.Tls13));
        await using var context = Context(Target(server.Port, TestCa));

        var finding = await new TlsCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "tls",
            "The server did not complete a TLS 1.2 handshake. DMS speaks only TLS 1.2 to MySQL endpoints (not TLS 1.3).",
            "Allow TLS 1.2 on the server (TiDB Cloud accepts TLS 1.2 and 1.3); a server or proxy that offers only TLS 1.3 cannot serve DMS.")));
    }

    [Test]
    public async Task AServerThatNeverAnswersTheTlsRequestFailsWhenTheTimeoutEnds()
    {
        await using var server = new LoopbackMySqlServer(async (_, stream, token) =>
        {
            await stream.WriteAsync(LoopbackMySqlServer.Greeting(offersTls: true), token);
            await Task.Delay(Timeout.Infinite, token);
        });
        await using var context = Context(Target(server.Port, TestCa) with { Timeout = TimeSpan.FromSeconds(0.5) });

        var finding = await new TlsCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "tls",
            "No TLS handshake within 0.5 s.",
            "Check that nothing between here and the cluster (a proxy, a firewall) interferes with TLS on the port.")));
    }

    [Test]
    public async Task AServerThatClosesTheConnectionWhenAskedForTlsFailsWithTheError()
    {
        await using var server = new LoopbackMySqlServer(async (_, stream, token) =>
        {
            await stream.WriteAsync(LoopbackMySqlServer.Greeting(offersTls: true), token);
            await LoopbackMySqlServer.ReadPacketAsync(stream, token);
        });
        await using var context = Context(Target(server.Port, TestCa));

        var finding = await new TlsCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "tls",
            "The connection failed before its TLS handshake: error 1042: Couldn't connect to server",
            "Run the preflight again; if it persists, the server or a proxy in front of it drops connections that ask for TLS.")));
    }

    /// <summary>Greets offering TLS, reads the client's SSL request, then serves TLS with the certificate; a sign-in is refused.</summary>
    internal static Func<TcpClient, NetworkStream, CancellationToken, Task> TlsServer(
        X509Certificate2 certificate, SslProtocols protocols) => async (_, stream, token) =>
    {
        await stream.WriteAsync(LoopbackMySqlServer.Greeting(offersTls: true), token);
        await LoopbackMySqlServer.ReadPacketAsync(stream, token);
        await using var tls = new SslStream(stream, leaveInnerStreamOpen: true);
        await tls.AuthenticateAsServerAsync(
            new SslServerAuthenticationOptions
            {
                ServerCertificate = certificate,
                EnabledSslProtocols = protocols,
            },
            token);
        var (sequence, _) = await LoopbackMySqlServer.ReadPacketAsync(tls, token);
        await tls.WriteAsync(LoopbackMySqlServer.Error((byte)(sequence + 1), 1045, "Access denied for user 'dms'@'127.0.0.1' (using password: YES)"), token);
    };

    private static PreflightContext Context(PreflightTarget target) => new(target) { Stage = PreflightStage.Reachable };

    private static PreflightTarget Target(int port, X509Certificate2 ca) => new(
        "localhost", port, "dms", "tls-Secret-3b9", Tier.Dedicated, EndpointType.Target, SslMode.VerifyFull, ca.ExportCertificatePem(), ["app"], TimeSpan.FromSeconds(10));
}
