using System.Collections.Immutable;

namespace TidbDms.Provider.Preflight;

/// <summary>The server certificate as seen during the handshake, and the verdict on it.</summary>
/// <param name="Names">The DNS names and IP addresses the certificate is valid for (its subject alternative names, else its CN).</param>
/// <param name="ChainStatus">Why the chain did not verify, as X509 chain status flags (empty when it did).</param>
internal sealed record TlsObservation(
    TlsVerdict Verdict,
    string Subject,
    string Issuer,
    DateTimeOffset NotBefore,
    DateTimeOffset NotAfter,
    ImmutableArray<string> Names,
    ImmutableArray<string> ChainStatus)
{
    public static TlsObservation NoCertificate { get; } =
        new(TlsVerdict.NoCertificate, "", "", default, default, [], []);
}
