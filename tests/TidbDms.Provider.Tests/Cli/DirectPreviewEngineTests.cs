using System.Collections.Immutable;
using TidbDms.Provider.Cli;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;
using static TidbDms.Provider.Tests.Cli.SamplePreviews;

namespace TidbDms.Provider.Tests.Cli;

internal sealed class DirectPreviewEngineTests
{
    private const string ComponentUrn = "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration::mig";
    private const string VpcUrn = "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:ec2/vpc:Vpc::mig-vpc";
    private const string SubnetUrn = "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:ec2/subnet:Subnet::mig-private-a";

    private static PreviewComponentResult Small() => Evaluate(
        "mig",
        ComponentInputs("Starter", "h"),
        [
            Resource("aws:ec2/vpc:Vpc", "mig-vpc", ("cidrBlock", PlanValue.Of("10.0.0.0/16"))),
            Resource("aws:ec2/subnet:Subnet", "mig-private-a", ("vpcId", Ref("mig-vpc")), ("cidrBlock", PlanValue.Of("10.0.0.0/20"))),
            new PlannedResource(
                "aws:dms/endpoint:Endpoint",
                "mig-tidb",
                new Dictionary<string, PlanValue>
                {
                    ["password"] = new PlanValue.Secret(PlanValue.Of("hunter2")),
                    ["serverName"] = PlanValue.Of(PropertyValue.Computed),
                    ["extraConnectionAttributes"] = new PlanValue.Concat([PlanValue.Of("a="), PlanValue.Of(1), PlanValue.Of(";")]),
                    ["tags"] = PlanValue.MapOf([KeyValuePair.Create("vpc", Ref("mig-vpc"))]),
                }.ToImmutableSortedDictionary(StringComparer.Ordinal),
                ["mig-private-a"],
                ["password"]),
        ],
        ("vpcId", Ref("mig-vpc")),
        ("privateSubnetIds", PlanValue.ListOf([Ref("mig-private-a")])),
        ("cidrs", new PlanValue.EachWithSuffix(PlanValue.ListOf([PlanValue.Of("1.2.3.4"), Ref("mig-vpc", "ip")]), "/32")),
        ("joined", new PlanValue.Concat([PlanValue.Of("vpc:"), Ref("mig-vpc")])));

    [Test]
    public void Evaluate_Component_IsParentedToTheStackWithItsInputs()
    {
        var component = Small().Component;
        Assert.Multiple(() =>
        {
            Assert.That(component.Urn, Is.EqualTo(ComponentUrn));
            Assert.That(component.Type, Is.EqualTo("tidb-dms:index:TidbDmsMigration"));
            Assert.That(component.Parent, Is.EqualTo("urn:pulumi:dev::proj::pulumi:pulumi:Stack::proj-dev"));
            Assert.That(component.Custom, Is.False);
            Assert.That(component.Inputs["tier"], Is.EqualTo(PropertyValue.String("Starter")));
        });
    }

    [Test]
    public void Evaluate_Children_HaveEngineUrnsParentsAndDependencies()
    {
        var children = Small().Children;
        Assert.Multiple(() =>
        {
            Assert.That(children.Select(c => (c.Urn, c.Type, c.Name, c.Parent, c.Custom)), Is.EqualTo(new[]
            {
                (VpcUrn, "aws:ec2/vpc:Vpc", "mig-vpc", ComponentUrn, true),
                (SubnetUrn, "aws:ec2/subnet:Subnet", "mig-private-a", ComponentUrn, true),
                ("urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:dms/endpoint:Endpoint::mig-tidb", "aws:dms/endpoint:Endpoint", "mig-tidb", ComponentUrn, true),
            }));
            Assert.That(children[0].Dependencies, Is.Empty);
            Assert.That(children[1].Dependencies, Is.EqualTo(new[] { VpcUrn }));
            Assert.That(children[1].PropertyDependencies.Keys, Is.EqualTo(new[] { "vpcId" }));
            Assert.That(children[1].PropertyDependencies["vpcId"], Is.EqualTo(new[] { VpcUrn }));
            Assert.That(children[2].Dependencies, Is.EqualTo(new[] { VpcUrn, SubnetUrn }), "refs, then explicit dependsOn");
            Assert.That(children[2].AdditionalSecretOutputs, Is.EqualTo(new[] { "password" }));
        });
    }

    [Test]
    public void Evaluate_Inputs_RefsAreUnknownLiteralsPassSecretsStayWrapped()
    {
        var inputs = Small().Children[2].Inputs;
        Assert.Multiple(() =>
        {
            Assert.That(inputs["password"], Is.EqualTo(PropertyValue.String("hunter2").WithSecret()));
            Assert.That(inputs["serverName"], Is.EqualTo(PropertyValue.Computed));
            Assert.That(inputs["extraConnectionAttributes"], Is.EqualTo(PropertyValue.String("a=1;")));
            Assert.That(inputs["tags"], Is.EqualTo(PropertyValue.Object(("vpc", PropertyValue.Computed))));
            Assert.That(Small().Children[1].Inputs["vpcId"], Is.EqualTo(PropertyValue.Computed));
        });
    }

    [Test]
    public void Evaluate_Outputs_AreEvaluatedLikeInputs()
    {
        Assert.That(Small().Outputs, Is.EqualTo(new Dictionary<string, PropertyValue>
        {
            ["cidrs"] = PropertyValue.Array(PropertyValue.String("1.2.3.4/32"), PropertyValue.Computed),
            ["joined"] = PropertyValue.Computed,
            ["privateSubnetIds"] = PropertyValue.Array(PropertyValue.Computed),
            ["vpcId"] = PropertyValue.Computed,
        }));
    }

    [Test]
    public void Evaluate_SecretPartOfAConcatenation_MakesItSecret()
    {
        var value = DirectPreviewEngine.Evaluate(new PlanValue.Concat([PlanValue.Of("u:"), PlanValue.Of(PropertyValue.String("p").WithSecret())]));
        Assert.That(value, Is.EqualTo(PropertyValue.String("u:p").WithSecret()));
    }

    [Test]
    public void Evaluate_LiteralsCarryingDependencies_AddThemToPropertyDependencies()
    {
        const string other = "urn:pulumi:dev::proj::aws:s3/bucket:Bucket::b";
        var result = Evaluate(
            "mig",
            ComponentInputs("Starter", "h"),
            [Resource("aws:ec2/vpc:Vpc", "mig-vpc", ("tags", PlanValue.MapOf([KeyValuePair.Create("b", PlanValue.Of(PropertyValue.String("x").WithDependencies([other])))])))]);
        Assert.That(result.Children[0].PropertyDependencies["tags"], Is.EqualTo(new[] { other }));
    }
}
