using Grpc.Core;
using Pulumirpc;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Rpc;

/// <summary>Reads the rich error detail the way the engine does: the binary google.rpc.Status in the trailer.</summary>
internal static class StatusDetails
{
    public static Google.Rpc.Status Read(RpcException exception)
    {
        var bytes = exception.Trailers.GetValueBytes(WireConstants.StatusDetailsTrailer)
            ?? throw new AssertionException($"no {WireConstants.StatusDetailsTrailer} trailer on {exception.Status}");
        return Google.Rpc.Status.Parser.ParseFrom(bytes);
    }

    /// <summary>The single InputPropertiesError detail, as (path, reason) pairs.</summary>
    public static (string Path, string Reason)[] PropertyErrors(Google.Rpc.Status status)
    {
        Assert.That(status.Details.Select(d => d.TypeUrl), Is.EqualTo(["type.googleapis.com/pulumirpc.InputPropertiesError"]));
        var detail = status.Details[0].Unpack<InputPropertiesError>();
        return [.. detail.Errors.Select(e => (e.PropertyPath, e.Reason))];
    }
}
