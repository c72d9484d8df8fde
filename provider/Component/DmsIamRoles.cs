namespace TidbDms.Provider.Component;

/// <summary>See <see cref="ContractEnums.DmsIamRoles"/> for wire names and meanings.</summary>
internal enum DmsIamRoles
{
    Existing,
    Create,
}
