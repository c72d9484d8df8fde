namespace TidbDms.Provider.Component;

/// <summary>See <see cref="ContractEnums.ReplicationMode"/> for wire names and meanings.</summary>
internal enum ReplicationMode
{
    Instance,
    Serverless,
}
