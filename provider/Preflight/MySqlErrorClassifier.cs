using System.Net.Sockets;
using System.Security.Authentication;
using MySqlConnector;

namespace TidbDms.Provider.Preflight;

/// <summary>
/// Maps a failed connection to a <see cref="ConnectionFailure"/>: by <see cref="MySqlErrorCode"/>, the
/// exception types MySqlConnector wraps, and what the preflight itself observed (its timeout, its
/// certificate verdict); never by message text, which differs between servers and versions.
/// </summary>
internal static class MySqlErrorClassifier
{
    /// <summary>ER_SECURE_TRANSPORT_REQUIRED (MySQL 5.7+); MySqlErrorCode has no member for it.</summary>
    public const MySqlErrorCode SecureTransportRequired = (MySqlErrorCode)3159;

    /// <param name="timedOut">True when the preflight's own timeout ended the attempt.</param>
    /// <param name="tls">The certificate verdict, when the handshake reached the certificate.</param>
    public static ConnectionFailure Classify(Exception error, bool timedOut, TlsObservation? tls)
    {
        if (tls is { Verdict: not TlsVerdict.Trusted })
        {
            return ConnectionFailure.CertificateRejected;
        }

        if (timedOut)
        {
            return ConnectionFailure.Timeout;
        }

        return error switch
        {
            MySqlException mysql => Classify(mysql),
            NotSupportedException => ConnectionFailure.UnsupportedAuthentication,
            AuthenticationException => ConnectionFailure.TlsHandshake,
            SocketException socket => Classify(socket),
            IOException => ConnectionFailure.Unreachable,
            _ => ConnectionFailure.Other,
        };
    }

    public static ConnectionFailure Classify(MySqlException error) => error.ErrorCode switch
    {
        // MySqlConnector raises client-side failures as UnableToConnectToHost and keeps the cause inside
        MySqlErrorCode.UnableToConnectToHost => error.InnerException switch
        {
            AuthenticationException => ConnectionFailure.TlsHandshake,
            SocketException socket => Classify(socket),
            _ => ConnectionFailure.Unreachable,
        },
        var code => Classify(code),
    };

    /// <summary>A server error code, as in an error packet or <see cref="MySqlException.ErrorCode"/>.</summary>
    public static ConnectionFailure Classify(MySqlErrorCode code) => code switch
    {
        MySqlErrorCode.AccessDenied or MySqlErrorCode.DatabaseAccessDenied => ConnectionFailure.AccessDenied,
        MySqlErrorCode.HostNotPrivileged or MySqlErrorCode.HostIsBlocked => ConnectionFailure.HostNotAllowed,
        MySqlErrorCode.ConnectionCountError or MySqlErrorCode.TooManyUserConnections => ConnectionFailure.TooManyConnections,
        SecureTransportRequired => ConnectionFailure.InsecureTransportRefused,
        MySqlErrorCode.NotSupportedAuthMode => ConnectionFailure.UnsupportedAuthentication,
        MySqlErrorCode.UnableToConnectToHost => ConnectionFailure.Unreachable,
        _ => ConnectionFailure.Other,
    };

    public static ConnectionFailure Classify(SocketException error) => error.SocketErrorCode switch
    {
        SocketError.HostNotFound or SocketError.NoData or SocketError.TryAgain => ConnectionFailure.UnknownHost,
        SocketError.TimedOut => ConnectionFailure.Timeout,
        _ => ConnectionFailure.Unreachable,
    };
}
