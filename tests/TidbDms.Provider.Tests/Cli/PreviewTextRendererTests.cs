using System.Collections.Immutable;
using TidbDms.Provider.Cli;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;
using static TidbDms.Provider.Tests.Cli.SamplePreviews;

namespace TidbDms.Provider.Tests.Cli;

internal sealed class PreviewTextRendererTests
{
    private static PreviewComponentResult Component(string name) => Evaluate(
        name,
        ComponentInputs("Starter", "h"),
        [
            Resource("aws:ec2/vpc:Vpc", $"{name}-vpc"),
            Resource("aws:ec2/subnet:Subnet", $"{name}-private-a", ("vpcId", Ref($"{name}-vpc"))),
            Resource("aws:dms/endpoint:Endpoint", $"{name}-tidb", ("password", PlanValue.Of(PropertyValue.String("hunter2").WithSecret()))),
        ],
        ("vpcId", Ref($"{name}-vpc")),
        ("privateSubnetIds", PlanValue.ListOf([Ref($"{name}-private-a"), PlanValue.Of("subnet-1")])),
        ("replicationInstancePublicIps", Ref($"{name}-dms", "replicationInstancePublicIps")),
        ("certificateArn", PlanValue.Of(PropertyValue.String("arn:x").WithSecret())));

    private static string Render(PreviewResult result)
    {
        using var output = new StringWriter();
        PreviewTextRenderer.Render(result, output);
        return output.ToString().ReplaceLineEndings("\n");
    }

    [Test]
    public void RenderTwoComponentsPrintsTreeCountOutputsAndTheRest()
    {
        var result = Result(Component("one"), Component("two")) with
        {
            Outputs = [new StackOutput("vpc", PropertyValue.Computed, false), new StackOutput("ips", PropertyValue.Computed, true), new StackOutput("port", PropertyValue.Number(4000), false)],
            NotPreviewed = [new NotPreviewedResource("bucket", "aws:s3:Bucket")],
            Warnings =
            [
                new LocatedDiagnostic("Pulumi.yaml:30", null, null, "output 'x': absent"),
                new LocatedDiagnostic("Pulumi.yaml:12", "two", null, "cluster.host: far away", "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration::two"),
                new LocatedDiagnostic("Pulumi.yaml:12", "one", null, "cluster.sslMode: risky", "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration::one"),
                new LocatedDiagnostic("Pulumi.yaml:12", "one", null, "a child's own warning", "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:ec2/vpc:Vpc::one-vpc"),
            ],
        };

        Assert.That(Render(result), Is.EqualTo("""
            Previewing update (dev) of proj, offline: nothing is sent to AWS or to a Pulumi engine.

                 Type                                Name           Plan
             +   pulumi:pulumi:Stack                 proj-dev       create
             +   ├─ tidb-dms:index:TidbDmsMigration  one            create
             +   │  ├─ aws:ec2/vpc:Vpc               one-vpc        create
             +   │  ├─ aws:ec2/subnet:Subnet         one-private-a  create
             +   │  └─ aws:dms/endpoint:Endpoint     one-tidb       create
             +   └─ tidb-dms:index:TidbDmsMigration  two            create
             +      ├─ aws:ec2/vpc:Vpc               two-vpc        create
             +      ├─ aws:ec2/subnet:Subnet         two-private-a  create
             +      └─ aws:dms/endpoint:Endpoint     two-tidb       create

            Resources:
                + 9 to create

            Outputs of one (tidb-dms:index:TidbDmsMigration):
                certificateArn              : [secret]
                privateSubnetIds            : [
                    [0]: output<string>
                    [1]: "subnet-1"
                ]
                replicationInstancePublicIps: output<array>
                vpcId                       : output<string>

            Outputs of two (tidb-dms:index:TidbDmsMigration):
                certificateArn              : [secret]
                privateSubnetIds            : [
                    [0]: output<string>
                    [1]: "subnet-1"
                ]
                replicationInstancePublicIps: output<array>
                vpcId                       : output<string>

            Stack outputs:
                ips : output<array>
                port: 4000
                vpc : output<string>

            Not previewed (preview evaluates tidb-dms:index:TidbDmsMigration resources only; not counted above): bucket (aws:s3:Bucket)

            Diagnostics:
              pulumi:pulumi:Stack (proj-dev):
                warning: Pulumi.yaml:30: output 'x': absent

              tidb-dms:index:TidbDmsMigration (one):
                warning: cluster.sslMode: risky

              aws:ec2/vpc:Vpc (one-vpc):
                warning: a child's own warning

              tidb-dms:index:TidbDmsMigration (two):
                warning: cluster.host: far away

            """));
    }

    [Test]
    public void RenderNoComponentsPrintsTheStackAlone()
    {
        Assert.That(Render(Result()), Is.EqualTo("""
            Previewing update (dev) of proj, offline: nothing is sent to AWS or to a Pulumi engine.

                 Type                 Name      Plan
             +   pulumi:pulumi:Stack  proj-dev  create

            Resources:
                + 1 to create

            """));
    }

    private static IEnumerable<TestCaseData> Scalars()
    {
        yield return new TestCaseData(PropertyValue.String("a\"b"), false, "\"a\\\"b\"").SetName("QuotedString");
        yield return new TestCaseData(PropertyValue.Number(4000), false, "4000").SetName("Number");
        yield return new TestCaseData(PropertyValue.Bool(false), false, "false").SetName("Bool");
        yield return new TestCaseData(PropertyValue.Null, false, "null").SetName("Null");
        yield return new TestCaseData(PropertyValue.Computed, false, "output<string>").SetName("Unknown");
        yield return new TestCaseData(PropertyValue.Computed, true, "output<array>").SetName("UnknownList");
        yield return new TestCaseData(PropertyValue.Computed.WithSecret(), false, "[secret]").SetName("UnknownSecret");
        yield return new TestCaseData(PropertyValue.Array(PropertyValue.String("x")).WithSecret(), false, "[secret]").SetName("SecretList");
    }

    [TestCaseSource(nameof(Scalars))]
    public void ScalarRendersLikePulumiPreview(PropertyValue value, bool isList, string expected)
    {
        Assert.That(PreviewTextRenderer.Scalar(value, isList), Is.EqualTo(expected));
    }

    [Test]
    public void RenderNestedObjectOutputAlignsItsKeys()
    {
        var component = Evaluate("c", ImmutableSortedDictionary<string, PropertyValue>.Empty, [], ("tags", PlanValue.MapOf([KeyValuePair.Create("a", PlanValue.Of("1")), KeyValuePair.Create("long", PlanValue.Of(2))])));
        Assert.That(Render(Result(component)), Does.Contain("""
                tags: {
                    a   : "1"
                    long: 2
                }

            """));
    }
}
