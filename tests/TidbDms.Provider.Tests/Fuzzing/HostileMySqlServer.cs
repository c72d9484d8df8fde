using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TidbDms.Provider.Tests.Fuzzing;

/// <summary>What a hostile MySQL-protocol server does with one connection.</summary>
internal enum Hostility
{
    StallBeforeGreeting,
    Garbage,
    TruncatedGreeting,
    OversizedPacket,
    GreetingThenStall,
    GreetingThenGarbage,
    GreetingThenReset,
    TlsGarbage,
    ResetAtOnce,
}

/// <summary>
/// A fake MySQL-protocol server on loopback that misbehaves as told: garbage, truncated or oversized
/// packets, stalls at a handshake step, a TLS handshake answered with garbage, connection resets.
/// </summary>
internal sealed class HostileMySqlServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;
    private readonly Hostility _hostility;
    private readonly byte[] _garbage;

    public HostileMySqlServer(Hostility hostility, byte[] garbage)
    {
        _hostility = hostility;
        _garbage = garbage;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    private async Task AcceptAsync()
    {
        var connections = new List<Task>();
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                connections.Add(ServeAsync(client));
            }
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }

        await Task.WhenAll(connections);
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                var stream = client.GetStream();
                var token = _stop.Token;
                switch (_hostility)
                {
                    case Hostility.StallBeforeGreeting:
                        await Task.Delay(Timeout.Infinite, token);
                        break;
                    case Hostility.Garbage:
                        await stream.WriteAsync(_garbage, token);
                        await Task.Delay(Timeout.Infinite, token);
                        break;
                    case Hostility.TruncatedGreeting:
                        var greeting = Greeting(ssl: true);
                        await stream.WriteAsync(greeting.AsMemory(0, Math.Max(1, _garbage.Length % greeting.Length)), token);
                        break;
                    case Hostility.OversizedPacket:
                        await stream.WriteAsync(new byte[] { 0xFF, 0xFF, 0xFF, 0x00 }, token);
                        await stream.WriteAsync(_garbage, token);
                        await Task.Delay(Timeout.Infinite, token);
                        break;
                    case Hostility.GreetingThenStall:
                        await stream.WriteAsync(Greeting(ssl: true), token);
                        await Task.Delay(Timeout.Infinite, token);
                        break;
                    case Hostility.GreetingThenGarbage:
                        await stream.WriteAsync(Greeting(ssl: false), token);
                        await ReadSomeAsync(stream, token);
                        await stream.WriteAsync(_garbage, token);
                        break;
                    case Hostility.GreetingThenReset:
                        await stream.WriteAsync(Greeting(ssl: true), token);
                        await ReadSomeAsync(stream, token);
                        client.Client.LingerState = new LingerOption(true, 0);
                        break;
                    case Hostility.TlsGarbage:
                        await stream.WriteAsync(Greeting(ssl: true), token);
                        await ReadSomeAsync(stream, token);
                        await ReadSomeAsync(stream, token);
                        await stream.WriteAsync(new byte[] { 0x16, 0x03, 0x03, 0x00, 0x40 }, token);
                        await stream.WriteAsync(_garbage, token);
                        await Task.Delay(Timeout.Infinite, token);
                        break;
                    case Hostility.ResetAtOnce:
                        client.Client.LingerState = new LingerOption(true, 0);
                        break;
                }
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException)
            {
            }
        }
    }

    private static async Task ReadSomeAsync(NetworkStream stream, CancellationToken token)
    {
        var buffer = new byte[4096];
        _ = await stream.ReadAsync(buffer, token); // any amount: the server only waits for the client to speak
    }

    /// <summary>A MySQL protocol-10 greeting from a TiDB-looking server, offering TLS or not.</summary>
    private static byte[] Greeting(bool ssl)
    {
        var payload = new List<byte> { 10 };
        payload.AddRange(Encoding.ASCII.GetBytes("8.0.11-TiDB-v7.5.0\0"));
        payload.AddRange(BitConverter.GetBytes(7));
        payload.AddRange(Encoding.ASCII.GetBytes("abcdefgh\0"));
        var capabilities = 0x0200 | 0x8000 | 0x80000 | 0x0008 | (ssl ? 0x0800 : 0);
        payload.AddRange(BitConverter.GetBytes((ushort)(capabilities & 0xFFFF)));
        payload.Add(46);
        payload.AddRange(new byte[] { 2, 0 });
        payload.AddRange(BitConverter.GetBytes((ushort)(capabilities >> 16)));
        payload.Add(21);
        payload.AddRange(new byte[10]);
        payload.AddRange(Encoding.ASCII.GetBytes("ijklmnopqrst\0"));
        payload.AddRange(Encoding.ASCII.GetBytes("mysql_native_password\0"));
        var packet = new List<byte> { (byte)payload.Count, (byte)(payload.Count >> 8), (byte)(payload.Count >> 16), 0 };
        packet.AddRange(payload);
        return [.. packet];
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
