using System.Collections.Immutable;
using Google.Protobuf.WellKnownTypes;
using TidbDms.Provider.Values;
using static TidbDms.Provider.Values.PropertyValue;

namespace TidbDms.Provider.Tests.Values;

[TestFixture]
internal sealed class PropertyValueMarshallerTests
{
    private const string VpcUrn = "urn:pulumi:dev::proj::aws:ec2/vpc:Vpc::vpc";
    private const string SubnetUrn = "urn:pulumi:dev::proj::aws:ec2/subnet:Subnet::subnet";

    private static IEnumerable<TestCaseData> ScalarCases()
    {
        yield return new TestCaseData("null", Null).SetName("null");
        yield return new TestCaseData("true", Bool(true)).SetName("bool");
        yield return new TestCaseData("4000", Number(4000)).SetName("number arrives as a double");
        yield return new TestCaseData("4000.5", Number(4000.5)).SetName("fractional number");
        yield return new TestCaseData("'tidb.example'", String("tidb.example")).SetName("string");
        yield return new TestCaseData("[1, 'a', null]", Array(Number(1), String("a"), Null)).SetName("list");
        yield return new TestCaseData("{'b': 1, 'a': {'c': false}}", Object(("a", Object(("c", Bool(false)))), ("b", Number(1))))
            .SetName("object");
    }

    [TestCaseSource(nameof(ScalarCases))]
    public void DecodesJsonLikeValues(string json, PropertyValue expected)
    {
        Assert.That(PropertyValueMarshaller.Decode(Wire.Json(json)), Is.EqualTo(expected));
    }

    [TestCase(WireConstants.UnknownValue, TestName = "generic (string) unknown")]
    [TestCase(WireConstants.UnknownBoolValue, TestName = "bool unknown")]
    [TestCase(WireConstants.UnknownNumberValue, TestName = "number unknown")]
    [TestCase(WireConstants.UnknownArrayValue, TestName = "array unknown")]
    [TestCase(WireConstants.UnknownObjectValue, TestName = "object unknown")]
    [TestCase(WireConstants.UnknownAssetValue, TestName = "asset unknown")]
    [TestCase(WireConstants.UnknownArchiveValue, TestName = "archive unknown")]
    public void EveryUnknownSentinelDecodesToComputedAtAnyDepth(string sentinel)
    {
        var wire = Wire.Json($"{{'top': '{sentinel}', 'list': ['{sentinel}'], 'nested': {{'x': '{sentinel}'}}}}");

        Assert.That(PropertyValueMarshaller.Decode(wire), Is.EqualTo(Object(
            ("top", Computed),
            ("list", Array(Computed)),
            ("nested", Object(("x", Computed))))));
    }

