using System.Text;
using System.Text.Json;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Values;

internal sealed class RedactedJsonTests
{
    [Test]
    public void EveryKindIsWrittenAndSecretsAtAnyDepthAreMarkersOnly()
    {
        var value = PropertyValue.Object(
            ("list", PropertyValue.Array(PropertyValue.String("a"), PropertyValue.Number(4000), PropertyValue.Bool(true), PropertyValue.Null)),
            ("nested", PropertyValue.Object(("password", PropertyValue.String("hunter2-SECRET").WithSecret()))),
            ("whole", PropertyValue.Array(PropertyValue.String("hunter2-SECRET")).WithSecret()),
            ("later", PropertyValue.Computed),
            ("ref", PropertyValue.Resource(new ResourceReference("urn:pulumi:dev::p::aws:ec2/vpc:Vpc::v", PropertyValue.String("vpc-1"), ""))));

        Assert.That(Render(value), Is.EqualTo(
            """{"later":"[unknown]","list":["a",4000,true,null],"nested":{"password":"[secret]"},"ref":"urn:pulumi:dev::p::aws:ec2/vpc:Vpc::v","whole":"[secret]"}"""));
    }

    [Test]
    public void AssetsAndArchivesAreNamedNotWritten()
    {
        var value = PropertyValue.Array(
            PropertyValue.Opaque(PropertyValueKind.Asset, Google.Protobuf.WellKnownTypes.Value.ForString("./ca.pem")),
            PropertyValue.Opaque(PropertyValueKind.Archive, Google.Protobuf.WellKnownTypes.Value.ForString("./lambda.zip")));

        Assert.That(Render(value), Is.EqualTo("""["[asset]","[archive]"]"""));
    }

    private static string Render(PropertyValue value)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream))
        {
            RedactedJson.Write(json, value);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
