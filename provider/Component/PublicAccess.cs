namespace TidbDms.Provider.Component;

/// <summary>See <see cref="ContractEnums.PublicAccess"/> for wire names and meanings.</summary>
internal enum PublicAccess
{
    NatGateway,
    PublicSubnet,
}
