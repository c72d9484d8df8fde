namespace TidbDms.Provider.Rpc;

/// <summary>
/// The type the server maps for <c>pulumirpc.ResourceProvider</c>
/// (<c>MapGrpcService&lt;ResourceProviderEndpoint&gt;()</c>). It carries no generated binding, so
/// Grpc.AspNetCore's own binder adds no method; <see cref="ResourceProviderMethods"/> adds every
/// one, with the request decoding of <see cref="RequestDecoding"/>.
/// </summary>
internal sealed class ResourceProviderEndpoint;
