namespace TidbDms.Provider.Component;

/// <summary>See <see cref="ContractEnums.NatGatewayStrategy"/> for wire names and meanings.</summary>
internal enum NatGatewayStrategy
{
    Single,
    OnePerAz,
}
