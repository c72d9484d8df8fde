using System.Buffers.Binary;
using System.Text;
using MySqlConnector;

namespace TidbDms.Provider.Preflight;

/// <summary>
/// The first packet a MySQL-protocol server sends on a new connection: either its handshake
/// (protocol 10, server version, capabilities) or an error packet (too many connections, host
/// blocked…). Reading it tells "a MySQL server answers here, and it offers TLS" before any
/// credentials are sent.
/// </summary>
internal sealed record MySqlGreeting(string ServerVersion, bool OffersTls, MySqlErrorCode? ErrorCode, string? ErrorMessage)
{
    /// <summary>CLIENT_SSL in the lower capability flags of the handshake.</summary>
    private const ushort SslCapability = 0x0800;

    private const byte HandshakeProtocolVersion = 10;
    private const byte ErrorPacketHeader = 0xFF;

    public bool IsError => ErrorCode is not null;

    /// <summary>
    /// Parses the payload of the first packet (without its 4-byte header). Returns null when the
    /// bytes are not a MySQL greeting at all (another protocol listens on the port).
    /// </summary>
    public static MySqlGreeting? Parse(ReadOnlySpan<byte> payload)
    {
        if (payload.Length >= 3 && payload[0] == ErrorPacketHeader)
        {
            var code = BinaryPrimitives.ReadUInt16LittleEndian(payload[1..]);
            var message = payload[3..];
            if (message.Length > 0 && message[0] == (byte)'#' && message.Length >= 6)
            {
                // protocol 4.1 error packets carry '#' and a 5-character SQL state before the text
                message = message[6..];
            }

            return new MySqlGreeting("", false, (MySqlErrorCode)code, Encoding.UTF8.GetString(message));
        }

        if (payload.Length < 1 || payload[0] != HandshakeProtocolVersion)
        {
            return null;
        }

        var rest = payload[1..];
        var end = rest.IndexOf((byte)0);
        if (end < 0)
        {
            return null;
        }

        var version = Encoding.UTF8.GetString(rest[..end]);

        // after the version: connection id (4), auth data part 1 (8), filler (1), lower capabilities (2)
        var flagsAt = end + 1 + 4 + 8 + 1;
        if (rest.Length < flagsAt + 2)
        {
            return null;
        }

        var capabilities = BinaryPrimitives.ReadUInt16LittleEndian(rest[flagsAt..]);
        return new MySqlGreeting(version, (capabilities & SslCapability) != 0, null, null);
    }
}
