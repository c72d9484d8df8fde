using Google.Protobuf;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using Grpc.Net.Client;
using TidbDms.Provider.Rpc;
using TidbDms.Provider.Tests.Support;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Hardening;

/// <summary>
/// Construct requests the plugin cannot decode, sent as bytes over real gRPC on loopback: the answer
/// is INVALID_ARGUMENT saying what was wrong, and the plugin keeps serving.
/// </summary>
internal sealed class WireRequestTests
{
    private static readonly Marshaller<byte[]> Bytes = Marshallers.Create(b => b, b => b);

    private static readonly Method<byte[], byte[]> RawConstruct = new(MethodType.Unary, "pulumirpc.ResourceProvider", "Construct", Bytes, Bytes);

    /// <summary>Sends <paramref name="payload"/> as a Construct request; the status it ends with (OK when it succeeded).</summary>
    public static async Task<Status> SendAsync(string address, byte[] payload)
    {
        using var channel = GrpcChannel.ForAddress($"http://{address}");
        try
        {
            await channel.CreateCallInvoker().AsyncUnaryCall(RawConstruct, null, new CallOptions(deadline: DateTime.UtcNow.AddSeconds(30)), payload);
            return Status.DefaultSuccess;
        }
        catch (RpcException ex)
        {
            return ex.Status;
        }
    }

    /// <summary>A struct value nested <paramref name="depth"/> objects deep.</summary>
    public static Value Nested(int depth)
    {
        var value = Value.ForString("leaf");
        for (var i = 0; i < depth; i++)
        {
            var inner = new Struct();
            inner.Fields["a"] = value;
            value = Value.ForStruct(inner);
        }

        return value;
    }

    public static async Task AssertServingAsync(ComponentTest test)
    {
        var info = await test.Client.GetPluginInfoAsync(new Empty());
        Assert.That(info.Version, Is.Not.Empty);
    }

    [Test]
    public async Task ConstructNestedBeyondTheLimitIsInvalidArgumentAndThePluginKeepsServing()
    {
        await using var test = await ComponentTest.StartAsync(new DefaultAwsMocks());
        var request = test.Request("migration", Inputs.Valid().Build());
        request.Inputs.Fields["deep"] = Nested(RequestDecoding.ValueNestingLimit + 10);

        var status = await SendAsync(test.Plugin.Address, request.ToByteArray());

        Assert.Multiple(() =>
        {
            Assert.That(status.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(status.Detail, Is.EqualTo("the Construct request nests values deeper than this provider decodes: objects and lists may nest at most 100 levels (a valid TidbDmsMigration input nests at most 4)"));
        });
        await AssertServingAsync(test);
    }

    [Test]
    public async Task ConstructNestedDeeperThanProtobufsDefaultButWithinTheLimitIsDecoded()
    {
        await using var test = await ComponentTest.StartAsync(new DefaultAwsMocks());
        var request = test.Request("migration", Inputs.Valid().Build());
        request.Inputs.Fields["deep"] = Nested(60);

        var status = await SendAsync(test.Plugin.Address, request.ToByteArray());

        // Decoded, then read: an unknown input, not a decoding error.
        Assert.That(status.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(status.Detail, Is.EqualTo("1 input is invalid: deep"));
    }

    [Test]
    public async Task ConstructStringNotUtf8IsInvalidArgumentAndThePluginKeepsServing()
    {
        await using var test = await ComponentTest.StartAsync(new DefaultAwsMocks());
        var request = test.Request("migrationX", Inputs.Valid().Build());
        var payload = request.ToByteArray();
        var marker = System.Text.Encoding.ASCII.GetBytes("migrationX");
        var at = payload.AsSpan().IndexOf(marker);
        payload[at + marker.Length - 1] = 0xFF;

        var status = await SendAsync(test.Plugin.Address, payload);

        Assert.Multiple(() =>
        {
            Assert.That(status.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
            Assert.That(status.Detail, Is.EqualTo("the Construct request holds a string that is not valid UTF-8 (protobuf strings must be UTF-8)"));
        });
        await AssertServingAsync(test);
    }

    [Test]
    public async Task ConstructGarbageIsInvalidArgument()
    {
        await using var test = await ComponentTest.StartAsync(new DefaultAwsMocks());

        var status = await SendAsync(test.Plugin.Address, [0x0A, 0xFF, 0xFF, 0xFF, 0xFF, 0x0F]);

        Assert.That(status.StatusCode, Is.EqualTo(StatusCode.InvalidArgument));
        Assert.That(status.Detail, Does.StartWith("the Construct request is not a valid protobuf message: "));
        await AssertServingAsync(test);
    }
}
