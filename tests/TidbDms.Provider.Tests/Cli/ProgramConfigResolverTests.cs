using TidbDms.Provider.Cli;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Cli;

internal sealed class ProgramConfigResolverTests
{
    private const string Header = "name: demo\nruntime: yaml\nconfig:\n";

    private static (IReadOnlyDictionary<string, PropertyValue> Values, List<string> Errors) Resolve(string config, params string[] overrides)
    {
        var program = ProgramText.Parse(Header + config);
        var errors = new List<LocatedDiagnostic>();
        var values = ProgramConfigResolver.Resolve(program, overrides, errors);
        return (values, errors.Select(e => e.ToString()).ToList());
    }

    private static PropertyValue Single(string config, params string[] overrides)
    {
        var (values, errors) = Resolve(config, overrides);
        Assert.That(errors, Is.Empty);
        return values.Values.Single();
    }

    private static IEnumerable<TestCaseData> Forms()
    {
        yield return new TestCaseData("  host: example.com\n", PropertyValue.String("example.com")).SetName("ShortForm_String");
        yield return new TestCaseData("  port: 4000\n", PropertyValue.Number(4000)).SetName("ShortForm_IntegerByYamlType");
        yield return new TestCaseData("  port: '4000'\n", PropertyValue.String("4000")).SetName("ShortForm_QuotedStaysString");
        yield return new TestCaseData("  multiAz: true\n", PropertyValue.Bool(true)).SetName("ShortForm_Boolean");
        yield return new TestCaseData("  zones: [a, b]\n", PropertyValue.Array(PropertyValue.String("a"), PropertyValue.String("b"))).SetName("ShortForm_List");
        yield return new TestCaseData("  host:\n    value: example.com\n", PropertyValue.String("example.com")).SetName("ValueForm");
        yield return new TestCaseData("  host:\n    type: string\n    default: example.com\n", PropertyValue.String("example.com")).SetName("Declaration_Default");
        yield return new TestCaseData("  host:\n    type: string\n    default: x\n    value: y\n", PropertyValue.String("y")).SetName("Declaration_ValueBeatsDefault");
        yield return new TestCaseData("  port:\n    type: string\n    default: 4000\n", PropertyValue.String("4000")).SetName("Declaration_StringTypeConvertsANumber");
        yield return new TestCaseData("  port:\n    type: integer\n    default: '4000'\n", PropertyValue.Number(4000)).SetName("Declaration_IntegerTypeConvertsAString");
        yield return new TestCaseData("  size:\n    type: Number\n    default: 1.5\n", PropertyValue.Number(1.5)).SetName("ShortTypeForm_Number");
        yield return new TestCaseData("  on:\n    type: Boolean\n    default: 'true'\n", PropertyValue.Bool(true)).SetName("ShortTypeForm_Boolean");
        yield return new TestCaseData("  names:\n    type: List<String>\n    default: [a, 1]\n", PropertyValue.Array(PropertyValue.String("a"), PropertyValue.String("1"))).SetName("ShortTypeForm_ListOfString");
        yield return new TestCaseData("  names:\n    type: array\n    items:\n      type: integer\n    default: [1, '2']\n", PropertyValue.Array(PropertyValue.Number(1), PropertyValue.Number(2))).SetName("Declaration_ArrayWithItems");
        yield return new TestCaseData("  password:\n    type: string\n    secret: true\n    default: hunter2\n", PropertyValue.String("hunter2").WithSecret()).SetName("Declaration_SecretDefaultIsSecret");
        yield return new TestCaseData("  password:\n    type: string\n    secret: true\n", PropertyValue.Computed.WithSecret()).SetName("Declaration_SecretWithoutValueIsUnknown");
        yield return new TestCaseData("  demo:host: example.com\n", PropertyValue.String("example.com")).SetName("ProjectNamespacedKey");
    }

    [TestCaseSource(nameof(Forms))]
    public void ResolveEachConfigFormGivesItsValue(string config, PropertyValue expected)
    {
        Assert.That(Single(config), Is.EqualTo(expected));
    }

