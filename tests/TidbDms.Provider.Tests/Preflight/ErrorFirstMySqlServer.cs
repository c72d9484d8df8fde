using System.Net;
using System.Net.Sockets;
using System.Text;

namespace TidbDms.Provider.Tests.Preflight;

/// <summary>
/// A MySQL-protocol server on loopback that answers every connection with one error packet in place of
/// its greeting, then closes it: what MySQL and TiDB do when they refuse a client before the handshake
/// (too many connections, a blocked host), and a way to hand the client any server error code.
/// </summary>
internal sealed class ErrorFirstMySqlServer : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();
    private readonly byte[] _packet;
    private readonly Task _accepting;

    public ErrorFirstMySqlServer(ushort code, string message)
    {
        // error packet: 0xFF, the code (2 bytes, little-endian), the text; no SQL state before the handshake
        var payload = new List<byte> { 0xFF, (byte)code, (byte)(code >> 8) };
        payload.AddRange(Encoding.UTF8.GetBytes(message));
        _packet = [(byte)payload.Count, (byte)(payload.Count >> 8), (byte)(payload.Count >> 16), 0, .. payload];
        _listener.Start();
        _accepting = AcceptAsync();
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    private async Task AcceptAsync()
    {
        try
        {
            while (!_stop.IsCancellationRequested)
            {
                using var client = await _listener.AcceptTcpClientAsync(_stop.Token);
                await client.GetStream().WriteAsync(_packet, _stop.Token);
            }
        }
        catch (Exception ex) when (ex is OperationCanceledException or SocketException or IOException or ObjectDisposedException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        _listener.Stop();
        await _accepting;
        _stop.Dispose();
    }
}