    private static IEnumerable<TestCaseData> SpecialCases()
    {
        yield return new TestCaseData("{'$SIG': '$SECRET', 'value': 'pw'}", String("pw").WithSecret())
            .SetName("secret");
        yield return new TestCaseData("{'$SIG': '$SECRET', 'value': {'$SIG': '$SECRET', 'value': 'pw'}}", String("pw").WithSecret())
            .SetName("secret inside secret collapses");
        yield return new TestCaseData("{'$SIG': '$SECRET', 'value': '$UNKNOWN'}", Computed.WithSecret())
            .SetName("secret unknown");
        yield return new TestCaseData("{'$SIG': '$OUTPUT', 'value': 'pw', 'secret': true}", String("pw").WithSecret())
            .SetName("output value: secret");
        yield return new TestCaseData("{'$SIG': '$OUTPUT'}", Computed)
            .SetName("output value without value: unknown");
        yield return new TestCaseData($"{{'$SIG': '$OUTPUT', 'secret': true, 'dependencies': ['{VpcUrn}']}}", Computed.WithSecret().WithDependencies([VpcUrn]))
            .SetName("output value without value: secret unknown with dependencies");
        yield return new TestCaseData($"{{'$SIG': '$OUTPUT', 'value': 'vpc-1', 'dependencies': ['{VpcUrn}', '{VpcUrn}']}}", String("vpc-1").WithDependencies([VpcUrn]))
            .SetName("output value: known with dependencies");
        yield return new TestCaseData("{'$SIG': '$OUTPUT', 'value': {'$SIG': '$SECRET', 'value': 'pw'}, 'secret': true}", String("pw").WithSecret())
            .SetName("output value around a secret: one secret");
        yield return new TestCaseData(
                $"{{'$SIG': '$OUTPUT', 'value': {{'$SIG': '$OUTPUT', 'value': 'x', 'dependencies': ['{SubnetUrn}']}}, 'dependencies': ['{VpcUrn}']}}",
                String("x").WithDependencies([VpcUrn, SubnetUrn]))
            .SetName("output value around an output value: dependencies merged");
        yield return new TestCaseData($"{{'$SIG': '$REF', 'urn': '{VpcUrn}', 'id': 'vpc-1', 'packageVersion': '7.48.0'}}",
                Resource(new ResourceReference(VpcUrn, String("vpc-1"), "7.48.0")))
            .SetName("resource reference");
        yield return new TestCaseData($"{{'$SIG': '$REF', 'urn': '{VpcUrn}', 'id': ''}}", Resource(new ResourceReference(VpcUrn, Computed, "")))
            .SetName("resource reference with unknown id");
        yield return new TestCaseData($"{{'$SIG': '$REF', 'urn': '{VpcUrn}', 'id': '{WireConstants.UnknownValue}'}}", Resource(new ResourceReference(VpcUrn, Computed, "")))
            .SetName("resource reference with a sentinel id");
        yield return new TestCaseData($"{{'$SIG': '$REF', 'urn': '{VpcUrn}'}}", Resource(new ResourceReference(VpcUrn, null, "")))
            .SetName("component reference: no id");
    }

    [TestCaseSource(nameof(SpecialCases))]
    public void DecodesSpecialValues(string json, PropertyValue expected)
    {
        Assert.That(PropertyValueMarshaller.Decode(Wire.Json(json)), Is.EqualTo(expected));
    }

    [Test]
    public void DecodesSpecialValuesNestedInListsAndObjects()
    {
        var wire = Wire.Json($$"""
            {
              'cluster': {
                'host': 'tidb.example',
                'passwords': ['plain', {'$SIG': '$SECRET', 'value': 'pw'}],
                'port': {'$SIG': '$OUTPUT', 'value': 4000, 'dependencies': ['{{VpcUrn}}']},
                'pending': {'$SIG': '$OUTPUT', 'dependencies': ['{{SubnetUrn}}']}
              },
              'refs': [{'$SIG': '$REF', 'urn': '{{VpcUrn}}', 'id': ''}]
            }
            """);

        var decoded = PropertyValueMarshaller.Decode(wire);

        Assert.Multiple(() =>
        {
            Assert.That(decoded, Is.EqualTo(Object(
                ("cluster", Object(
                    ("host", String("tidb.example")),
                    ("passwords", Array(String("plain"), String("pw").WithSecret())),
                    ("port", Number(4000).WithDependencies([VpcUrn])),
                    ("pending", Computed.WithDependencies([SubnetUrn])))),
                ("refs", Array(Resource(new ResourceReference(VpcUrn, Computed, "")))))));
            Assert.That(decoded.AllDependencies, Is.EqualTo(new[] { SubnetUrn, VpcUrn }));
            Assert.That(decoded.ContainsSecrets, Is.True);
            Assert.That(decoded.ContainsUnknowns, Is.True);
        });
    }

