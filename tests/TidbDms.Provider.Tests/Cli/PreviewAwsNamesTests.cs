using System.Text.Json.Nodes;
using TidbDms.Provider.Tests.Planning;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>
/// What <c>preview --json</c> shows for the repository's programs — the registrations the plugin
/// made through Construct — uses only names pulumi-aws 7.48.0 has: type tokens, input names,
/// fields of nested inputs; and every required input is there.
/// </summary>
internal sealed class PreviewAwsNamesTests
{
    private static IEnumerable<TestCaseData> Programs() =>
        RepositoryFiles.Examples.Select(e => new TestCaseData(RepositoryFiles.Example(e)).SetArgDisplayNames(e))
            .Prepend(new TestCaseData(RepositoryFiles.Root).SetArgDisplayNames("root"));

    [TestCaseSource(nameof(Programs))]
    public async Task PreviewJsonRegistersOnlyPulumiAwsNames(string program)
    {
        var outcome = await PreviewInvocation.RunCliAsync("preview", program, "--json");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);

        var awsChildren = JsonNode.Parse(outcome.Output)!["resources"]!.AsArray()
            .Select(r => r!.AsObject())
            .Where(r => r["type"]!.GetValue<string>().StartsWith("aws:", StringComparison.Ordinal))
            .ToList();
        var problems = awsChildren.SelectMany(Problems).ToList();

        Assert.Multiple(() =>
        {
            Assert.That(awsChildren, Is.Not.Empty);
            Assert.That(problems, Is.Empty);
        });
    }

    [Test]
    public void TheCheckReportsWrongNamesWrongFieldsAndMissingRequiredInputs()
    {
        var child = JsonNode.Parse("""
            {"type": "aws:ec2/routeTable:RouteTable", "name": "rt",
             "inputs": {"vpcID": "vpc-1", "routes": [{"destinationCidrBlock": "0.0.0.0/0"}]}}
            """)!.AsObject();

        Assert.That(Problems(child), Is.EqualTo([
            "rt: aws:ec2/routeTable:RouteTable has no input 'vpcID'",
            "rt.routes: ec2.RouteTableRoute has no field 'destinationCidrBlock'",
            "rt: required input 'vpcId' of aws:ec2/routeTable:RouteTable is missing",]));
    }

    private static IEnumerable<string> Problems(JsonObject child)
    {
        var type = child["type"]!.GetValue<string>();
        var name = child["name"]!.GetValue<string>();
        if (!AwsReference.Instance.Types.TryGetValue(type, out var aws) || aws.Kind != "resource")
        {
            yield return $"{name}: {type} is not a pulumi-aws 7.48.0 resource";
            yield break;
        }

        var inputs = child["inputs"]!.AsObject();
        foreach (var (input, value) in inputs)
        {
            if (!aws.Inputs.TryGetValue(input, out var spec))
            {
                yield return $"{name}: {type} has no input '{input}'";
                continue;
            }

            foreach (var problem in NestedProblems($"{name}.{input}", spec.TsType, value, aws))
            {
                yield return problem;
            }
        }

        foreach (var required in aws.Inputs.Values.Where(i => i.Required && !inputs.ContainsKey(i.Name)))
        {
            yield return $"{name}: required input '{required.Name}' of {type} is missing";
        }
    }

    /// <summary>Fields of object inputs (alone or in lists) must be fields of the nested pulumi-aws type.</summary>
    private static IEnumerable<string> NestedProblems(string path, string tsType, JsonNode? value, AwsType aws)
    {
        if (AwsReference.NestedTypeName(tsType) is not { } nested)
        {
            yield break;
        }

        var fields = aws.NestedTypes[nested];
        var objects = value switch
        {
            JsonArray list => list.OfType<JsonObject>(),
            JsonObject single => [single],
            _ => [],
        };
        foreach (var item in objects)
        {
            foreach (var (field, _) in item)
            {
                if (!fields.ContainsKey(field))
                {
                    yield return $"{path}: {nested} has no field '{field}'";
                }
            }

            foreach (var required in fields.Values.Where(f => f.Required && !item.ContainsKey(f.Name)))
            {
                yield return $"{path}: required field '{required.Name}' of {nested} is missing";
            }
        }
    }
}
