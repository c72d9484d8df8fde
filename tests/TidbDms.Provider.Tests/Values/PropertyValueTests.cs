using Google.Protobuf.WellKnownTypes;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Values;

/// <summary>
/// What a value says about itself in messages (its rendering and its kind's name), and what its
/// accessors give for a value of another kind: the mutants that survived the mutation run of
/// <c>Values/</c> in these members.
/// </summary>
internal sealed class PropertyValueTests
{
    private const string Urn = "urn:pulumi:dev::proj::aws:ec2/vpc:Vpc::mig-vpc";

    [Test]
    public void RendersEachKindSafelyForMessages()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PropertyValue.Null.ToString(), Is.EqualTo("null"));
            Assert.That(PropertyValue.Bool(true).ToString(), Is.EqualTo("true"));
            Assert.That(PropertyValue.Bool(false).ToString(), Is.EqualTo("false"));
            Assert.That(PropertyValue.Number(4000).ToString(), Is.EqualTo("4000"));
            Assert.That(PropertyValue.String("app").ToString(), Is.EqualTo("app"));
            Assert.That(PropertyValue.Computed.ToString(), Is.EqualTo("[unknown]"));
            Assert.That(PropertyValue.String("pw").WithSecret().ToString(), Is.EqualTo("[secret]"));
            Assert.That(PropertyValue.Resource(new ResourceReference(Urn, null, "")).ToString(), Is.EqualTo(Urn));
            Assert.That(PropertyValue.Opaque(PropertyValueKind.Asset, Value.ForString("a")).ToString(), Is.EqualTo("[asset]"));
            Assert.That(PropertyValue.Opaque(PropertyValueKind.Archive, Value.ForString("a")).ToString(), Is.EqualTo("[archive]"));
            Assert.That(
                PropertyValue.Array(PropertyValue.Bool(true), PropertyValue.String("x").WithSecret()).ToString(),
                Is.EqualTo("[true, [secret]]"));
        });
    }

    [Test]
    public void DescribesEachKindForErrorMessages()
    {
        Assert.Multiple(() =>
        {
            Assert.That(PropertyValue.Null.Describe(), Is.EqualTo("null"));
            Assert.That(PropertyValue.Bool(true).Describe(), Is.EqualTo("a boolean"));
            Assert.That(PropertyValue.Number(1).Describe(), Is.EqualTo("a number"));
            Assert.That(PropertyValue.String("").Describe(), Is.EqualTo("a string"));
            Assert.That(PropertyValue.Array().Describe(), Is.EqualTo("a list"));
            Assert.That(PropertyValue.Object().Describe(), Is.EqualTo("an object"));
            Assert.That(PropertyValue.Resource(new ResourceReference(Urn, null, "")).Describe(), Is.EqualTo("a resource reference"));
            Assert.That(PropertyValue.Opaque(PropertyValueKind.Asset, Value.ForString("a")).Describe(), Is.EqualTo("an asset"));
            Assert.That(PropertyValue.Opaque(PropertyValueKind.Archive, Value.ForString("a")).Describe(), Is.EqualTo("an archive"));
            Assert.That(PropertyValue.Computed.Describe(), Is.EqualTo("an unknown value"));
        });
    }

    [Test]
    public void AccessorsOfAnotherKindGiveAnEmptyValueOrSayWhatTheyGot()
    {
        var number = PropertyValue.Number(1);

        Assert.Multiple(() =>
        {
            Assert.That(number.TryGetString(out var text), Is.False);
            Assert.That(text, Is.EqualTo(""));
            Assert.That(number.TryGetArray(out var items), Is.False);
            Assert.That(items.IsDefault, Is.False, "an empty array, safe to enumerate");
            Assert.That(items, Is.Empty);
            Assert.That(() => number.AsString, Throws.InvalidOperationException.With.Message.EqualTo("expected a string, got Number"));
            Assert.That(() => number.AsArray, Throws.InvalidOperationException.With.Message.EqualTo("expected an array, got Number"));
            Assert.That(() => number.AsObject, Throws.InvalidOperationException.With.Message.EqualTo("expected an object, got Number"));
        });
    }

    [Test]
    public void OnlyAssetsAndArchivesAreOpaque()
    {
        Assert.That(
            () => PropertyValue.Opaque(PropertyValueKind.String, Value.ForString("a")),
            Throws.TypeOf<ArgumentOutOfRangeException>().With.Message.StartsWith("only assets and archives are opaque"));
    }
}
