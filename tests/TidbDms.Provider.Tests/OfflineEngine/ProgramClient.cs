using Google.Protobuf.WellKnownTypes;
using Grpc.Net.Client;
using Pulumirpc;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.OfflineEngine;

/// <summary>A program's side of the wire: the <c>ResourceMonitor</c> and <c>Engine</c> clients a Pulumi SDK's runtime holds, at the engine's address.</summary>
internal sealed class ProgramClient : IDisposable
{
    private readonly GrpcChannel _channel;

    public ProgramClient(string address)
    {
        _channel = GrpcChannel.ForAddress("http://" + address);
        Monitor = new ResourceMonitor.ResourceMonitorClient(_channel);
        Engine = new Engine.EngineClient(_channel);
    }

    public ResourceMonitor.ResourceMonitorClient Monitor { get; }

    public Engine.EngineClient Engine { get; }

    /// <summary>Registers the stack as SDKs do first, and makes it the root resource; returns its URN.</summary>
    public async Task<string> RegisterStackAsync(string name)
    {
        var stack = await Monitor.RegisterResourceAsync(new RegisterResourceRequest { Type = ResourceUrn.StackType, Name = name, Object = new Struct() });
        await Engine.SetRootResourceAsync(new SetRootResourceRequest { Urn = stack.Urn });
        return stack.Urn;
    }

    public void Dispose() => _channel.Dispose();
}
