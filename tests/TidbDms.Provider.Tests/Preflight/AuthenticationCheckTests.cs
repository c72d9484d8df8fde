using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;
using TidbDms.Provider.Preflight.Checks;
using TidbDms.Provider.Tests.Preflight.Integration;

namespace TidbDms.Provider.Tests.Preflight;

/// <summary>
/// How the authentication check explains each way a sign-in fails, against servers on loopback that
/// refuse it as MySQL and TiDB do (an error packet in place of the greeting), one that never answers,
/// and a port nothing listens on. A wrong password against a real server is in the MariaDB tests.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class AuthenticationCheckTests
{
    private static readonly PreflightTarget Target = new(
        "127.0.0.1", 4000, "dms", "pw-1234",
        Tier.Dedicated, EndpointType.Target, SslMode.None, null, ["app"], TimeSpan.FromSeconds(10));

    [TestCase((ushort)1130, "Host '10.0.0.7' is not allowed to connect to this MySQL server",
        "The server does not let 'dms' connect from this address.",
        "Create the user for host '%' (or for DMS's NAT/instance addresses) and for this machine's address.",
        TestName = "A host the server does not admit (1130) is told to create the user for '%'")]
    [TestCase((ushort)1040, "Too many connections",
        "The server refused 'dms': too many connections.",
        "Close idle connections or raise the limit; DMS opens one connection per parallel-load thread.",
        TestName = "A server out of connections (1040) is told to close idle ones")]
    [TestCase((ushort)3159, "Connections using insecure transport are prohibited while --require_secure_transport=ON.",
        "The server requires TLS, and ssl mode 'none' asked for none.",
        "Use ssl mode 'verify-full'.",
        TestName = "A server that requires TLS (3159) under ssl mode none is told to use verify-full")]
    [TestCase((ushort)1251, "Client does not support authentication protocol requested by server; consider upgrading MySQL client",
        "'dms''s authentication method is not one a MySQL client such as DMS supports (error 1251: Client does not support authentication protocol requested by server; consider upgrading MySQL client).",
        "Create the user with mysql_native_password (TiDB Cloud's default) or caching_sha2_password over TLS.",
        TestName = "An authentication method the client cannot speak (1251) names the server's error")]
    [TestCase((ushort)1043, "Bad handshake",
        "Sign-in of 'dms' failed: error 1043: Bad handshake",
        "Resolve the server's error above, then run the preflight again.",
        TestName = "Any other server error (1043) is shown with its number and text")]
    public async Task EachServerRefusalIsExplainedWithItsFix(ushort code, string error, string message, string fix)
    {
        // a refusal before the handshake: the error packet in place of the greeting, then the connection closes
        await using var server = new LoopbackMySqlServer((_, stream, token) => stream.WriteAsync(LoopbackMySqlServer.ErrorBeforeHandshake(code, error), token).AsTask());

        var finding = await RunAsync(Target with { Port = server.Port });

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail("authentication", message, fix)));
    }

    [Test]
    public async Task AServerThatNeverAnswersTimesOutWithTheTimeoutNamed()
    {
        await using var server = new LoopbackMySqlServer((_, _, token) => Task.Delay(Timeout.Infinite, token));

        var finding = await RunAsync(Target with { Port = server.Port, Timeout = TimeSpan.FromSeconds(1.5) });

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "authentication",
            "No sign-in answer within 1.5 s.",
            "The server is overloaded or a proxy stalls the connection; retry, and check the cluster's state in the console.")));
    }

    [TestCase(Tier.Dedicated, "Dedicated")]
    [TestCase(Tier.Essential, "Essential")]
    public async Task AConnectionLostDuringSignInIsRetriedAndTheAccessListChecked(Tier tier, string wire)
    {
        var port = MariaDbServer.FreePort();

        var finding = await RunAsync(Target with { Port = port, Tier = tier, SslMode = SslMode.None });

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "authentication",
            "The connection was lost during sign-in (error 1042: Unable to connect to any of the specified MySQL hosts.).",
            $"Retry; for {wire} over a public endpoint, check the IP access list and that the cluster is active.")));
    }

    private static async Task<PreflightFinding> RunAsync(PreflightTarget target)
    {
        await using var context = new PreflightContext(target) { Stage = PreflightStage.Secured };
        return await new AuthenticationCheck().RunAsync(context, CancellationToken.None);
    }
}
