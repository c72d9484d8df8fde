using Google.Protobuf.WellKnownTypes;
using TidbDms.Provider.Values;
using static TidbDms.Provider.Values.PropertyValue;

namespace TidbDms.Provider.Tests.Values;

/// <summary>
/// What the wire decoder does with values that break Pulumi's encoding: a <see cref="WireFormatException"/>
/// naming the property path, the part at fault and the type it found (never the value), and no other
/// exception (no NullReferenceException, no silent acceptance of a wrongly typed field).
/// </summary>
internal sealed class WireErrorPathTests
{
    private const string Urn = "urn:pulumi:dev::proj::aws:ec2/vpc:Vpc::vpc";

    [TestCase("'urn:pulumi:dev::proj::aws:ec2/vpc:Vpc::vpc'", "a string")]
    [TestCase("{'urn': 'x'}", "an object")]
    [TestCase("null", "null")]
    [TestCase("true", "a boolean")]
    [TestCase("7", "a number")]
    public void OutputValueDependenciesThatAreNotAListAreRefused(string dependencies, string found)
    {
        var ex = Assert.Throws<WireFormatException>(() => PropertyValueMarshaller.Decode(Wire.Json($"{{'a': {{'$SIG': '$OUTPUT', 'value': 1, 'dependencies': {dependencies}}}}}")));

        Assert.That(ex!.Message, Is.EqualTo($"a: the 'dependencies' of an output value are {found}, not a list"));
        Assert.That(ex.Path, Is.EqualTo("a"));
    }

    [TestCase("7", "a number")]
    [TestCase("true", "a boolean")]
    [TestCase("null", "null")]
    [TestCase("['i-1']", "a list")]
    [TestCase("{'v': 'i-1'}", "an object")]
    public void AResourceReferenceWhoseIdIsNotAStringIsRefused(string id, string found)
    {
        var ex = Assert.Throws<WireFormatException>(() => PropertyValueMarshaller.Decode(Wire.Json($"{{'r': {{'$SIG': '$REF', 'urn': '{Urn}', 'id': {id}}}}}")));

        Assert.That(ex!.Message, Is.EqualTo($"r: the 'id' of a resource reference is {found}, not a string"));
    }

    [TestCase("7", "a number")]
    [TestCase("false", "a boolean")]
    [TestCase("null", "null")]
    public void AResourceReferenceWhosePackageVersionIsNotAStringIsRefused(string version, string found)
    {
        var ex = Assert.Throws<WireFormatException>(() => PropertyValueMarshaller.Decode(Wire.Json($"{{'r': {{'$SIG': '$REF', 'urn': '{Urn}', 'packageVersion': {version}}}}}")));

        Assert.That(ex!.Message, Is.EqualTo($"r: the 'packageVersion' of a resource reference is {found}, not a string"));
    }

    [TestCase("{'$SIG': '$REF', 'urn': 7}")]
    [TestCase("{'$SIG': '$REF', 'urn': null}")]
    [TestCase("{'$SIG': '$REF'}")]
    public void AResourceReferenceNeedsAUrnString(string json)
    {
        var ex = Assert.Throws<WireFormatException>(() => PropertyValueMarshaller.Decode(Wire.Json(json)));

        Assert.That(ex!.Message, Is.EqualTo("value: a resource reference has no 'urn' string"));
        Assert.That(ex.Path, Is.Empty);
    }

    [TestCase("true", "a boolean")]
    [TestCase("null", "null")]
    [TestCase("['$SECRET']", "a list")]
    [TestCase("{}", "an object")]
    public void TheTypeFoundInTheSignatureKeyIsNamed(string signature, string found)
    {
        var ex = Assert.Throws<WireFormatException>(() => PropertyValueMarshaller.Decode(Wire.Json($"[{{'$SIG': {signature}}}]")));

        Assert.That(ex!.Message, Is.EqualTo($"[0]: the signature key {WireConstants.SignatureKey} holds {found}, not a string"));
        Assert.That(ex.Path, Is.EqualTo("[0]"));
    }