    [TestCase("$ASSET", PropertyValueKind.Asset, "{'$SIG': '$ASSET', 'hash': 'abc', 'text': 'hello'}")]
    [TestCase("$ARCHIVE", PropertyValueKind.Archive, "{'$SIG': '$ARCHIVE', 'hash': 'def', 'assets': {'a.txt': {'$SIG': '$ASSET', 'hash': 'abc', 'path': 'a.txt'}}}")]
    public void AssetsAndArchivesPassThroughUntouched(string signature, PropertyValueKind kind, string json)
    {
        var wire = Wire.Json(json);

        var decoded = PropertyValueMarshaller.Decode(wire);

        Assert.Multiple(() =>
        {
            Assert.That(decoded.Kind, Is.EqualTo(kind), signature);
            Assert.That(PropertyValueMarshaller.Encode(decoded, OutputValueEncoding.Keep), Is.EqualTo(wire));
            Assert.That(PropertyValueMarshaller.Encode(decoded, OutputValueEncoding.Downgrade), Is.EqualTo(wire));
        });
    }

    [TestCase("{'a': {'b': [1, {'$SIG': 'abc'}]}}", "a.b[1]: unrecognized signature 'abc'")]
    [TestCase("{'$SIG': 'abc'}", "value: unrecognized signature 'abc'")]
    [TestCase("{'a': {'$SIG': 42}}", "a: the signature key 4dabf18193072939515e22adb298388d holds a number, not a string")]
    [TestCase("{'a': {'$SIG': '$SECRET'}}", "a: a secret has no 'value'")]
    [TestCase("{'a': {'$SIG': '$REF', 'id': 'x'}}", "a: a resource reference has no 'urn' string")]
    [TestCase("{'a': {'$SIG': '$OUTPUT', 'dependencies': [1]}}", "a: a dependency of an output value is a number, not a URN string")]
    [TestCase("{'a': {'$SIG': '$OUTPUT', 'secret': 'yes'}}", "a: the 'secret' of an output value is a string, not a boolean")]
    [TestCase("{'a': {'$SIG': '803fd3297a5875dc03ca845dda5d2a98', 'value': 'AA=='}}", "a: a byte string was sent, but this provider does not accept byte strings (accepts_byte_string=false)")]
    public void MalformedValuesFailNamingThePath(string json, string message)
    {
        var ex = Assert.Throws<WireFormatException>(() => PropertyValueMarshaller.Decode(Wire.Json(json)));

        Assert.That(ex!.Message, Is.EqualTo(message));
    }

    [Test]
    public void DecodeInputsMergesInputDependenciesWithInlineOnes()
    {
        var inputs = Wire.Object($$"""
            {
              'tier': 'Dedicated',
              'cluster': {'$SIG': '$OUTPUT', 'value': {'host': 'h'}, 'dependencies': ['{{VpcUrn}}']},
              'tags': {'env': 'dev'}
            }
            """);
        var dependencies = new Dictionary<string, IReadOnlyCollection<string>>
        {
            ["cluster"] = [SubnetUrn],
            ["tags"] = [VpcUrn],
            ["tier"] = [],
            ["absent"] = [VpcUrn],
        };

        var decoded = PropertyValueMarshaller.DecodeInputs(inputs, dependencies);

        Assert.That(decoded, Is.EqualTo(new Dictionary<string, PropertyValue>
        {
            ["cluster"] = Object(("host", String("h"))).WithDependencies([SubnetUrn, VpcUrn]),
            ["tags"] = Object(("env", String("dev"))).WithDependencies([VpcUrn]),
            ["tier"] = String("Dedicated"),
        }));
    }

    [Test]
    public void DecodeObjectOfNullStructIsEmpty()
    {
        Assert.That(PropertyValueMarshaller.DecodeObject(null), Is.Empty);
    }

