using System.Text.Json.Nodes;
using TidbDms.Provider.Cli;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;
using static TidbDms.Provider.Tests.Cli.SamplePreviews;

namespace TidbDms.Provider.Tests.Cli;

internal sealed class PreviewJsonRendererTests
{
    private const string Stack = "urn:pulumi:dev::proj::pulumi:pulumi:Stack::proj-dev";
    private const string Component = "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration::mig";
    private const string Vpc = "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:ec2/vpc:Vpc::mig-vpc";
    private const string Endpoint = "urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration$aws:dms/endpoint:Endpoint::mig-tidb";

    private static PreviewResult Sample() => Result(Evaluate(
        "mig",
        ComponentInputs("Starter", "gateway01.us-west-2.prod.aws.tidbcloud.com"),
        [
            Resource("aws:ec2/vpc:Vpc", "mig-vpc", ("cidrBlock", PlanValue.Of("10.0.0.0/16")), ("tags", PlanValue.MapOf([KeyValuePair.Create("b", PlanValue.Of("2")), KeyValuePair.Create("a", PlanValue.Of("1"))]))),
            Resource(
                "aws:dms/endpoint:Endpoint",
                "mig-tidb",
                ("port", PlanValue.Of(4000)),
                ("password", PlanValue.Of(PropertyValue.String("hunter2").WithSecret())),
                ("sslMode", PlanValue.Of("verify-full")),
                ("certificateArn", Ref("mig-vpc", "arn"))),
        ],
        ("vpcId", Ref("mig-vpc")),
        ("privateSubnetIds", PlanValue.ListOf([Ref("mig-vpc"), PlanValue.Of("subnet-1")])))) with
    {
        Outputs = [new StackOutput("vpc", PropertyValue.Computed, false)],
        NotPreviewed = [new NotPreviewedResource("bucket", "aws:s3:Bucket")],
        Warnings = [new LocatedDiagnostic("Pulumi.yaml:9", "mig", null, "cluster.sslMode: risky", Component)],
    };

    /// <summary>The options of a registration that set none: every flag null (the engine's default), no lists, no provider.</summary>
    private static JsonObject Options() => new()
    {
        ["protect"] = null, ["retainOnDelete"] = null, ["deleteBeforeReplace"] = null,
        ["ignoreChanges"] = new JsonArray(), ["replaceOnChanges"] = new JsonArray(), ["provider"] = null, ["deletedWith"] = null,
    };

    private static string Render(PreviewResult result)
    {
        using var output = new StringWriter();
        PreviewJsonRenderer.Render(result, output);
        return output.ToString();
    }

    [Test]
    public void RenderSampleHasTheFullShapeInAStableOrder()
    {
        var expected = new JsonObject
        {
            ["project"] = "proj",
            ["stack"] = "dev",
            ["program"] = "Pulumi.yaml",
            ["resources"] = new JsonArray(
                new JsonObject
                {
                    ["op"] = "create", ["urn"] = Stack, ["type"] = "pulumi:pulumi:Stack", ["name"] = "proj-dev", ["parent"] = null, ["custom"] = false,
                    ["inputs"] = new JsonObject(), ["dependencies"] = new JsonArray(), ["propertyDependencies"] = new JsonObject(),
                    ["options"] = Options(),
                },
                new JsonObject
                {
                    ["op"] = "create", ["urn"] = Component, ["type"] = "tidb-dms:index:TidbDmsMigration", ["name"] = "mig", ["parent"] = Stack, ["custom"] = false,
                    ["inputs"] = new JsonObject
                    {
                        ["cluster"] = new JsonObject { ["host"] = "gateway01.us-west-2.prod.aws.tidbcloud.com", ["password"] = "[secret]" },
                        ["tier"] = "Starter",
                    },
                    ["dependencies"] = new JsonArray(), ["propertyDependencies"] = new JsonObject(),
                    ["options"] = Options(),
                },
                new JsonObject
                {
                    ["op"] = "create", ["urn"] = Vpc, ["type"] = "aws:ec2/vpc:Vpc", ["name"] = "mig-vpc", ["parent"] = Component, ["custom"] = true,
                    ["inputs"] = new JsonObject { ["cidrBlock"] = "10.0.0.0/16", ["tags"] = new JsonObject { ["a"] = "1", ["b"] = "2" } },
                    ["dependencies"] = new JsonArray(), ["propertyDependencies"] = new JsonObject { ["cidrBlock"] = new JsonArray(), ["tags"] = new JsonArray() },
                    ["version"] = "7.48.0",
                    ["options"] = Options(),
                },
                new JsonObject
                {
                    ["op"] = "create", ["urn"] = Endpoint, ["type"] = "aws:dms/endpoint:Endpoint", ["name"] = "mig-tidb", ["parent"] = Component, ["custom"] = true,
                    ["inputs"] = new JsonObject { ["certificateArn"] = "[unknown]", ["password"] = "[secret]", ["port"] = 4000, ["sslMode"] = "verify-full" },
                    ["dependencies"] = new JsonArray(Vpc),
                    ["propertyDependencies"] = new JsonObject
                    {
                        ["certificateArn"] = new JsonArray(Vpc), ["password"] = new JsonArray(), ["port"] = new JsonArray(), ["sslMode"] = new JsonArray(),
                    },
                    ["version"] = "7.48.0",
                    ["options"] = Options(),
                }),
            ["components"] = new JsonArray(new JsonObject
            {
                ["name"] = "mig",
                ["urn"] = Component,
                ["outputs"] = new JsonObject { ["privateSubnetIds"] = new JsonArray("[unknown]", "subnet-1"), ["vpcId"] = "[unknown]" },
            }),
            ["outputs"] = new JsonObject { ["vpc"] = "[unknown]" },
            ["notPreviewed"] = new JsonArray(new JsonObject { ["name"] = "bucket", ["type"] = "aws:s3:Bucket" }),
            ["console"] = new JsonArray(),
            ["assumptions"] = new JsonArray(),
            ["warnings"] = new JsonArray(new JsonObject { ["location"] = "Pulumi.yaml:9", ["component"] = "mig", ["path"] = null, ["urn"] = Component, ["message"] = "cluster.sslMode: risky" }),
            ["errors"] = new JsonArray(),
            ["summary"] = new JsonObject { ["create"] = 4 },
        };

        var actual = JsonNode.Parse(Render(Sample()))!;
        Assert.That(actual.ToJsonString(), Is.EqualTo(expected.ToJsonString()));
    }

