namespace TidbDms.Provider.Component;

/// <summary>See <see cref="ContractEnums.Connectivity"/> for wire names and meanings.</summary>
internal enum Connectivity
{
    PublicEndpoint,
    PrivateEndpoint,
    VpcPeering,
}
