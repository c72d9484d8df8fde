using Grpc.AspNetCore.Server.Model;
using Grpc.Core;
using Pulumirpc;

namespace TidbDms.Provider.Rpc;

/// <summary>
/// Binds every method of <c>pulumirpc.ResourceProvider</c> to <see cref="ResourceProviderService"/>
/// (one instance: it keeps no per-call state), each with its request decoded by
/// <see cref="RequestDecoding"/> instead of the generated marshaller. Interceptors (the
/// <see cref="ErrorTranslator"/>) apply as to any method.
/// </summary>
internal sealed class ResourceProviderMethods : IServiceMethodProvider<ResourceProviderEndpoint>
{
    private readonly ResourceProviderService _service;

    public ResourceProviderMethods(ProviderState state, EngineClients engine, DiagnosticLog diagnostics)
    {
        _service = new ResourceProviderService(state, engine, diagnostics);
    }

    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<ResourceProviderEndpoint> context) =>
        ResourceProvider.BindService(new Binder(context), _service);

    private sealed class Binder : ServiceBinderBase
    {
        private readonly ServiceMethodProviderContext<ResourceProviderEndpoint> _context;

        public Binder(ServiceMethodProviderContext<ResourceProviderEndpoint> context) => _context = context;

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler)
        {
            var decoded = new Method<TRequest, TResponse>(
                method.Type, method.ServiceName, method.Name, RequestDecoding.For(method, method.RequestMarshaller), method.ResponseMarshaller);
            _context.AddUnaryMethod(decoded, [], (_, request, call) => handler!(request, call));
        }
    }
}
