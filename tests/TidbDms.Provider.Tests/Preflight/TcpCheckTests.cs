using System.Collections.Immutable;
using System.Net;
using System.Net.Sockets;
using TidbDms.Provider.Component;
using TidbDms.Provider.Preflight;
using TidbDms.Provider.Preflight.Checks;
using TidbDms.Provider.Tests.Preflight.Integration;

namespace TidbDms.Provider.Tests.Preflight;

/// <summary>The TCP check against real loopback sockets: what answers on the port, and every way it fails.</summary>
[Parallelizable(ParallelScope.All)]
internal sealed class TcpCheckTests
{
    /// <summary>For the tests that wait for the check's timeout; the others get a generous one, so a loaded machine cannot end them early.</summary>
    private static readonly TimeSpan Short = TimeSpan.FromSeconds(0.5);

    private const string WrongPortFix = "Check the port: TiDB listens on 4000 unless a Dedicated cluster was given another one.";

    private const string DedicatedConnectFix =
        "Check the port (Dedicated clusters listen on 4000 unless given another one) and that the cluster is running; over the public endpoint, add the source address (DMS's NAT gateway or instance public IPs, and this machine's) to the cluster's IP access list; over VPC peering or a private endpoint, run the preflight from the VPC and allow the port in its security groups.";

