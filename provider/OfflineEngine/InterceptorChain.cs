using System.Collections.Immutable;
using Grpc.Core;
using Grpc.Core.Interceptors;

namespace TidbDms.Provider.OfflineEngine;

/// <summary>Runs the interceptors given in <see cref="OfflineEngineOptions.Interceptors"/> around each call, outermost first (every engine call is unary).</summary>
internal sealed class InterceptorChain : Interceptor
{
    private readonly ImmutableArray<Interceptor> _interceptors;

    public InterceptorChain(ImmutableArray<Interceptor> interceptors)
    {
        _interceptors = interceptors;
    }

    public override Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        var next = continuation;
        for (var i = _interceptors.Length - 1; i >= 0; i--)
        {
            var interceptor = _interceptors[i];
            var inner = next;
            next = (r, c) => interceptor.UnaryServerHandler(r, c, inner);
        }

        return next(request, context);
    }
}