    private static IEnumerable<TestCaseData> EncodingCases()
    {
        yield return new TestCaseData(String("pw").WithSecret(), OutputValueEncoding.Keep, "{'$SIG': '$SECRET', 'value': 'pw'}")
            .SetName("Keep: a secret without dependencies is a secret object");
        yield return new TestCaseData(String("pw").WithSecret(), OutputValueEncoding.Downgrade, "{'$SIG': '$SECRET', 'value': 'pw'}")
            .SetName("Downgrade: secret");
        yield return new TestCaseData(Computed, OutputValueEncoding.Keep, "'$UNKNOWN'")
            .SetName("Keep: a plain unknown is the sentinel");
        yield return new TestCaseData(Computed.WithSecret(), OutputValueEncoding.Keep, "{'$SIG': '$OUTPUT', 'secret': true}")
            .SetName("Keep: secret unknown is an output value");
        yield return new TestCaseData(Computed.WithSecret(), OutputValueEncoding.Downgrade, "{'$SIG': '$SECRET', 'value': '$UNKNOWN'}")
            .SetName("Downgrade: secret unknown is a secret sentinel");
        yield return new TestCaseData(Computed.WithDependencies([VpcUrn]), OutputValueEncoding.Keep, $"{{'$SIG': '$OUTPUT', 'dependencies': ['{VpcUrn}']}}")
            .SetName("Keep: unknown with dependencies");
        yield return new TestCaseData(Computed.WithDependencies([VpcUrn]), OutputValueEncoding.Downgrade, "'$UNKNOWN'")
            .SetName("Downgrade: dependencies dropped");
        yield return new TestCaseData(String("pw").WithSecret().WithDependencies([VpcUrn]), OutputValueEncoding.Keep, $"{{'$SIG': '$OUTPUT', 'value': 'pw', 'secret': true, 'dependencies': ['{VpcUrn}']}}")
            .SetName("Keep: secret with dependencies");
        yield return new TestCaseData(String("pw").WithSecret().WithDependencies([VpcUrn]), OutputValueEncoding.Downgrade, "{'$SIG': '$SECRET', 'value': 'pw'}")
            .SetName("Downgrade: secret with dependencies");
        yield return new TestCaseData(Number(4000), OutputValueEncoding.Keep, "4000")
            .SetName("number");
        yield return new TestCaseData(Resource(new ResourceReference(VpcUrn, Computed, "7.48.0")), OutputValueEncoding.Keep, $"{{'$SIG': '$REF', 'urn': '{VpcUrn}', 'id': '', 'packageVersion': '7.48.0'}}")
            .SetName("resource reference with unknown id");
        yield return new TestCaseData(Resource(new ResourceReference(VpcUrn, null, "")), OutputValueEncoding.Keep, $"{{'$SIG': '$REF', 'urn': '{VpcUrn}'}}")
            .SetName("component reference");
        yield return new TestCaseData(
                Object(("list", Array(String("a"), String("pw").WithSecret())), ("id", String("vpc-1").WithDependencies([VpcUrn]))),
                OutputValueEncoding.Keep,
                $"{{'list': ['a', {{'$SIG': '$SECRET', 'value': 'pw'}}], 'id': {{'$SIG': '$OUTPUT', 'value': 'vpc-1', 'dependencies': ['{VpcUrn}']}}}}")
            .SetName("Keep: nested");
        yield return new TestCaseData(
                Object(("list", Array(String("a"), String("pw").WithSecret())), ("id", String("vpc-1").WithDependencies([VpcUrn]))),
                OutputValueEncoding.Downgrade,
                "{'list': ['a', {'$SIG': '$SECRET', 'value': 'pw'}], 'id': 'vpc-1'}")
            .SetName("Downgrade: nested");
        yield return new TestCaseData(String("pw").WithSecret(), OutputValueEncoding.Upgrade, "{'$SIG': '$OUTPUT', 'value': 'pw', 'secret': true}")
            .SetName("Upgrade: a secret is an output value");
        yield return new TestCaseData(Computed, OutputValueEncoding.Upgrade, "{'$SIG': '$OUTPUT'}")
            .SetName("Upgrade: an unknown is an output value without a value");
        yield return new TestCaseData(String("vpc-1"), OutputValueEncoding.Upgrade, "'vpc-1'")
            .SetName("Upgrade: a plain value stays plain");
        yield return new TestCaseData(
                Object(("list", Array(Computed, String("pw").WithSecret())), ("id", String("vpc-1").WithDependencies([VpcUrn]))),
                OutputValueEncoding.Upgrade,
                $"{{'list': [{{'$SIG': '$OUTPUT'}}, {{'$SIG': '$OUTPUT', 'value': 'pw', 'secret': true}}], 'id': {{'$SIG': '$OUTPUT', 'value': 'vpc-1', 'dependencies': ['{VpcUrn}']}}}}")
            .SetName("Upgrade: nested");
    }

