using CsCheck;
using Google.Protobuf.WellKnownTypes;
using Grpc.Core;
using TidbDms.Provider.Tests.Support;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Fuzzing;

/// <summary>
/// Construct requests at the wire (real gRPC on loopback against the plugin's server): a valid
/// request with one part replaced by CsCheck-generated values (wrong types, unknowns and secrets in
/// odd places, resource references and output values, deep nesting, odd strings, huge and
/// non-finite numbers, extra keys). Invariants: no UNKNOWN or INTERNAL status, an answer within the
/// case's time limit, the plugin still serving, the password in no status or log.
/// </summary>
[Category(TestCategories.Fuzz)]
internal sealed class ConstructFuzzTests
{
    private const string Secret = TestValues.Password;

    private static readonly string[] Paths =
        ["tier", "connectivity", "endpointType", "cluster", "cluster.host", "cluster.port", "cluster.username", "cluster.password", "cluster.sslMode",
         "network", "network.vpcCidr", "network.availabilityZones", "network.availabilityZoneCount", "replication", "replication.mode",
         "task", "task.schemas", "tags", "extra", "cluster.pasword", "clustr"];

    private static readonly Gen<string> OddStrings = Gen.OneOf(
        Gen.String,
        Gen.Const(""), Gen.Const("\0"), Gen.Const("🚀"), Gen.Const("${x}"), Gen.Const(new string('x', 70_000)),
        Gen.Const("04da6b54-80e4-46f7-96ec-b56ff0331ba9"), Gen.Const("1b47061264138c4ac30d75fd1eb44270"), Gen.Const("\uD800"),
        Gen.Const("gateway01.us-west-2.prod.aws.tidbcloud.com"), Gen.Const("Starter"), Gen.Const("Dedicated"), Gen.Const("verify-full"));

    private static readonly Gen<Value> Scalars = Gen.OneOf(
        Gen.Const(Value.ForNull()),
        Gen.Bool.Select(Value.ForBool),
        Gen.Double.Select(Value.ForNumber),
        Gen.OneOf(Gen.Const(double.NaN), Gen.Const(double.PositiveInfinity), Gen.Const(double.NegativeInfinity), Gen.Const(1e308), Gen.Const(-0.0), Gen.Const(4000.5)).Select(Value.ForNumber),
        OddStrings.Select(Value.ForString));

    private static Gen<Value> Values(int depth) => depth <= 0
        ? Scalars
        : Gen.Frequency(
            (6, Scalars),
            (1, Gen.Select(OddStrings, Values(depth - 1)).List[0, 4].Select(kvs => Object(kvs))),
            (1, Values(depth - 1).Array[0, 4].Select(items => Value.ForList(items))),
            (1, Values(depth - 1).Select(v => Object([("4dabf18193072939515e22adb298388d", Value.ForString("1b47061264138c4ac30d75fd1eb44270")), ("value", v)]))),
            (1, Gen.Select(Values(depth - 1), Gen.Bool).Select((v, secret) => Object([("4dabf18193072939515e22adb298388d", Value.ForString("d0e6a833031e9bbcd3f4e8bde6ca49a4")), ("value", v), ("secret", Value.ForBool(secret)), ("dependencies", Value.ForList(Value.ForNumber(1)))]))),
            (1, OddStrings.Select(urn => Object([("4dabf18193072939515e22adb298388d", Value.ForString("5cf8f73096256a8f31e491e813e4eb8e")), ("urn", Value.ForString(urn))]))),
            (1, Gen.Int[1, 140].Select(d => Hardening.WireRequestTests.Nested(d))));

    private static Value Object(IEnumerable<(string Key, Value Value)> fields)
    {
        var s = new Struct();
        foreach (var (key, value) in fields)
        {
            s.Fields[key] = value;
        }

        return Value.ForStruct(s);
    }

    /// <summary>One case: paths of the valid inputs to replace (or remove, for null), each with its new value.</summary>
    private static readonly Gen<(string Path, Value? Value)[]> Cases =
        Gen.Select(Gen.OneOf(Paths), Gen.Frequency((1, Gen.Const((Value?)null)), (6, Values(3).Select(v => (Value?)v)))).Array[1, 3];

    private static void Apply(Struct inputs, string path, Value? value)
    {
        var keys = path.Split('.');
        var target = inputs;
        foreach (var key in keys[..^1])
        {
            if (!target.Fields.TryGetValue(key, out var next) || next.KindCase != Value.KindOneofCase.StructValue)
            {
                next = Value.ForStruct(new Struct());
                target.Fields[key] = next;
            }

            target = next.StructValue;
        }

        if (value is null)
        {
            target.Fields.Remove(keys[^1]);
        }
        else
        {
            target.Fields[keys[^1]] = value;
        }
    }

    [Test]
    public async Task ConstructMutatedRequestsAreAnsweredWithoutUnknownInternalOrSecrets()
    {
        await using var test = await ComponentTest.StartAsync(new DefaultAwsMocks());
        var served = 0;
        await FuzzRun.ForEachAsync("construct", 20_251_010, 40, Cases, TimeSpan.FromSeconds(60), async mutations =>
        {
            // A name per case: the engine refuses a second component with the same URN.
            var request = test.Request($"migration{served}", Inputs.Valid().Build());
            foreach (var (path, value) in mutations)
            {
                Apply(request.Inputs, path, value);
            }

            try
            {
                await test.Client.ConstructAsync(request, deadline: DateTime.UtcNow.AddSeconds(50));
            }
            catch (RpcException ex)
            {
                Assert.That(ex.StatusCode, Is.Not.AnyOf(StatusCode.Unknown, StatusCode.Internal, StatusCode.DeadlineExceeded), ex.Status.Detail);
                Assert.That(ex.Status.Detail + ex.Trailers, Does.Not.Contain(Secret));
            }

            Assert.That(test.Diagnostics.ToString(), Does.Not.Contain(Secret));
            if (++served % 10 == 0)
            {
                await Hardening.WireRequestTests.AssertServingAsync(test);
            }
        }, m => string.Join("; ", m.Select(x => $"{x.Path} = {(x.Value is null ? "(removed)" : Truncate(x.Value.ToString()))}")));
        await Hardening.WireRequestTests.AssertServingAsync(test);
    }

    private static string Truncate(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
