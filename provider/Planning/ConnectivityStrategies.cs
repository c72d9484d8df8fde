using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>The one place that maps connectivity (and public access) to its strategy.</summary>
internal static class ConnectivityStrategies
{
    public static IConnectivityStrategy For(TidbDmsMigrationArgs args) => args.Connectivity switch
    {
        Connectivity.PublicEndpoint when args.Network.PublicAccess == PublicAccess.PublicSubnet => new PublicEndpointPublicSubnetStrategy(),
        Connectivity.PublicEndpoint => new PublicEndpointNatGatewayStrategy(args.Network.NatGateways),
        Connectivity.PrivateEndpoint => new PrivateEndpointStrategy(
            args.PrivateEndpoint ?? throw new ArgumentException("PrivateEndpoint connectivity without privateEndpoint args; the args reader should have refused it", nameof(args))),
        Connectivity.VpcPeering => new VpcPeeringStrategy(
            args.VpcPeering ?? throw new ArgumentException("VpcPeering connectivity without vpcPeering args; the args reader should have refused it", nameof(args))),
        _ => throw new ArgumentOutOfRangeException(nameof(args), args.Connectivity, "unknown connectivity"),
    };
}
