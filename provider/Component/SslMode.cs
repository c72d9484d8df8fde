namespace TidbDms.Provider.Component;

/// <summary>See <see cref="ContractEnums.SslMode"/> for wire names and meanings.</summary>
internal enum SslMode
{
    None,
    VerifyCa,
    VerifyFull,
}
