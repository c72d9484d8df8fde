using System.Net.Sockets;
using TidbDms.Provider.Tests.Preflight;

namespace TidbDms.Provider.Tests.Fuzzing;

/// <summary>
/// Scripts for a <see cref="LoopbackMySqlServer"/> that misbehaves as told: garbage, truncated or
/// oversized packets, stalls at a handshake step, a TLS handshake answered with garbage, resets.
/// </summary>
internal static class HostileScripts
{
    public static Func<TcpClient, NetworkStream, CancellationToken, Task> For(Hostility hostility, byte[] garbage) =>
        async (client, stream, token) =>
        {
            switch (hostility)
            {
                case Hostility.StallBeforeGreeting:
                    await Task.Delay(Timeout.Infinite, token);
                    break;
                case Hostility.Garbage:
                    await stream.WriteAsync(garbage, token);
                    await Task.Delay(Timeout.Infinite, token);
                    break;
                case Hostility.TruncatedGreeting:
                    var greeting = LoopbackMySqlServer.Greeting(offersTls: true);
                    await stream.WriteAsync(greeting.AsMemory(0, Math.Max(1, garbage.Length % greeting.Length)), token);
                    break;
                case Hostility.OversizedPacket:
                    await stream.WriteAsync(new byte[] { 0xFF, 0xFF, 0xFF, 0x00 }, token);
                    await stream.WriteAsync(garbage, token);
                    await Task.Delay(Timeout.Infinite, token);
                    break;
                case Hostility.GreetingThenStall:
                    await stream.WriteAsync(LoopbackMySqlServer.Greeting(offersTls: true), token);
                    await Task.Delay(Timeout.Infinite, token);
                    break;
                case Hostility.GreetingThenGarbage:
                    await stream.WriteAsync(LoopbackMySqlServer.Greeting(offersTls: false), token);
                    await ReadSomeAsync(stream, token);
                    await stream.WriteAsync(garbage, token);
                    break;
                case Hostility.GreetingThenReset:
                    await stream.WriteAsync(LoopbackMySqlServer.Greeting(offersTls: true), token);
                    await ReadSomeAsync(stream, token);
                    LoopbackMySqlServer.Reset(client);
                    break;
                case Hostility.TlsGarbage:
                    await stream.WriteAsync(LoopbackMySqlServer.Greeting(offersTls: true), token);
                    await ReadSomeAsync(stream, token);
                    await ReadSomeAsync(stream, token);
                    await stream.WriteAsync(new byte[] { 0x16, 0x03, 0x03, 0x00, 0x40 }, token);
                    await stream.WriteAsync(garbage, token);
                    await Task.Delay(Timeout.Infinite, token);
                    break;
                case Hostility.ResetAtOnce:
                    LoopbackMySqlServer.Reset(client);
                    break;
            }
        };

    private static async Task ReadSomeAsync(NetworkStream stream, CancellationToken token)
    {
        var buffer = new byte[4096];
        _ = await stream.ReadAsync(buffer, token); // any amount: the server only waits for the client to speak
    }
}
