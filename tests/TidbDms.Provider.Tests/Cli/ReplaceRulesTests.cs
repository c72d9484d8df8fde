using System.Reflection;
using TidbDms.Provider.Cli;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Tests.Planning;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>
/// The table of replace-forcing inputs: one rule for every type the planner registers, every
/// input a real pulumi-aws 7.48.0 input of that type (nested ones on its nested type), and the
/// rules the diff applies.
/// </summary>
internal sealed class ReplaceRulesTests
{
    private static IEnumerable<string> RegisteredTypes() =>
        typeof(AwsTypes).GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Test]
    public void ByTypeCoversEveryTypeThePlannerRegisters()
    {
        Assert.That(ReplaceRules.ByType.Keys, Is.SupersetOf(RegisteredTypes()));
    }

    [Test]
    public void ByTypeEveryInputIsAPulumiAwsInputOfItsType()
    {
        Assert.Multiple(() =>
        {
            foreach (var rule in ReplaceRules.ByType.Values)
            {
                var type = AwsReference.Instance.Types[rule.Type];
                Assert.That(rule.SchemaFile, Does.StartWith("internal/service/"), rule.Type);
                Assert.That(rule.TerraformResource, Does.StartWith("aws_"), rule.Type);
                foreach (var input in rule.Inputs)
                {
                    var parts = input.Split('.');
                    Assert.That(type.Inputs.ContainsKey(parts[0]), Is.True, $"{rule.Type}: {input}");
                    if (parts.Length == 2)
                    {
                        var nested = AwsReference.NestedTypeName(type.Inputs[parts[0]].TsType)!;
                        Assert.That(type.NestedTypes[nested].ContainsKey(parts[1]), Is.True, $"{rule.Type}: {input}");
                    }
                }
            }
        });
    }

    [TestCase("aws:dms/replicationInstance:ReplicationInstance", "replicationInstanceId", "replicationInstanceId")]
    [TestCase("aws:dms/replicationInstance:ReplicationInstance", "replicationInstanceClass", null)]
    [TestCase("aws:dms/replicationInstance:ReplicationInstance", "tags.Name", null)]
    [TestCase("aws:dms/replicationConfig:ReplicationConfig", "computeConfig.kmsKeyId", "computeConfig.kmsKeyId")]
    [TestCase("aws:dms/replicationConfig:ReplicationConfig", "computeConfig.maxCapacityUnits", null)]
    [TestCase("aws:dms/certificate:Certificate", "certificatePem", "certificatePem")]
    [TestCase("aws:dms/endpoint:Endpoint", "certificateArn", null)]
    [TestCase("aws:dms/replicationTask:ReplicationTask", "targetEndpointArn", "targetEndpointArn")]
    [TestCase("aws:dms/replicationTask:ReplicationTask", "tableMappings", null)]
    [TestCase("aws:ec2/routeTable:RouteTable", "routes[0].cidrBlock", null)]
    [TestCase("aws:ec2/subnet:Subnet", "cidrBlock", "cidrBlock")]
    [TestCase("aws:ec2/securityGroup:SecurityGroup", "description", "description")]
    [TestCase("aws:vpc/securityGroupEgressRule:SecurityGroupEgressRule", "toPort", null)]
    [TestCase("aws:iam/rolePolicyAttachment:RolePolicyAttachment", "policyArn", "policyArn")]
    [TestCase("aws:s3/bucket:Bucket", "bucket", null)]
    public void ForcingSaysWhichInputReplaces(string type, string path, string? forcing)
    {
        Assert.That(ReplaceRules.Forcing(type, path), Is.EqualTo(forcing));
    }
}
