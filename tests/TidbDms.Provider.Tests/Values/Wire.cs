using Google.Protobuf.WellKnownTypes;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Values;

/// <summary>
/// Wire values written as JSON, with short names for the magic strings so that a test shows the
/// shape: <c>$SIG</c> (the signature key), <c>$SECRET</c>, <c>$OUTPUT</c>, <c>$REF</c>, <c>$ASSET</c>,
/// <c>$ARCHIVE</c>, <c>$UNKNOWN</c>.
/// </summary>
internal static class Wire
{
    public static Value Json(string json) => Value.Parser.ParseJson(Expand(json));

    public static Struct Object(string json) => Struct.Parser.ParseJson(Expand(json));

    public static string Expand(string json) => json
        .Replace("'", "\"", StringComparison.Ordinal)
        .Replace("$SIG", WireConstants.SignatureKey, StringComparison.Ordinal)
        .Replace("$SECRET", WireConstants.SecretSignature, StringComparison.Ordinal)
        .Replace("$OUTPUT", WireConstants.OutputValueSignature, StringComparison.Ordinal)
        .Replace("$REF", WireConstants.ResourceReferenceSignature, StringComparison.Ordinal)
        .Replace("$ASSET", WireConstants.AssetSignature, StringComparison.Ordinal)
        .Replace("$ARCHIVE", WireConstants.ArchiveSignature, StringComparison.Ordinal)
        .Replace("$UNKNOWN", WireConstants.UnknownValue, StringComparison.Ordinal);
}