    [TestCase("null", "null")]
    [TestCase("1", "a number")]
    [TestCase("[true]", "a list")]
    [TestCase("{}", "an object")]
    public void TheTypeFoundInAnOutputValuesSecretFlagIsNamed(string secret, string found)
    {
        var ex = Assert.Throws<WireFormatException>(() => PropertyValueMarshaller.Decode(Wire.Json($"{{'a': {{'b': {{'$SIG': '$OUTPUT', 'secret': {secret}}}}}}}")));

        Assert.That(ex!.Message, Is.EqualTo($"a.b: the 'secret' of an output value is {found}, not a boolean"));
    }

    [TestCase("null", "null")]
    [TestCase("true", "a boolean")]
    [TestCase("['u']", "a list")]
    [TestCase("{}", "an object")]
    public void TheTypeFoundInADependencyIsNamed(string dependency, string found)
    {
        var ex = Assert.Throws<WireFormatException>(() => PropertyValueMarshaller.Decode(Wire.Json($"{{'$SIG': '$OUTPUT', 'dependencies': ['{Urn}', {dependency}]}}")));

        Assert.That(ex!.Message, Is.EqualTo("value: a dependency of an output value is " + found + ", not a URN string"));
    }

    [Test]
    public void AResourceReferenceDecodesItsIdAndPackageVersion()
    {
        Assert.Multiple(() =>
        {
            Assert.That(
                PropertyValueMarshaller.Decode(Wire.Json($"{{'$SIG': '$REF', 'urn': '{Urn}', 'id': 'vpc-1', 'packageVersion': '7.48.0'}}")),
                Is.EqualTo(Resource(new ResourceReference(Urn, String("vpc-1"), "7.48.0"))));
            Assert.That(
                PropertyValueMarshaller.Decode(Wire.Json($"{{'$SIG': '$REF', 'urn': '{Urn}', 'id': ''}}")),
                Is.EqualTo(Resource(new ResourceReference(Urn, Computed, ""))),
                "the engine sends an empty id for a resource not created yet");
            Assert.That(
                PropertyValueMarshaller.Decode(Wire.Json($"{{'$SIG': '$REF', 'urn': '{Urn}', 'id': '$UNKNOWN'}}")),
                Is.EqualTo(Resource(new ResourceReference(Urn, Computed, ""))));
            Assert.That(
                PropertyValueMarshaller.Decode(Wire.Json($"{{'$SIG': '$REF', 'urn': '{Urn}'}}")),
                Is.EqualTo(Resource(new ResourceReference(Urn, null, ""))),
                "a component's reference has no id at all");
        });
    }

    [Test]
    public void AnOutputValueWhoseSecretFlagIsFalseIsNotSecretAndAnEmptyValueKindIsNull()
    {
        Assert.That(PropertyValueMarshaller.Decode(Wire.Json("{'$SIG': '$OUTPUT', 'value': 'x', 'secret': false}")), Is.EqualTo(String("x")));
        Assert.That(PropertyValueMarshaller.Decode(Wire.Json("{'$SIG': '$OUTPUT', 'value': {'$SIG': '$SECRET', 'value': 'x'}, 'secret': false}")), Is.EqualTo(String("x").WithSecret()));
        Assert.That(PropertyValueMarshaller.Decode(new Value()), Is.EqualTo(Null));
    }

    [Test]
    public void AResourceReferenceEncodesBackToItsWireForm()
    {
        Assert.That(
            PropertyValueMarshaller.Encode(Resource(new ResourceReference(Urn, Computed, "")), OutputValueEncoding.Keep),
            Is.EqualTo(Wire.Json($"{{'$SIG': '$REF', 'urn': '{Urn}', 'id': ''}}")));
        Assert.That(
            PropertyValueMarshaller.Encode(Resource(new ResourceReference(Urn, null, "7.48.0")), OutputValueEncoding.Keep),
            Is.EqualTo(Wire.Json($"{{'$SIG': '$REF', 'urn': '{Urn}', 'packageVersion': '7.48.0'}}")));
    }
}
