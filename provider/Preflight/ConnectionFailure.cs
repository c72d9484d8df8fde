namespace TidbDms.Provider.Preflight;

/// <summary>Why a connection attempt failed, as far as it matters for what the user must fix.</summary>
internal enum ConnectionFailure
{
    /// <summary>Wrong password, or no such user for this client address (1045, 1044).</summary>
    AccessDenied,

    /// <summary>The server does not admit this client address (1130), or has blocked it (1129).</summary>
    HostNotAllowed,

    /// <summary>The server or the user is out of connections (1040, 1203).</summary>
    TooManyConnections,

    /// <summary>The server requires TLS and the SSL mode asked for none (3159).</summary>
    InsecureTransportRefused,

    /// <summary>The account's authentication plugin is not one the client can speak (1251, or the client refused it).</summary>
    UnsupportedAuthentication,

    /// <summary>The TLS handshake failed before the certificate was judged (TLS version, ciphers).</summary>
    TlsHandshake,

    /// <summary>The server certificate was rejected (see the <see cref="TlsObservation"/>).</summary>
    CertificateRejected,

    /// <summary>No answer within the timeout.</summary>
    Timeout,

    /// <summary>The host name does not resolve.</summary>
    UnknownHost,

    /// <summary>The connection could not be made or was dropped.</summary>
    Unreachable,

    /// <summary>Any other server or client error; the report shows its number and text.</summary>
    Other,
}
