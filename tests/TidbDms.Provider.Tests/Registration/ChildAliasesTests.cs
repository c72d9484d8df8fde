using TidbDms.Provider.Registration.Construct;
using TidbDms.Provider.Registration;
using static TidbDms.Provider.Tests.Registration.HandBuiltPlans;

namespace TidbDms.Provider.Tests.Registration;

internal sealed class ChildAliasesTests
{
    private const string Vpc = "aws:ec2/vpc:Vpc";
    private const string Outer = "urn:pulumi:dev::proj::my:index:Outer::outer";

    public static IEnumerable<TestCaseData> Cases()
    {
        yield return new TestCaseData(
            new ResourceAlias(Name: "old"),
            "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:ec2/vpc:Vpc::old-vpc").SetArgDisplayNames("renamed component: the name prefix follows");
        yield return new TestCaseData(
            new ResourceAlias(ParentUrn: "urn:pulumi:dev::proj::my:index:Outer::outer"),
            "urn:pulumi:dev::proj::my:index:Outer$tidb-dms:index:TidbDmsMigration$aws:ec2/vpc:Vpc::mig-vpc").SetArgDisplayNames("re-parented component");
        yield return new TestCaseData(
            ResourceAlias.FromUrn("urn:pulumi:dev::proj::legacy:index:Migration::first"),
            "urn:pulumi:dev::proj::legacy:index:Migration$aws:ec2/vpc:Vpc::first-vpc").SetArgDisplayNames("an old URN");
        yield return new TestCaseData(
            new ResourceAlias(Type: "tidb-dms:index:Migration"),
            "urn:pulumi:dev::proj::tidb-dms:index:Migration$aws:ec2/vpc:Vpc::mig-vpc").SetArgDisplayNames("retyped component");
        yield return new TestCaseData(
            new ResourceAlias(Name: "old", Stack: "prod", Project: "shop"),
            "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:ec2/vpc:Vpc::old-vpc")
            .SetArgDisplayNames("moved from another stack and project: the child's alias stays in this one, as the engine builds it");
    }

    public static IEnumerable<TestCaseData> NestedCases()
    {
        yield return new TestCaseData(
            new ResourceAlias(NoParent: true),
            "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:ec2/vpc:Vpc::mig-vpc").SetArgDisplayNames("was top-level: the old parent is none");
        yield return new TestCaseData(
            new ResourceAlias(Name: "old"),
            "urn:pulumi:dev::proj::my:index:Outer$tidb-dms:index:TidbDmsMigration$aws:ec2/vpc:Vpc::old-vpc").SetArgDisplayNames("renamed: the current parent stays");
    }

    [TestCaseSource(nameof(NestedCases))]
    public void AChildOfANestedComponentInheritsItsOldParentage(ResourceAlias componentAlias, string expected)
    {
        var request = Request(dryRun: false, ComponentOptions.Default(Outer) with { Aliases = [componentAlias] });

        Assert.That(ChildAliases.Inherit(request, Vpc, "mig-vpc"), Is.EqualTo(new[] { ResourceAlias.FromUrn(expected) }));
    }

    [Test]
    public void AChildWhoseNameDoesNotStartWithTheComponentsKeepsItsName()
    {
        var renamedAndRetyped = new ResourceAlias(Name: "old", Type: "tidb-dms:index:Migration");
        var request = Request(dryRun: false, ComponentOptions.Default(StackUrn) with { Aliases = [renamedAndRetyped] });

        Assert.That(
            ChildAliases.Inherit(request, Vpc, "shared-vpc"),
            Is.EqualTo(new[] { ResourceAlias.FromUrn("urn:pulumi:dev::proj::tidb-dms:index:Migration$aws:ec2/vpc:Vpc::shared-vpc") }));
    }

    [TestCaseSource(nameof(Cases))]
    public void AChildInheritsEachOldIdentityOfTheComponent(ResourceAlias componentAlias, string expected)
    {
        var request = Request(dryRun: false, ComponentOptions.Default(StackUrn) with { Aliases = [componentAlias] });

        Assert.That(ChildAliases.Inherit(request, Vpc, "mig-vpc"), Is.EqualTo(new[] { ResourceAlias.FromUrn(expected) }));
    }

    [Test]
    public void AnAliasThatNamesTheCurrentIdentityAddsNothing()
    {
        var request = Request(dryRun: false, ComponentOptions.Default(StackUrn) with { Aliases = [new ResourceAlias(Name: "mig")] });

        Assert.That(ChildAliases.Inherit(request, Vpc, "mig-vpc"), Is.Empty);
    }
}
