using System.Collections.Immutable;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Planning;

internal sealed class PlanJsonTests
{
    [Test]
    public void RenderShowsEveryPartInTheDocumentedFormat()
    {
        var plan = new MigrationPlan(
            "mig",
            [
                new PlannedResource(
                    AwsTypes.Endpoint,
                    "mig-tidb-endpoint",
                    ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, PlanValue>
                    {
                        ["port"] = PlanValue.Of(4000),
                        ["password"] = new PlanValue.Secret(PlanValue.Of("hunter2")),
                        ["username"] = PlanValue.Of(PropertyValue.String("shown-never").WithSecret()),
                        ["serverName"] = PlanValue.Of(PropertyValue.Computed),
                        ["certificateArn"] = new PlanValue.Ref("mig-ca", "certificateArn"),
                        ["tags"] = PlanValue.Of(PropertyValue.Object(("Name", PropertyValue.String("a+b<c>")))),
                        ["flags"] = PlanValue.ListOf([PlanValue.Of(true), PlanValue.Of(PropertyValue.Null), PlanValue.Of(1.5)]),
                    }),
                    ["mig-ca"],
                    ["password"]),
            ],
            ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal, new Dictionary<string, PlanValue>
            {
                ["ips"] = new PlanValue.EachWithSuffix(new PlanValue.Ref("mig-ri", "replicationInstancePublicIps"), "/32"),
                ["cidrs"] = PlanValue.ListOf([new PlanValue.Concat([new PlanValue.Ref("mig-eip", "publicIp"), PlanValue.Of("/32")])]),
            }));

        Assert.That(PlanJson.Render(plan), Is.EqualTo("""
            {
              "component": "mig",
              "resources": [
                {
                  "type": "aws:dms/endpoint:Endpoint",
                  "name": "mig-tidb-endpoint",
                  "inputs": {
                    "certificateArn": "ref(mig-ca).certificateArn",
                    "flags": [
                      true,
                      null,
                      1.5
                    ],
                    "password": "[secret]",
                    "port": 4000,
                    "serverName": "[unknown]",
                    "tags": {
                      "Name": "a+b<c>"
                    },
                    "username": "[secret]"
                  },
                  "dependsOn": [
                    "mig-ca"
                  ],
                  "additionalSecretOutputs": [
                    "password"
                  ]
                }
              ],
              "outputs": {
                "cidrs": [
                  {
                    "concat": [
                      "ref(mig-eip).publicIp",
                      "/32"
                    ]
                  }
                ],
                "ips": {
                  "eachWithSuffix": {
                    "source": "ref(mig-ri).replicationInstancePublicIps",
                    "suffix": "/32"
                  }
                }
              }
            }

            """));
    }

    [Test]
    public void RenderOfARealPlanNeverContainsTheSecrets()
    {
        var args = TestArgs.Create(Provider.Component.Tier.Dedicated);
        var json = PlanJson.Render(PlanText.Plan(args));

        Assert.Multiple(() =>
        {
            Assert.That(json, Does.Not.Contain(TestValues.Password));
            Assert.That(json, Does.Not.Contain("MIIBdedicatedclusterca"));
            Assert.That(json, Does.Contain("\"password\": \"[secret]\""));
        });
    }
}
