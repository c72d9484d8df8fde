namespace TidbDms.Provider.Preflight;

/// <summary>What the preflight concluded about the server's certificate during the TLS handshake.</summary>
internal enum TlsVerdict
{
    /// <summary>It chains to the trusted CA (and, with verify-full, names the host).</summary>
    Trusted,

    /// <summary>The server sent no certificate.</summary>
    NoCertificate,

    /// <summary>It does not chain to the trusted CA.</summary>
    UntrustedChain,

    /// <summary>It chains to the trusted CA but is outside its validity period.</summary>
    Expired,

    /// <summary>It chains to the trusted CA but does not name the host (verify-full only).</summary>
    NameMismatch,
}
