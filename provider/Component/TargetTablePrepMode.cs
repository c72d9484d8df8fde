namespace TidbDms.Provider.Component;

/// <summary>See <see cref="ContractEnums.TargetTablePrepMode"/> for wire names and meanings.</summary>
internal enum TargetTablePrepMode
{
    DoNothing,
    TruncateBeforeLoad,
    DropAndCreate,
}
