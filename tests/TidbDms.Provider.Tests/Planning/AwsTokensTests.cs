using System.Reflection;
using TidbDms.Provider.Planning;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>The token tables (the AWS resource types the planner registers, the functions the component calls) against pulumi-aws 7.48.0.</summary>
internal sealed class AwsTokensTests
{
    private static IEnumerable<string> Constants(Type table) =>
        table.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!);

    [Test]
    public void EveryTypeTokenIsAPulumiAwsResource()
    {
        Assert.That(Constants(typeof(AwsTypes)).Where(t => AwsReference.Instance.Types.GetValueOrDefault(t)?.Kind != "resource"), Is.Empty);
    }

    [Test]
    public void EveryFunctionTokenIsAPulumiAwsFunction()
    {
        var tokens = Constants(typeof(AwsFunctions)).ToList();

        Assert.That(tokens, Has.Count.EqualTo(7));
        Assert.That(tokens.Where(t => AwsReference.Instance.Types.GetValueOrDefault(t)?.Kind != "invoke"), Is.Empty);
    }
}
