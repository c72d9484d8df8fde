using System.Net;
using System.Net.Sockets;
using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;

namespace TidbDms.Provider.Tests.Preflight;

[Parallelizable(ParallelScope.All)]
internal sealed class PreflightContextTests
{
    private static readonly PreflightTarget Target = new(
        "127.0.0.1", 4000, "dms", "context-Secret-5", Tier.Dedicated, EndpointType.Target, SslMode.None, null, ["app"], PreflightTarget.DefaultTimeout);

    [Test]
    public async Task TheServerVersionIsReadOnceAndThenRemembered()
    {
        var session = new ScriptedSession().Scalar("SELECT VERSION()", "8.0.11-TiDB-v8.5.3");
        await using var context = new PreflightContext(Target) { Session = session };

        Assert.That(await context.ServerVersionAsync(CancellationToken.None), Is.EqualTo("8.0.11-TiDB-v8.5.3"));
        Assert.That(await context.ServerVersionAsync(CancellationToken.None), Is.EqualTo("8.0.11-TiDB-v8.5.3"));
        Assert.That(session.Statements, Is.EqualTo(["SELECT VERSION()"]));
    }

    [Test]
    public async Task ASessionIsRefusedWhenTheOneConnectionAttemptFailed()
    {
        await using var context = new PreflightContext(Target with { Port = RefusingPort() });

        var attempt = context.ConnectAsync(CancellationToken.None);
        Assert.That(context.ConnectAsync(CancellationToken.None), Is.SameAs(attempt), "one attempt, shared by the checks");
        Assert.That((await attempt).Connection, Is.Null);
        var error = Assert.ThrowsAsync<InvalidOperationException>(() => context.SessionAsync(CancellationToken.None));
        Assert.That(error!.Message, Is.EqualTo("the preflight has not signed in"));
    }

    /// <summary>A loopback port nothing listens on: bound, then released.</summary>
    private static int RefusingPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }
}
