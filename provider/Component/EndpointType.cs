namespace TidbDms.Provider.Component;

/// <summary>See <see cref="ContractEnums.EndpointType"/> for wire names and meanings.</summary>
internal enum EndpointType
{
    Source,
    Target,
}