    [Test]
    public void ResolveNamespacedKeysKeepTheirNamespace()
    {
        var (values, errors) = Resolve("  aws:region:\n    value: eu-west-1\n  demo:size: 3\n");
        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty);
            Assert.That(values.Keys.Order(), Is.EqualTo(["aws:region", "size"]));
            Assert.That(values["aws:region"], Is.EqualTo(PropertyValue.String("eu-west-1")));
        });
    }

    private static IEnumerable<TestCaseData> Overrides()
    {
        yield return new TestCaseData("  host: example.com\n", "host=other.example", PropertyValue.String("other.example")).SetName("Override_ShortForm");
        yield return new TestCaseData("  host: example.com\n", "demo:host=other.example", PropertyValue.String("other.example")).SetName("Override_WithProjectNamespace");
        yield return new TestCaseData("  port: 4000\n", "port=4001", PropertyValue.Number(4001)).SetName("Override_TypeOfTheDefault");
        yield return new TestCaseData("  port:\n    type: integer\n", "port=4001", PropertyValue.Number(4001)).SetName("Override_IntegerType");
        yield return new TestCaseData("  on:\n    type: boolean\n", "on=false", PropertyValue.Bool(false)).SetName("Override_BooleanType");
        yield return new TestCaseData("  zones:\n    type: List<String>\n", "zones=[\"a\",\"b\"]", PropertyValue.Array(PropertyValue.String("a"), PropertyValue.String("b"))).SetName("Override_ArrayAsJson");
        yield return new TestCaseData("  password:\n    type: string\n    secret: true\n", "password=s3cr3t", PropertyValue.String("s3cr3t").WithSecret()).SetName("Override_SecretStaysSecret");
        yield return new TestCaseData("  expr: a\n", "expr=x=y", PropertyValue.String("x=y")).SetName("Override_ValueWithEquals");
    }

    [TestCaseSource(nameof(Overrides))]
    public void ResolveConfigFlagOverridesTheProgram(string config, string flag, PropertyValue expected)
    {
        Assert.That(Single(config, flag), Is.EqualTo(expected));
    }

    [Test]
    public void ResolveRepeatedFlagLastOneWins()
    {
        Assert.That(Single("  host: a\n", "host=b", "host=c"), Is.EqualTo(PropertyValue.String("c")));
    }

    [Test]
    public void ResolveUndeclaredFlagIsAPlainString()
    {
        var (values, errors) = Resolve("  host: a\n", "aws:region=eu-central-1", "count=3");
        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty);
            Assert.That(values["aws:region"], Is.EqualTo(PropertyValue.String("eu-central-1")));
            Assert.That(values["count"], Is.EqualTo(PropertyValue.String("3")));
        });
    }

    [Test]
    public void ResolveProblemsAreAllReportedWithoutSecretValues()
    {
        var (_, errors) = Resolve(
            """
              host:
                type: string
              port:
                type: integer
              password:
                type: integer
                secret: true
              on:
                type: boolean
                default: maybe
              zones:
                type: array
            """,
            "port=abc",
            "password=hunter2",
            "zones=a,b",
            "hunter2");

        Assert.That(errors, Is.EqualTo([
            "--config takes key=value (for example --config tidbHost=gateway01.us-west-2.prod.aws.tidbcloud.com)",
            "Pulumi.yaml:4: config 'host' has no value and no default: give it with --config host=VALUE, or add a default",
            "--config port: 'abc' is not an integer (declared at Pulumi.yaml:6)",
            "--config password: the value is not an integer (declared at Pulumi.yaml:8)",
            "Pulumi.yaml:13: config 'on': 'maybe' is not a boolean",
            "--config zones: 'a,b' is not a JSON array (an array config is given as JSON, e.g. '[\"a\",\"b\"]') (declared at Pulumi.yaml:14)",]));
    }
}
