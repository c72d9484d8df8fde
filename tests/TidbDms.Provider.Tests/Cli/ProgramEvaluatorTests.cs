using System.Collections.Immutable;
using TidbDms.Provider.Cli;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Cli;

internal sealed class ProgramEvaluatorTests
{
    private static readonly ImmutableDictionary<string, PropertyValue> Config = new Dictionary<string, PropertyValue>
    {
        ["host"] = PropertyValue.String("gateway01.us-west-2.prod.aws.tidbcloud.com"),
        ["port"] = PropertyValue.Number(4000),
        ["password"] = PropertyValue.String("hunter2").WithSecret(),
        ["unknownSecret"] = PropertyValue.Computed.WithSecret(),
        ["zones"] = PropertyValue.Array(PropertyValue.String("us-west-2a"), PropertyValue.String("us-west-2b")),
        ["aws:region"] = PropertyValue.String("us-west-2"),
    }.ToImmutableDictionary();

    private const string Program = """
        name: demo
        runtime: yaml
        variables:
          prefix: abc
        resources:
          bucket:
            type: aws:s3:Bucket
          value:
            type: tidb-dms:TidbDmsMigration
            properties:
              v: PLACEHOLDER
        """;

    /// <summary>Evaluates <paramref name="yaml"/> as the value of a property on line 11 of <see cref="Program"/>.</summary>
    private static (PropertyValue Value, List<string> Errors) Evaluate(string yaml)
    {
        var program = ProgramText.Parse(Program.Replace("PLACEHOLDER", yaml, StringComparison.Ordinal));
        var errors = new List<LocatedDiagnostic>();
        var evaluator = new ProgramEvaluator(program, Config, "dev", (ProgramResource resource, Interpolation.Expression e, out string? problem) =>
        {
            problem = $"no resources here ({resource.Name})";
            return null;
        });
        var properties = evaluator.Evaluate(program.Resources[1].Properties!, "value", errors);
        return (properties.AsObject["v"], errors.Select(e => e.ToString()).ToList());
    }

    private static IEnumerable<TestCaseData> Scalars()
    {
        yield return new TestCaseData("4000", PropertyValue.Number(4000)).SetName("Int");
        yield return new TestCaseData("-12", PropertyValue.Number(-12)).SetName("NegativeInt");
        yield return new TestCaseData("0x1F", PropertyValue.Number(31)).SetName("HexInt");
        yield return new TestCaseData("0o17", PropertyValue.Number(15)).SetName("OctalInt");
        yield return new TestCaseData("1.5e3", PropertyValue.Number(1500)).SetName("Float");
        yield return new TestCaseData("true", PropertyValue.Bool(true)).SetName("True");
        yield return new TestCaseData("FALSE", PropertyValue.Bool(false)).SetName("FalseUpper");
        yield return new TestCaseData("yes", PropertyValue.String("yes")).SetName("YesIsAStringInYaml12");
        yield return new TestCaseData("~", PropertyValue.Null).SetName("Tilde");
        yield return new TestCaseData("null", PropertyValue.Null).SetName("Null");
        yield return new TestCaseData("'4000'", PropertyValue.String("4000")).SetName("SingleQuotedNumber");
        yield return new TestCaseData("\"true\"", PropertyValue.String("true")).SetName("DoubleQuotedBool");
        yield return new TestCaseData("!!str 4000", PropertyValue.String("4000")).SetName("StrTag");
        yield return new TestCaseData("!!int '42'", PropertyValue.Number(42)).SetName("IntTag");
        yield return new TestCaseData("10.0.0.0/16", PropertyValue.String("10.0.0.0/16")).SetName("CidrIsAString");
        yield return new TestCaseData("4fXyZ8example.dms_user", PropertyValue.String("4fXyZ8example.dms_user")).SetName("DigitLedNameIsAString");
        yield return new TestCaseData("[a, 2]", PropertyValue.Array(PropertyValue.String("a"), PropertyValue.Number(2))).SetName("FlowSequence");
        yield return new TestCaseData("{ a: 1 }", PropertyValue.Object(("a", PropertyValue.Number(1)))).SetName("FlowMapping");
        yield return new TestCaseData("|\n          x\n          y\n", PropertyValue.String("x\ny\n")).SetName("LiteralBlockIsAString");
    }

