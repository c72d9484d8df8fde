namespace TidbDms.Provider.Rpc;

/// <summary>Message size limits the engine and every Pulumi SDK use in both directions; ours match.</summary>
internal static class GrpcLimits
{
    public const int MaxMessageSize = 400 * 1024 * 1024;
}