    [Test]
    public void RenderSampleIsIndentedWithReadableMarkers()
    {
        var text = Render(Sample());
        Assert.Multiple(() =>
        {
            Assert.That(text, Does.StartWith("{\n  \"project\": \"proj\",\n  \"stack\": \"dev\","));
            Assert.That(text, Does.Not.Contain("hunter2"));
            Assert.That(text, Does.Not.Contain("\\u"), "no escaped characters in plain messages");
        });
    }

    [Test]
    public void RenderErrorsAreListedAndNothingIsCreated()
    {
        var failed = Nat() with
        {
            Children = [],
            Failure = new ConstructFailure(Nat().Component, "InvalidArgument", "1 input is invalid: tier", [new PropertyError("tier", "bad", PropertyValue.String("Basic"))]),
        };
        var result = Result(failed, Nat("ok")) with { Errors = [new LocatedDiagnostic("Pulumi.yaml:3", "mig", "tier", "tier: bad")] };
        var actual = JsonNode.Parse(Render(result))!;
        Assert.Multiple(() =>
        {
            Assert.That(actual["resources"]!.AsArray().Select(r => r!["name"]!.GetValue<string>()).Take(3), Is.EqualTo(["proj-dev", "ok", "ok-vpc"]));
            Assert.That(actual["components"]!.AsArray().Select(c => c!["name"]!.GetValue<string>()), Is.EqualTo(["ok"]));
            Assert.That(actual["errors"]!.ToJsonString(), Is.EqualTo("""[{"location":"Pulumi.yaml:3","component":"mig","path":"tier","urn":null,"message":"tier: bad"}]"""));
            Assert.That(actual["summary"]!["create"]!.GetValue<int>(), Is.EqualTo(0));
        });
    }

    [Test]
    public void RenderOptionsAreWrittenAsRegistered()
    {
        var nat = Nat();
        var child = nat.Children[0] with
        {
            Protect = false,
            DeleteBeforeReplace = true,
            IgnoreChanges = ["tags", "routes"],
            ReplaceOnChanges = ["cidrBlock"],
            Provider = "urn:pulumi:dev::proj::pulumi:providers:aws::eu::0b1c",
            DeletedWith = Component,
        };
        var actual = JsonNode.Parse(Render(Result(nat with { Children = [child, .. nat.Children.Skip(1)] })))!;
        var written = actual["resources"]!.AsArray().Single(r => r!["urn"]!.GetValue<string>() == child.Urn)!;
        Assert.Multiple(() =>
        {
            Assert.That(written["options"]!.ToJsonString(), Is.EqualTo(
                """{"protect":false,"retainOnDelete":null,"deleteBeforeReplace":true,"ignoreChanges":["tags","routes"],"replaceOnChanges":["cidrBlock"],"provider":"urn:pulumi:dev::proj::pulumi:providers:aws::eu::0b1c","deletedWith":"urn:pulumi:dev::proj::tidb-dms:index:TidbDmsMigration::mig"}"""));
            Assert.That(written["provider"]!.GetValue<string>(), Is.EqualTo("urn:pulumi:dev::proj::pulumi:providers:aws::eu::0b1c"));
        });
    }
}
