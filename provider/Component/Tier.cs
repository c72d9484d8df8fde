namespace TidbDms.Provider.Component;

/// <summary>See <see cref="ContractEnums.Tier"/> for wire names and meanings.</summary>
internal enum Tier
{
    Starter,
    Essential,
    Dedicated,
}
