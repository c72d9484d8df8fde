namespace TidbDms.Provider.Component;

/// <summary>See <see cref="ContractEnums.MigrationType"/> for wire names and meanings.</summary>
internal enum MigrationType
{
    FullLoad,
    Cdc,
    FullLoadAndCdc,
}