    [TestCase(256, true, "offers TLS")]
    [TestCase(64 * 1024, false, "does not offer TLS")]
    public async Task AGreetingIsReadWhateverItsLengthUpTo64KiB(int payloadLength, bool offersTls, string tls)
    {
        await using var server = new LoopbackMySqlServer(async (_, stream, token) =>
        {
            await stream.WriteAsync(LoopbackMySqlServer.Greeting(offersTls, payloadLength), token);
            await Task.Delay(Timeout.Infinite, token);
        });
        await using var context = Context(server.Port);

        var finding = await new TcpCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Pass(
            "tcp",
            $"127.0.0.1:{server.Port} (127.0.0.1) accepts TCP connections; a MySQL-protocol server answers ({LoopbackMySqlServer.TidbVersion}) and {tls}.")));
        Assert.That(context.Stage, Is.EqualTo(PreflightStage.Reachable));
        Assert.That(context.Greeting, Is.EqualTo(new MySqlGreeting(LoopbackMySqlServer.TidbVersion, offersTls, null, null)));
    }

    [Test]
    public async Task AServerThatNeverGreetsFailsWhenTheTimeoutEnds()
    {
        await using var server = new LoopbackMySqlServer((_, _, token) => Task.Delay(Timeout.Infinite, token));
        await using var context = Context(server.Port, timeout: Short);

        var finding = await new TcpCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "tcp",
            $"127.0.0.1:{server.Port} (127.0.0.1) accepts TCP connections, but no MySQL greeting came within 0.5 s.",
            "Check the port: TiDB listens on 4000 unless a Dedicated cluster was given another one; a MySQL server speaks first on connect.")));
        Assert.That(context.Stage, Is.EqualTo(PreflightStage.Resolved));
    }

    [TestCase(false, TestName = "A server that closes the connection in the middle of its greeting fails the check")]
    [TestCase(true, TestName = "A server that resets the connection in the middle of its greeting fails the check")]
    public async Task AServerThatDropsTheConnectionBeforeGreetingFails(bool reset)
    {
        await using var server = new LoopbackMySqlServer(async (client, stream, token) =>
        {
            await stream.WriteAsync(LoopbackMySqlServer.Greeting(offersTls: true).AsMemory(0, 2), token);
            if (reset)
            {
                // a reset (not an orderly close) while the client waits for the rest: an IOException, not an end of stream
                await Task.Delay(200, token);
                LoopbackMySqlServer.Reset(client);
            }
        });
        await using var context = Context(server.Port);

        var finding = await new TcpCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "tcp",
            $"127.0.0.1:{server.Port} (127.0.0.1) accepts TCP connections, but closed the connection before greeting.",
            "The server or a proxy in front of it dropped the connection: for Dedicated, add this machine's (and DMS's) public address to the cluster's IP access list; check that the port belongs to the cluster.")));
    }

    [TestCase(new byte[] { 5, 0, 0, 0, (byte)'h', (byte)'e', (byte)'l', (byte)'l', (byte)'o' }, TestName = "A well-framed first packet that is no MySQL greeting is not a MySQL server")]
    [TestCase(new byte[] { (byte)'H', (byte)'T', (byte)'T', (byte)'P', (byte)'/', (byte)'1' }, TestName = "An HTTP answer is not a MySQL server")]
    public async Task WhatAnswersWithSomethingElseIsNotAMySqlServer(byte[] answer)
    {
        await using var server = new LoopbackMySqlServer(async (_, stream, token) =>
        {
            await stream.WriteAsync(answer, token);
            await Task.Delay(Timeout.Infinite, token);
        });
        await using var context = Context(server.Port);

        var finding = await new TcpCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "tcp",
            $"127.0.0.1:{server.Port} (127.0.0.1) accepts TCP connections, but what answers is not a MySQL-protocol server.",
            WrongPortFix)));
    }

    [TestCase(1130, "Host '10.0.0.1' is not allowed to connect to this MySQL server",
        "The server does not admit this client address: allow it (for Dedicated, the cluster's IP access list; for MySQL-family servers, FLUSH HOSTS if it was blocked).")]
    [TestCase(1040, "Too many connections",
        "The server is out of connections: close idle ones or raise the limit, and leave room for DMS's (one per parallel-load thread).")]
    [TestCase(1105, "Unknown error",
        "Resolve the server's error above, then run the preflight again.")]
    public async Task AServerThatRefusesBeforeSignInFailsWithItsErrorAndTheFix(int code, string text, string fix)
    {
        await using var server = new LoopbackMySqlServer(async (_, stream, token) =>
        {
            await stream.WriteAsync(LoopbackMySqlServer.Error(0, code, text), token);
            await Task.Delay(Timeout.Infinite, token);
        });
        await using var context = Context(server.Port);

        var finding = await new TcpCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "tcp",
            $"127.0.0.1:{server.Port} (127.0.0.1) accepts TCP connections, but the server refused the connection before sign-in (error {code}: {text}).",
            fix)));
        Assert.That(context.Stage, Is.EqualTo(PreflightStage.Resolved));
    }

    [Test]
    public async Task EveryAddressIsTriedAndEachFailureIsNamedWithTheStarterFix()
    {
        // refused on 127.0.0.1; the limited broadcast address has no route; a link-local address without
        // a scope is an invalid argument to connect (the kernel's answer, not a test double's)
        var port = MariaDbServer.FreePort();
        await using var context = Context(port, Tier.Starter, [IPAddress.Loopback, IPAddress.Broadcast, IPAddress.Parse("fe80::1")]);

        var finding = await new TcpCheck().RunAsync(context, CancellationToken.None);

        Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
            "tcp",
            $"No TCP connection to 127.0.0.1:{port}: 127.0.0.1: connection refused (nothing listens on the port, or a firewall rejects it); 255.255.255.255: network unreachable; fe80::1: connection failed (InvalidArgument).",
            $"Check the port (4000) and that the cluster is active; over a private endpoint, run the preflight from the VPC and let the VPC endpoint's security group admit port {port}.")));
        Assert.That(context.Stage, Is.EqualTo(PreflightStage.Resolved));
    }

    [Test]
    public async Task APortThatNeverCompletesTheConnectionFailsWhenTheTimeoutEnds()
    {
        // a listener whose accept queue is full drops new SYNs, so a connect neither succeeds nor is refused
        using var listener = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        listener.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        listener.Listen(0);
        var port = ((IPEndPoint)listener.LocalEndPoint!).Port;
        var queued = await FillAcceptQueueAsync(port);
        try
        {
            await using var context = Context(port, timeout: Short);

            var finding = await new TcpCheck().RunAsync(context, CancellationToken.None);

            Assert.That(finding, Is.EqualTo(PreflightFinding.Fail(
                "tcp",
                $"No TCP connection to 127.0.0.1:{port}: 127.0.0.1: no answer within 0.5 s.",
                DedicatedConnectFix)));
        }
        finally
        {
            queued.ForEach(s => s.Dispose());
        }
    }

    [Test]
    public async Task CancellingThePreflightBeforeTheConnectEndsTheCheckWithoutAFinding()
    {
        await using var server = new LoopbackMySqlServer((_, _, token) => Task.Delay(Timeout.Infinite, token));
        await using var context = Context(server.Port);

        Assert.CatchAsync<OperationCanceledException>(() => new TcpCheck().RunAsync(context, new CancellationToken(canceled: true)));
    }

    [Test]
    public async Task CancellingThePreflightWhileWaitingForTheGreetingEndsTheCheckWithoutAFinding()
    {
        var accepted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var server = new LoopbackMySqlServer(async (_, _, token) =>
        {
            accepted.SetResult();
            await Task.Delay(Timeout.Infinite, token);
        });
        await using var context = Context(server.Port, timeout: TimeSpan.FromSeconds(30));
        using var cancel = new CancellationTokenSource();

        var run = new TcpCheck().RunAsync(context, cancel.Token);
        await accepted.Task;
        await cancel.CancelAsync();

        Assert.CatchAsync<OperationCanceledException>(() => run);
    }

    private static PreflightContext Context(int port, Tier tier = Tier.Dedicated, ImmutableArray<IPAddress>? addresses = null, TimeSpan? timeout = null) =>
        new(new PreflightTarget(
            "127.0.0.1", port, "dms", "tcp-Secret-4e1", tier, EndpointType.Target, SslMode.None, null, ["app"], timeout ?? TimeSpan.FromSeconds(30)))
        {
            Stage = PreflightStage.Resolved,
            Addresses = addresses ?? [IPAddress.Loopback],
        };

    /// <summary>Connects until a connect attempt stays pending: from then on the port takes no connection.</summary>
    private static async Task<List<Socket>> FillAcceptQueueAsync(int port)
    {
        var sockets = new List<Socket>();
        for (var i = 0; i < 16; i++)
        {
            var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            sockets.Add(socket);
            using var wait = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            try
            {
                await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, port), wait.Token);
            }
            catch (OperationCanceledException)
            {
                return sockets;
            }
        }

        throw new InvalidOperationException($"the accept queue of port {port} never filled");
    }
}