    [TestCaseSource(nameof(EncodingCases))]
    public void EncodesExactWireShapes(PropertyValue value, OutputValueEncoding encoding, string json)
    {
        Assert.That(PropertyValueMarshaller.Encode(value, encoding), Is.EqualTo(Wire.Json(json)));
    }

    private static IEnumerable<TestCaseData> RoundTripCases()
    {
        yield return new TestCaseData(Null).SetName("null");
        yield return new TestCaseData(Bool(false)).SetName("bool");
        yield return new TestCaseData(Number(-12.25)).SetName("number");
        yield return new TestCaseData(String("")).SetName("empty string");
        yield return new TestCaseData(Computed).SetName("unknown");
        yield return new TestCaseData(Computed.WithSecret().WithDependencies([VpcUrn])).SetName("secret unknown with dependencies");
        yield return new TestCaseData(Resource(new ResourceReference(VpcUrn, String("vpc-1"), "7.48.0"))).SetName("resource reference");
        yield return new TestCaseData(Resource(new ResourceReference(VpcUrn, Computed, ""))).SetName("resource reference with unknown id");
        yield return new TestCaseData(Object(
                ("outer", Object(
                    ("secrets", Array(String("a"), String("pw").WithSecret(), Computed)),
                    ("out", Number(5).WithDependencies([SubnetUrn, VpcUrn])))),
                ("empty", Object()),
                ("ref", Resource(new ResourceReference(SubnetUrn, null, "")))).WithSecret())
            .SetName("secret object holding a secret in a list and an output value");
    }

    [TestCaseSource(nameof(RoundTripCases))]
    public void KeepRoundTripsEveryKind(PropertyValue value)
    {
        var wire = PropertyValueMarshaller.Encode(value, OutputValueEncoding.Keep);

        Assert.That(PropertyValueMarshaller.Decode(wire), Is.EqualTo(value));
    }

    [Test]
    public void DowngradeRoundTripKeepsSecretsAndUnknownsAndDropsDependencies()
    {
        var value = Object(
            ("a", Array(String("x").WithDependencies([VpcUrn]), String("pw").WithSecret().WithDependencies([VpcUrn]))),
            ("b", Computed.WithSecret().WithDependencies([SubnetUrn])));

        var roundTripped = PropertyValueMarshaller.Decode(PropertyValueMarshaller.Encode(value, OutputValueEncoding.Downgrade));

        Assert.That(roundTripped, Is.EqualTo(Object(
            ("a", Array(String("x"), String("pw").WithSecret())),
            ("b", Computed.WithSecret()))));
    }

    [Test]
    public void EncodeObjectWritesEachProperty()
    {
        var properties = ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, PropertyValue>
        {
            ["cidrBlock"] = String("10.0.0.0/16"),
            ["tags"] = Object(("Name", String("mig-vpc"))),
        });

        Assert.That(
            PropertyValueMarshaller.EncodeObject(properties, OutputValueEncoding.Downgrade),
            Is.EqualTo(Wire.Object("{'cidrBlock': '10.0.0.0/16', 'tags': {'Name': 'mig-vpc'}}")));
    }

    [Test]
    public void UnknownIsEncodedAsTheGenericSentinel()
    {
        Assert.That(PropertyValueMarshaller.Encode(Computed, OutputValueEncoding.Downgrade), Is.EqualTo(Value.ForString("04da6b54-80e4-46f7-96ec-b56ff0331ba9")));
    }
}