    [TestCaseSource(nameof(Scalars))]
    public void EvaluateScalarTakesItsYamlCoreSchemaType(string yaml, PropertyValue expected)
    {
        var (value, errors) = Evaluate(yaml);
        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty);
            Assert.That(value, Is.EqualTo(expected));
        });
    }

    private static IEnumerable<TestCaseData> Interpolations()
    {
        yield return new TestCaseData("${host}", PropertyValue.String("gateway01.us-west-2.prod.aws.tidbcloud.com")).SetName("WholeString");
        yield return new TestCaseData("${port}", PropertyValue.Number(4000)).SetName("WholeKeepsTheType");
        yield return new TestCaseData("${zones}", PropertyValue.Array(PropertyValue.String("us-west-2a"), PropertyValue.String("us-west-2b"))).SetName("WholeList");
        yield return new TestCaseData("${zones[1]}", PropertyValue.String("us-west-2b")).SetName("Index");
        yield return new TestCaseData("mysql://${host}:${port}/db", PropertyValue.String("mysql://gateway01.us-west-2.prod.aws.tidbcloud.com:4000/db")).SetName("InsideALargerString");
        yield return new TestCaseData("${aws:region}-x", PropertyValue.String("us-west-2-x")).SetName("NamespacedKey");
        yield return new TestCaseData("${demo:host}", PropertyValue.String("gateway01.us-west-2.prod.aws.tidbcloud.com")).SetName("ProjectNamespacedKey");
        yield return new TestCaseData("${pulumi.project}/${pulumi.stack}", PropertyValue.String("demo/dev")).SetName("ProjectAndStack");
        yield return new TestCaseData("${password}", PropertyValue.String("hunter2").WithSecret()).SetName("SecretStaysSecret");
        yield return new TestCaseData("user:${password}", PropertyValue.String("user:hunter2").WithSecret()).SetName("SecretInsideAStringMakesItSecret");
        yield return new TestCaseData("${unknownSecret}", PropertyValue.Computed.WithSecret()).SetName("UnknownSecret");
        yield return new TestCaseData("x${unknownSecret}", PropertyValue.Computed.WithSecret()).SetName("UnknownInsideAStringIsUnknown");
        yield return new TestCaseData("$${host}", PropertyValue.String("${host}")).SetName("EscapedDollar");
        yield return new TestCaseData("'${port}'", PropertyValue.Number(4000)).SetName("QuotedWholeExpressionStillInterpolates");
    }

    [TestCaseSource(nameof(Interpolations))]
    public void EvaluateInterpolationResolvesConfig(string yaml, PropertyValue expected)
    {
        var (value, errors) = Evaluate(yaml);
        Assert.Multiple(() =>
        {
            Assert.That(errors, Is.Empty);
            Assert.That(value, Is.EqualTo(expected));
        });
    }

    private static IEnumerable<TestCaseData> Unsupported()
    {
        yield return new TestCaseData("\n          fn::invoke:\n            function: aws:getRegion", "Pulumi.yaml:12: value: 'fn::invoke' is not supported by preview: built-in functions run in the Pulumi engine; write the value itself or take it from config").SetName("Function");
        yield return new TestCaseData("{ a: { Fn::Join: [x] } }", "Pulumi.yaml:11: value: 'Fn::Join' is not supported by preview: built-in functions run in the Pulumi engine; write the value itself or take it from config").SetName("FunctionNested");
        yield return new TestCaseData("${prefix}.user", "Pulumi.yaml:11: value: '${prefix}' uses the variable 'prefix' (Pulumi.yaml:4): variables are not supported by preview; write the value here or declare it in config").SetName("Variable");
        yield return new TestCaseData("${bucket.arn}", "Pulumi.yaml:11: value: no resources here (bucket)").SetName("ResourceOutput");
        yield return new TestCaseData("${hots}", "Pulumi.yaml:11: value: '${hots}': 'hots' is not a config key, variable or resource of this program (config keys: aws:region, host, password, port, unknownSecret, zones)").SetName("UnknownName");
        yield return new TestCaseData("${pulumi.organization}", "Pulumi.yaml:11: value: '${pulumi.organization}': only pulumi.project and pulumi.stack are known to an offline preview").SetName("PulumiOrganization");
        yield return new TestCaseData("${zones[5]}", "Pulumi.yaml:11: value: '${zones[5]}': a list has no item [5]").SetName("IndexOutOfRange");
        yield return new TestCaseData("${password.x}", "Pulumi.yaml:11: value: '${password.x}': the secret value has no property 'x'").SetName("PropertyOfASecret");
        yield return new TestCaseData("a-${zones}", "Pulumi.yaml:11: value: '${zones}' is a list, which cannot be part of a string").SetName("ListInsideAString");
        yield return new TestCaseData("${host", "Pulumi.yaml:11: value: the '${' at character 1 has no closing '}'").SetName("Unterminated");
        yield return new TestCaseData("!!int abc", "Pulumi.yaml:11: value: the value is not a valid !!int").SetName("BadTag");
    }

    [TestCaseSource(nameof(Unsupported))]
    public void EvaluateUnsupportedIsAnErrorAtItsLine(string yaml, string expected)
    {
        var (_, errors) = Evaluate(yaml);
        Assert.That(errors, Is.EqualTo(new[] { expected }));
    }

    [Test]
    public void EvaluateSeveralProblemsAreAllReported()
    {
        var (_, errors) = Evaluate("\n          a: ${nope}\n          b: [\"${prefix}\", { fn::secret: x }]");
        Assert.That(errors, Is.EqualTo([
            "Pulumi.yaml:12: value: '${nope}': 'nope' is not a config key, variable or resource of this program (config keys: aws:region, host, password, port, unknownSecret, zones)",
            "Pulumi.yaml:13: value: '${prefix}' uses the variable 'prefix' (Pulumi.yaml:4): variables are not supported by preview; write the value here or declare it in config",
            "Pulumi.yaml:13: value: 'fn::secret' is not supported by preview: built-in functions run in the Pulumi engine; write the value itself or take it from config",]));
    }
}
