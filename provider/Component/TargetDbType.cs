namespace TidbDms.Provider.Component;

/// <summary>See <see cref="ContractEnums.TargetDbType"/> for wire names and meanings.</summary>
internal enum TargetDbType
{
    SpecificDatabase,
    MultipleDatabases,
}
