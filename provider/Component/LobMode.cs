namespace TidbDms.Provider.Component;

/// <summary>See <see cref="ContractEnums.LobMode"/> for wire names and meanings.</summary>
internal enum LobMode
{
    Limited,
    Full,
    None,
}
