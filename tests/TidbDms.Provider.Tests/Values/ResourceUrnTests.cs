using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Values;

public class ResourceUrnTests
{
    private const string Stack = "urn:pulumi:dev::proj::pulumi:pulumi:Stack::proj-dev";

    [TestCase("", "tidb-dms:index:TidbDmsMigration", "mig", "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration::mig")]
    [TestCase(Stack, "tidb-dms:index:TidbDmsMigration", "mig", "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration::mig")]
    [TestCase("urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration::mig", "aws:ec2/vpc:Vpc", "mig-vpc",
        "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:ec2/vpc:Vpc::mig-vpc")]
    [TestCase("urn:pulumi:dev::proj::my:index:Outer$tidb-dms:index:TidbDmsMigration::mig", "aws:ec2/vpc:Vpc", "mig-vpc",
        "urn:pulumi:dev::proj::my:index:Outer$tidb-dms:index:TidbDmsMigration$aws:ec2/vpc:Vpc::mig-vpc")]
    public void BuildsUrnsWithTheParentTypeChain(string parent, string type, string name, string expected)
    {
        Assert.That(ResourceUrn.Create("dev", "proj", parent, type, name), Is.EqualTo(expected));
    }

    [Test]
    public void ReadsThePartsBack()
    {
        const string urn = "urn:pulumi:dev::proj::my:index:Outer$aws:ec2/vpc:Vpc::a::b";

        Assert.That(ResourceUrn.QualifiedType(urn), Is.EqualTo("my:index:Outer$aws:ec2/vpc:Vpc"));
        Assert.That(ResourceUrn.Type(urn), Is.EqualTo("aws:ec2/vpc:Vpc"));
        Assert.That(ResourceUrn.Name(urn), Is.EqualTo("a::b"));
        Assert.That(ResourceUrn.ForStack("dev", "proj"), Is.EqualTo(Stack));
    }

    [TestCase("mig-vpc")]
    [TestCase("urn:pulumi:dev::proj::aws:ec2/vpc:Vpc")]
    [TestCase("urn:other:dev::proj::aws:ec2/vpc:Vpc::mig-vpc")]
    public void RefusesWhatIsNotAUrn(string text)
    {
        var ex = Assert.Throws<FormatException>(() => ResourceUrn.Name(text));
        Assert.That(ex!.Message, Is.EqualTo($"'{text}' is not a Pulumi URN (urn:pulumi:<stack>::<project>::<type>::<name>)"));
    }
}
