using System.Text;
using Google.Protobuf;
using Grpc.Core;
using Pulumirpc;

namespace TidbDms.Provider.Rpc;

/// <summary>
/// How the plugin decodes the engine's requests. Grpc.AspNetCore decodes a request before any
/// handler or interceptor runs, with Google.Protobuf's defaults, and reports a request it cannot
/// decode as <c>UNKNOWN: Exception was thrown by handler</c>. This decoder answers such a request
/// with <c>INVALID_ARGUMENT</c> and what was wrong, and sets how deep a request may nest.
/// </summary>
/// <remarks>
/// <para>
/// How deep: Pulumi's engine (Go) encodes and decodes with protobuf-go's default recursion limit
/// of 10,000 message levels, so it can send far deeper values than Google.Protobuf's default of 100
/// levels decodes. Google.Protobuf counts every <c>Struct</c>, map entry, <c>Value</c> and
/// <c>ListValue</c> as a level, so an object inside an object costs three levels and the default
/// admits only about 30 levels of nested objects. A valid <c>TidbDmsMigration</c> input nests at
/// most four levels (<c>task.schemas[0]</c>, each level at most doubled by the engine's
/// secret/output wrappers), so the plugin accepts <see cref="ValueNestingLimit"/> levels of objects
/// and lists — 25 times what a valid input needs — and decodes with <see cref="RecursionLimit"/>
/// message levels. It does not follow the engine to 10,000: each level costs stack in a recursive
/// decoder, and a stack overflow ends the process instead of answering the request.
/// </para>
/// <para>
/// Strings must be valid UTF-8 (the protobuf rule for <c>string</c> fields); Google.Protobuf throws
/// when one is not.
/// </para>
/// </remarks>
internal static class RequestDecoding
{
    /// <summary>How many levels of objects and lists a request's values may nest.</summary>
    public const int ValueNestingLimit = 100;

    /// <summary>
    /// The decoder's recursion limit in message levels: three per object level (<c>Struct</c>, map
    /// entry, <c>Value</c>), plus the request's own envelope.
    /// </summary>
    public const int RecursionLimit = (3 * ValueNestingLimit) + 8;

    /// <summary>The request marshaller of <paramref name="method"/> of <c>pulumirpc.ResourceProvider</c>, decoding with <see cref="Decode"/>.</summary>
    public static Marshaller<TRequest> For<TRequest>(IMethod method, Marshaller<TRequest> original)
        where TRequest : class
    {
        var parser = ResourceProvider.Descriptor.FindMethodByName(method.Name).InputType.Parser;
        return new Marshaller<TRequest>(original.ContextualSerializer, context => (TRequest)Decode(parser, context.PayloadAsNewBuffer(), method.Name));
    }

    /// <summary>Decodes one request, or throws INVALID_ARGUMENT saying what was wrong with it.</summary>
    public static IMessage Decode(MessageParser parser, byte[] payload, string methodName)
    {
        try
        {
            var input = CodedInputStream.CreateWithLimits(new MemoryStream(payload, writable: false), int.MaxValue, RecursionLimit);
            return parser.ParseFrom(input);
        }
        catch (InvalidProtocolBufferException ex) when (ex.Message.Contains("levels of nesting", StringComparison.Ordinal))
        {
            throw Invalid($"the {methodName} request nests values deeper than this provider decodes: objects and lists may nest at most {ValueNestingLimit} levels (a valid TidbDmsMigration input nests at most 4)");
        }
        catch (InvalidProtocolBufferException ex) when (ex.InnerException is DecoderFallbackException || ex.Message.Contains("UTF-8", StringComparison.OrdinalIgnoreCase))
        {
            throw Invalid($"the {methodName} request holds a string that is not valid UTF-8 (protobuf strings must be UTF-8)");
        }
        catch (InvalidProtocolBufferException ex)
        {
            throw Invalid($"the {methodName} request is not a valid protobuf message: {ex.Message}");
        }
        catch (DecoderFallbackException)
        {
            throw Invalid($"the {methodName} request holds a string that is not valid UTF-8 (protobuf strings must be UTF-8)");
        }
    }

    private static RpcException Invalid(string message) => new(new Status(StatusCode.InvalidArgument, message));
}
