namespace TidbDms.Provider.Values;

/// <summary>
/// The magic strings of Pulumi's value encoding inside <c>google.protobuf.Struct</c>. They are wire
/// facts shared by the engine and every SDK, so each is copied exactly from upstream:
/// the signatures from <c>sdk/go/common/resource/sig/sig.go</c>
/// (https://github.com/pulumi/pulumi/blob/master/sdk/go/common/resource/sig/sig.go) and the unknown
/// sentinels from <c>sdk/go/common/resource/plugin/rpc.go</c>
/// (https://github.com/pulumi/pulumi/blob/master/sdk/go/common/resource/plugin/rpc.go).
/// </summary>
internal static class WireConstants
{
    /// <summary>
    /// An object holding this key is not a map but a special value, named by the key's string value.
    /// A random hex string, so that no user map can collide with it.
    /// </summary>
    public const string SignatureKey = "4dabf18193072939515e22adb298388d";

    /// <summary><c>{sig, value}</c>: <c>value</c> is secret. The engine keeps it encrypted in state and redacted in output.</summary>
    public const string SecretSignature = "1b47061264138c4ac30d75fd1eb44270";

    /// <summary>
    /// <c>{sig, urn, id?, packageVersion?}</c>: a reference to another resource. <c>id</c> is absent for
    /// components and <c>""</c> while a custom resource is not created yet (unknown).
    /// </summary>
    public const string ResourceReferenceSignature = "5cf8f73096256a8f31e491e813e4eb8e";

    /// <summary>
    /// <c>{sig, value?, secret?, dependencies?}</c>: an Output in flight. No <c>value</c> means unknown;
    /// <c>dependencies</c> lists the URNs it came from. Sent only to peers that said they accept outputs.
    /// </summary>
    public const string OutputValueSignature = "d0e6a833031e9bbcd3f4e8bde6ca49a4";

    /// <summary><c>{sig, hash, text|path|uri}</c>: a file asset. We never look inside; it passes through untouched.</summary>
    public const string AssetSignature = "c44067f5952c0a294b673a41bacd8c17";

    /// <summary><c>{sig, hash, assets|path|uri}</c>: an archive. Passes through untouched, like assets.</summary>
    public const string ArchiveSignature = "0def7320c3a5731c473e5ecbe6d01bc7";

    /// <summary>
    /// <c>{sig, value: base64}</c>: a string that is not valid UTF-8. Only sent to peers that negotiated
    /// <c>accepts_byte_string</c>; we answer false in Handshake, so it is never expected and is rejected.
    /// </summary>
    public const string ByteStringSignature = "803fd3297a5875dc03ca845dda5d2a98";

    /// <summary>
    /// The generic unknown: what every SDK sends for an unknown of any type, and what we send.
    /// Unknowns are plain strings (not special objects) so that old peers pass them through as text.
    /// </summary>
    public const string UnknownValue = "04da6b54-80e4-46f7-96ec-b56ff0331ba9";

    /// <summary>The engine picks a typed sentinel when it knows the type of the unknown value.</summary>
    public const string UnknownBoolValue = "1c4a061d-8072-4f0a-a4cb-0ff528b18fe7";

    public const string UnknownNumberValue = "3eeb2bf0-c639-47a8-9e75-3b44932eb421";

    public const string UnknownArrayValue = "6a19a0b0-7e62-4c92-b797-7f8e31da9cc2";

    public const string UnknownObjectValue = "dd056dcd-154b-4c76-9bd3-c8f88648b5ff";

    public const string UnknownAssetValue = "030794c1-ac77-496b-92df-f27374a8bd58";

    public const string UnknownArchiveValue = "e48ece36-62e2-4504-bad9-02848725956a";

    /// <summary>
    /// The gRPC trailer that carries a failed call's rich error: a binary <c>google.rpc.Status</c>
    /// whose details hold the property errors (<c>pulumirpc.InputPropertiesError</c>). The plugin
    /// writes it, the engine reads it.
    /// </summary>
    public const string StatusDetailsTrailer = "grpc-status-details-bin";

    /// <summary>True for any of the seven unknown sentinels: all of them decode to <see cref="PropertyValue.Computed"/>.</summary>
    public static bool IsUnknownSentinel(string value) => value is
        UnknownValue or UnknownBoolValue or UnknownNumberValue or UnknownArrayValue
        or UnknownObjectValue or UnknownAssetValue or UnknownArchiveValue;
}
