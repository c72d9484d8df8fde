using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TidbDms.Provider.Tests.Preflight;

/// <summary>
/// A MySQL-protocol server on a loopback port that serves every connection with the given script
/// (greet, stall, close, reset, answer with an error, speak TLS...), for the network-level checks'
/// failure paths that a well-behaved server never shows. Disposing it cancels the scripts.
/// </summary>
internal sealed class LoopbackMySqlServer : IAsyncDisposable
{
    /// <summary>What a TiDB server announces in its greeting.</summary>
    public const string TidbVersion = "8.0.11-TiDB-v7.5.1";

    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly Func<TcpClient, NetworkStream, CancellationToken, Task> _script;
    private readonly List<Task> _connections = [];
    private readonly Task _accepting;

    public LoopbackMySqlServer(Func<TcpClient, NetworkStream, CancellationToken, Task> script)
    {
        _script = script;
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>How many connections the server accepted.</summary>
    public int Accepted { get; private set; }

    /// <summary>A protocol-10 handshake packet (sequence 0), offering TLS or not, its payload padded with zeros to <paramref name="payloadLength"/> when given.</summary>
    public static byte[] Greeting(bool offersTls, int payloadLength = 0)
    {
        var payload = new List<byte> { 10 };
        payload.AddRange(Encoding.ASCII.GetBytes(TidbVersion + "\0"));
        payload.AddRange(BitConverter.GetBytes(7));
        payload.AddRange(Encoding.ASCII.GetBytes("abcdefgh\0"));

        // long password, connect with db, 4.1 protocol, secure connection, plugin auth, connect attributes, lenenc client data
        var capabilities = 0x0001 | 0x0008 | 0x0200 | 0x8000 | 0x80000 | 0x100000 | 0x200000 | (offersTls ? 0x0800 : 0);
        payload.AddRange(BitConverter.GetBytes((ushort)(capabilities & 0xFFFF)));
        payload.Add(46);
        payload.AddRange(new byte[] { 2, 0 });
        payload.AddRange(BitConverter.GetBytes((ushort)(capabilities >> 16)));
        payload.Add(21);
        payload.AddRange(new byte[10]);
        payload.AddRange(Encoding.ASCII.GetBytes("ijklmnopqrst\0"));
        payload.AddRange(Encoding.ASCII.GetBytes("mysql_native_password\0"));
        while (payload.Count < payloadLength)
        {
            payload.Add(0);
        }

        return Packet(0, [.. payload]);
    }

    /// <summary>A protocol-4.1 error packet.</summary>
    public static byte[] Error(byte sequence, int code, string message)
    {
        var payload = new List<byte> { 0xFF, (byte)code, (byte)(code >> 8) };
        payload.AddRange(Encoding.UTF8.GetBytes("#HY000" + message));
        return Packet(sequence, [.. payload]);
    }

    /// <summary>
    /// The error packet a server sends in place of its greeting when it refuses a client before the
    /// handshake (too many connections, a blocked host): no SQL state, since none is negotiated yet.
    /// </summary>
    public static byte[] ErrorBeforeHandshake(int code, string message) =>
        Packet(0, [0xFF, (byte)code, (byte)(code >> 8), .. Encoding.UTF8.GetBytes(message)]);

    public static byte[] Packet(byte sequence, byte[] payload) =>
        [(byte)payload.Length, (byte)(payload.Length >> 8), (byte)(payload.Length >> 16), sequence, .. payload];

    /// <summary>
    /// Resets the connection (an RST, not an orderly close). The socket is closed here with a zero
    /// linger: disposing the stream, as the server does after a script, shuts the socket down first,
    /// and the client would read that shutdown as an orderly end of stream.
    /// </summary>
    public static void Reset(TcpClient client)
    {
        client.Client.LingerState = new LingerOption(true, 0);
        client.Client.Close();
    }

    /// <summary>Reads one packet: its sequence number and payload.</summary>
    public static async Task<(byte Sequence, byte[] Payload)> ReadPacketAsync(Stream stream, CancellationToken cancellationToken)
    {
        var header = new byte[4];
        await stream.ReadExactlyAsync(header, cancellationToken);
        var payload = new byte[header[0] | (header[1] << 8) | (header[2] << 16)];
        await stream.ReadExactlyAsync(payload, cancellationToken);
        return (header[3], payload);
    }

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                Accepted++;
                _connections.Add(ServeAsync(client));
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or ObjectDisposedException)
        {
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using (client)
        {
            try
            {
                await _script(client, client.GetStream(), _stop.Token);
            }
            catch (Exception ex) when (ex is IOException or SocketException or OperationCanceledException or ObjectDisposedException or System.Security.Authentication.AuthenticationException)
            {
                // the client went away or the test ended: what the script tested for is on the client's side
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        await Task.WhenAll(_connections);
        _stop.Dispose();
    }
}
