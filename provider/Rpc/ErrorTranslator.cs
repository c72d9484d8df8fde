using System.Collections.Immutable;
using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Core.Interceptors;
using Pulumirpc;
using TidbDms.Provider.Component;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Rpc;

/// <summary>
/// The one place where exceptions become gRPC statuses, for every call the provider serves (it
/// intercepts all of them). The engine prints the status message against the component and aborts
/// the deployment, so the kind of failure decides the code:
/// <list type="bullet">
/// <item>input errors: INVALID_ARGUMENT with an <c>InputPropertiesError</c> detail (one line per violation in the engine's output);</item>
/// <item>environment errors (a missing DMS role, ...): FAILED_PRECONDITION with the message;</item>
/// <item>the engine failed during Construct: its own words, as UNAVAILABLE when it is stopping,
/// DEADLINE_EXCEEDED when it did not answer in time, else UNKNOWN;</item>
/// <item>cancellation: CANCELLED;</item>
/// <item>a malformed wire value: INVALID_ARGUMENT with the message (it names the path, not the value);</item>
/// <item>an engine reply of a kind the component cannot use: INVALID_ARGUMENT naming the resource and output;</item>
/// <item>anything else is a bug: INTERNAL with a generic message, the exception on stderr.</item>
/// </list>
/// An <see cref="RpcException"/> passes through unchanged: either a handler chose its status, or a
/// monitor call failed and the engine's own status is the most useful answer.
/// </summary>
internal sealed class ErrorTranslator : Interceptor
{
    private readonly DiagnosticLog _log;

    public ErrorTranslator(DiagnosticLog log)
    {
        _log = log;
    }

    public override async Task<TResponse> UnaryServerHandler<TRequest, TResponse>(
        TRequest request,
        ServerCallContext context,
        UnaryServerMethod<TRequest, TResponse> continuation)
    {
        try
        {
            return await continuation(request, context).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is not RpcException)
        {
            throw Translate(ex, context.Method);
        }
    }

    /// <param name="method">The gRPC method that failed, for the log line.</param>
    public RpcException Translate(Exception exception, string method)
    {
        switch (exception)
        {
            case InputErrorsException inputErrors:
                return InvalidInputs(inputErrors.Errors);
            case EnvironmentException environment:
                return new RpcException(new Status(StatusCode.FailedPrecondition, environment.Message));
            case RegistrationException registration:
                // The engine's own status (with what we were doing) is the most useful answer.
                return new RpcException(new Status(StatusFor(registration.Failure), registration.Message));
            case OperationCanceledException:
                return new RpcException(new Status(StatusCode.Cancelled, "the operation was cancelled"));
            case EngineReplyException reply:
                return new RpcException(new Status(StatusCode.InvalidArgument, reply.Message));
            case WireFormatException wire:
                return new RpcException(new Status(StatusCode.InvalidArgument, $"the engine sent a value this provider cannot read: {wire.Message}"));
            default:
                // Only the type, message and stack: our code never puts a secret in an exception message.
                _log.Write($"internal error in {method}: {exception}");
                return new RpcException(new Status(
                    StatusCode.Internal,
                    $"internal error in the {Tokens.Package} provider ({exception.GetType().Name}); this is a bug: please report it with the plugin's log (pulumi --logflow --logtostderr -v=9)"));
        }
    }

    private static StatusCode StatusFor(RegistrationFailure failure) => failure switch
    {
        RegistrationFailure.EngineStopping => StatusCode.Unavailable,
        RegistrationFailure.Timeout => StatusCode.DeadlineExceeded,
        _ => StatusCode.Unknown,
    };

    /// <summary>
    /// The status message is a one-line summary naming the paths: the engine prints it, then one line
    /// per property error with its reason, so repeating the reasons here would print them twice.
    /// </summary>
    private static RpcException InvalidInputs(ImmutableArray<InputError> errors)
    {
        var paths = errors.Select(e => e.Path).Distinct(StringComparer.Ordinal).ToList();
        var summary = paths.Count == 1
            ? $"1 input is invalid: {paths[0]}"
            : $"{paths.Count} inputs are invalid: {string.Join(", ", paths)}";

        var detail = new InputPropertiesError();
        detail.Errors.AddRange(errors.Select(e => new InputPropertiesError.Types.PropertyError
        {
            PropertyPath = e.Path,
            Reason = e.Reason,
        }));

        var status = new Google.Rpc.Status
        {
            Code = (int)StatusCode.InvalidArgument,
            Message = summary,
            Details = { Any.Pack(detail) },
        };

        return new RpcException(
            new Status(StatusCode.InvalidArgument, summary),
            new Metadata { { WireConstants.StatusDetailsTrailer, status.ToByteArray() } });
    }
}
