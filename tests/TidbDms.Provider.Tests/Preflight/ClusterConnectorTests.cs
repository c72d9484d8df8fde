using System.Text;
using MySqlConnector;
using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;
using TidbDms.Provider.Tests.Preflight.Integration;

namespace TidbDms.Provider.Tests.Preflight;

/// <summary>The sign-in attempt the TLS and authentication checks share, against a scripted server on loopback.</summary>
[Parallelizable(ParallelScope.All)]
internal sealed class ClusterConnectorTests
{
    [Test]
    public async Task WithSslModeNoneTheSignInIsSentInTheClearAsTheNamedApplicationAndAServerErrorIsSummarised()
    {
        byte[]? login = null;
        await using var server = new LoopbackMySqlServer(async (_, stream, token) =>
        {
            await stream.WriteAsync(LoopbackMySqlServer.Greeting(offersTls: true), token);
            var (sequence, payload) = await LoopbackMySqlServer.ReadPacketAsync(stream, token);
            login = payload;
            await stream.WriteAsync(LoopbackMySqlServer.Error((byte)(sequence + 1), 1105, "boom"), token);
        });

        await using var attempt = await ClusterConnector.OpenAsync(Target(server.Port), CancellationToken.None);

        Assert.That(attempt.Connection, Is.Null);
        Assert.That(attempt.Failure, Is.EqualTo(ConnectionFailure.Other));
        Assert.That(attempt.ErrorSummary, Is.EqualTo("error 1105: boom"));
        Assert.That(attempt.Tls, Is.Null);

        // the first packet is the sign-in itself (user name, connect attributes), not a request to switch to TLS
        Assert.That(login, Is.Not.Null);
        Assert.That(login![1] & 0x08, Is.Zero, "CLIENT_SSL (0x0800) is set in the client's capabilities");
        var text = Encoding.UTF8.GetString(login);
        Assert.That(text, Does.Contain("dms\0"));
        Assert.That(text, Does.Contain("\u000cprogram_name\u0012tidb-dms-preflight"));
    }

    [Test]
    public async Task CancellingThePreflightEndsTheSignInWithoutAnAttempt()
    {
        await using var server = new LoopbackMySqlServer((_, _, token) => Task.Delay(Timeout.Infinite, token));

        Assert.CatchAsync<OperationCanceledException>(() => ClusterConnector.OpenAsync(Target(server.Port), new CancellationToken(canceled: true)));
    }

    [Test]
    public async Task TheChecksShareOneSignInAttempt()
    {
        await using var context = new PreflightContext(Target(MariaDbServer.FreePort()));

        var first = await context.ConnectAsync(CancellationToken.None);
        var second = await context.ConnectAsync(CancellationToken.None);

        Assert.That(second, Is.SameAs(first));
        Assert.That(first.Failure, Is.EqualTo(ConnectionFailure.Unreachable));
    }

    [Test]
    public async Task AnOpenConnectionHasNoErrorSummaryAndAClientErrorIsSummarisedByItsType()
    {
        await using var opened = ClusterConnection.Opened(new MySqlConnection(), null);
        await using var failed = ClusterConnection.Failed(new IOException("connection reset by peer"), ConnectionFailure.Unreachable, null);

        Assert.That(opened.ErrorSummary, Is.EqualTo(""));
        Assert.That(failed.ErrorSummary, Is.EqualTo("IOException: connection reset by peer"));
    }

    private static PreflightTarget Target(int port) => new(
        "127.0.0.1", port, "dms", "connector-Secret-5d", Tier.Dedicated, EndpointType.Target, SslMode.None, null, ["app"], TimeSpan.FromSeconds(10));
}
