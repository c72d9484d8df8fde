using System.Collections.Immutable;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Registration.Construct;
using TidbDms.Provider.Registration;
using TidbDms.Provider.Values;
using static TidbDms.Provider.Tests.Registration.HandBuiltPlans;

namespace TidbDms.Provider.Tests.Registration;

internal sealed class ComponentOutputsTests
{
    private const string VpcUrn = "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:ec2/vpc:Vpc::mig-vpc";
    private const string CaUrn = "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:dms/certificate:Certificate::mig-ca";

    private static readonly ImmutableSortedDictionary<string, PlanValue> Planned = new Dictionary<string, PlanValue>
    {
        ["vpcId"] = Ref("mig-vpc", "id"),
        ["certificateArn"] = Ref("mig-ca", "certificateArn"),
        ["natGatewayPublicIps"] = PlanValue.ListOf([Ref("mig-vpc", "publicIp")]),
        ["replicationInstancePublicIps"] = Ref("mig-vpc", "notThere"),
        ["tidbEndpointArn"] = new PlanValue.Concat([PlanValue.Of("arn:"), PlanValue.Of(PropertyValue.String("x").WithSecret().WithDependencies([InputDependency]))]),
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    [Test]
    public void AfterAnUpdateOutputsArePlainOrSecretValuesWithTheirSourcesListedApart()
    {
        var registered = new Dictionary<string, RegisterResourceResult>
        {
            ["mig-vpc"] = new(VpcUrn, "vpc-1", Outputs(("publicIp", PropertyValue.String("203.0.113.9")))),
            ["mig-ca"] = new(CaUrn, "mig-ca", Outputs(("certificateArn", PropertyValue.String("arn:cert")))),
        };

        var outputs = ComponentOutputs.Build(Planned, registered, ["certificateArn"], dryRun: false);

        Assert.Multiple(() =>
        {
            Assert.That(outputs.State, Is.EqualTo(new Dictionary<string, PropertyValue>
            {
                ["certificateArn"] = PropertyValue.String("arn:cert").WithSecret(),
                ["natGatewayPublicIps"] = PropertyValue.Array(PropertyValue.String("203.0.113.9")),
                ["tidbEndpointArn"] = PropertyValue.String("arn:x").WithSecret(),
                ["vpcId"] = PropertyValue.String("vpc-1"),
            }));
            Assert.That(outputs.StateDependencies, Is.EqualTo(new Dictionary<string, string[]>
            {
                ["certificateArn"] = [CaUrn],
                ["natGatewayPublicIps"] = [VpcUrn],
                ["tidbEndpointArn"] = [InputDependency],
                ["vpcId"] = [VpcUrn],
            }));
            Assert.That(outputs.DroppedUnknowns, Is.Empty);
        });
    }

    [Test]
    public void AfterAnUpdateAnOutputStillUnknownIsLeftOutAndNamed()
    {
        var registered = new Dictionary<string, RegisterResourceResult>
        {
            ["mig-vpc"] = new(VpcUrn, "", Outputs(("publicIp", PropertyValue.Computed))),
            ["mig-ca"] = new(CaUrn, "mig-ca", Outputs(("certificateArn", PropertyValue.String("arn:cert")))),
        };

        var outputs = ComponentOutputs.Build(Planned, registered, [], dryRun: false);

        Assert.That(outputs.State.Keys, Is.EqualTo(["certificateArn", "tidbEndpointArn"]));
        Assert.That(outputs.State.Values.Any(v => v.ContainsUnknowns), Is.False);
        Assert.That(outputs.DroppedUnknowns, Is.EqualTo(["natGatewayPublicIps", "vpcId"]));
    }

    [Test]
    public void InAPreviewOutputsOfResourcesToCreateAreUnknownAndKeepTheirSources()
    {
        var registered = new Dictionary<string, RegisterResourceResult>
        {
            ["mig-vpc"] = new(VpcUrn, "", Outputs()),
            ["mig-ca"] = new(CaUrn, "", Outputs()),
        };

        var outputs = ComponentOutputs.Build(Planned, registered, ["vpcId"], dryRun: true);

        Assert.Multiple(() =>
        {
            Assert.That(outputs.State, Is.EqualTo(new Dictionary<string, PropertyValue>
            {
                ["certificateArn"] = PropertyValue.Computed,
                ["natGatewayPublicIps"] = PropertyValue.Array(PropertyValue.Computed),
                ["replicationInstancePublicIps"] = PropertyValue.Computed,
                ["tidbEndpointArn"] = PropertyValue.String("arn:x").WithSecret(),
                ["vpcId"] = PropertyValue.Computed.WithSecret(),
            }));
            Assert.That(outputs.StateDependencies["replicationInstancePublicIps"], Is.EqualTo(new[] { VpcUrn }));
        });
    }

    private static ImmutableSortedDictionary<string, PropertyValue> Outputs(params (string Key, PropertyValue Value)[] entries) =>
        entries.ToImmutableSortedDictionary(e => e.Key, e => e.Value, StringComparer.Ordinal);
}
