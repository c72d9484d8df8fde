using System.Text.Json.Nodes;
using TidbDms.Provider.Cli;
using TidbDms.Provider.Tests.Cli;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Hardening;

/// <summary>The command line on bad input: errors with their place, a JSON document under --json, never a trace.</summary>
internal sealed class CliHardeningTests
{
    private static async Task<PreviewInvocation.Outcome> PreviewAsync(string yaml, params string[] flags)
    {
        using var program = new TempProgram(yaml);
        return await PreviewInvocation.RunCliAsync(["preview", program.Directory, .. flags]);
    }

    private static IEnumerable<TestCaseData> MalformedYaml()
    {
        yield return new TestCaseData("name: x\nruntime: yaml\nresources:\n  a: [\n", "Pulumi.yaml:5:1: not valid YAML: While parsing a node, did not find expected node content.").SetName("UnclosedBracket");
        yield return new TestCaseData("name: x\nruntime: yaml\nresources:\n  a:\n\ttype: foo\n", "Pulumi.yaml:5:1: not valid YAML: a tab in the indentation (YAML indents with spaces only)").SetName("TabInIndentation");
        yield return new TestCaseData("name: x\nruntime: yaml\nresources:\n  m:\n    type: tidb-dms:TidbDmsMigration\n    properties:\n      tier: &a [*a]\n", "Pulumi.yaml:7:17: the alias *a is inside the node &a it refers to: the value would contain itself").SetName("AliasCycle");
        yield return new TestCaseData("name: x\nruntime: yaml\nresources:\n  a: " + new string('[', 80) + "\n", "Pulumi.yaml:4:68: the YAML nests deeper than 64 levels; a Pulumi program needs far fewer").SetName("DeepNesting");
        yield return new TestCaseData("name: x\nruntime: yaml\nv:\n  - &a [x, x, x, x, x, x, x, x, x, x]\n  - &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]\n  - &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]\n  - &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]\n  - &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]\n  - &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]\n", null).SetName("AliasBomb");
    }

    [TestCaseSource(nameof(MalformedYaml))]
    public async Task PreviewMalformedYamlIsAnErrorAtLineAndColumn(string yaml, string? expected)
    {
        var text = await PreviewAsync(yaml);
        var json = await PreviewAsync(yaml, "--json");

        Assert.Multiple(() =>
        {
            Assert.That(text.ExitCode, Is.EqualTo(1));
            Assert.That(text.All, Does.Not.Contain("   at ").And.Not.Contain("Unhandled exception"));
            if (expected is not null)
            {
                Assert.That(text.Error, Does.Contain(expected));
            }
            else
            {
                Assert.That(text.Error, Does.Contain("the YAML's aliases expand to more than 100,000 values"));
            }

            var document = JsonNode.Parse(json.Output)!;
            Assert.That(document["resources"]!.AsArray(), Is.Empty);
            Assert.That(document["errors"]!.AsArray(), Has.Count.EqualTo(1));
        });
    }

    [Test]
    public async Task PreviewNonexistentProgramJsonPrintsNoStack()
    {
        var outcome = await PreviewInvocation.RunCliAsync("preview", "/nonexistent", "--json");

        var document = JsonNode.Parse(outcome.Output)!;
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(document["resources"]!.AsArray(), Is.Empty);
            Assert.That(document["errors"]![0]!["message"]!.GetValue<string>(), Is.EqualTo("/nonexistent: no such file or directory"));
            Assert.That(document["summary"]!["create"]!.GetValue<int>(), Is.EqualTo(0));
        });
    }

    [Test]
    public async Task PreviewUnknownFlagIsAnErrorNotAPath()
    {
        var text = await PreviewInvocation.RunCliAsync("preview", "--bogus-flag");
        var json = await PreviewInvocation.RunCliAsync("preview", "--bogus-flag", "--json");

        Assert.Multiple(() =>
        {
            Assert.That(text.ExitCode, Is.EqualTo(1));
            Assert.That(text.Error.Split('\n')[0], Is.EqualTo("error: unknown option --bogus-flag (a program whose path starts with '-' is written ./--bogus-flag)"));
            Assert.That(JsonNode.Parse(json.Output)!["errors"]![0]!["message"]!.GetValue<string>(), Is.EqualTo("unknown option --bogus-flag (a program whose path starts with '-' is written ./--bogus-flag)"));
        });
    }

    [Test]
    public async Task PreviewMisspeltTypeTokenIsAnErrorWithTheTokenMeant()
    {
        var outcome = await PreviewAsync(HardeningPrograms.Component(HardeningPrograms.StarterProperties, type: "tidb-dms:TidbDmsMigratoin"));

        Assert.That(outcome.ExitCode, Is.EqualTo(1));
        Assert.That(outcome.Error, Does.Contain("Pulumi.yaml:4: migration: type 'tidb-dms:TidbDmsMigratoin' is not a type of the tidb-dms package. Did you mean 'tidb-dms:TidbDmsMigration' (or 'tidb-dms:index:TidbDmsMigration')?"));
    }

    [TestCase("gateway01..prod.aws.tidbcloud.com", "cluster.host ('gateway01..prod.aws.tidbcloud.com'): has an empty label (two dots in a row, or a leading dot)")]
    [TestCase("https://gateway01.us-west-2.prod.aws.tidbcloud.com", "cluster.host ('https://gateway01.us-west-2.prod.aws.tidbcloud.com'): is not a host name: the label 'https://gateway01' may hold only letters, digits and hyphens, not at its start or end")]
    public async Task PreviewHostThatIsNotAHostNameIsRefused(string host, string expected)
    {
        var outcome = await PreviewAsync(HardeningPrograms.Component(HardeningPrograms.StarterProperties.Replace("gateway01.us-west-2.prod.aws.tidbcloud.com", host, StringComparison.Ordinal)));

        Assert.That(outcome.ExitCode, Is.EqualTo(1));
        Assert.That(outcome.Error, Does.Contain(expected + ". Copy the host from the cluster's Connect dialog in the TiDB Cloud console (for example gateway01.us-west-2.prod.aws.tidbcloud.com), without a scheme, port or path"));
    }

    [Test]
    public async Task PreviewHostLabelTooLongIsRefused()
    {
        var label = new string('a', 64);
        var outcome = await PreviewAsync(HardeningPrograms.Component(HardeningPrograms.StarterProperties.Replace("gateway01.", label + ".", StringComparison.Ordinal)));

        Assert.That(outcome.Error, Does.Contain($"cluster.host ('{label}.us-west-2.prod.aws.tidbcloud.com'): has a label of 64 characters ('aaaaaaaa…'); each dot-separated label of a host name has at most 63"));
    }

    [Test]
    public async Task PreviewEmojiInTheComponentNameIsRefusedWithTheRule()
    {
        var outcome = await PreviewAsync(HardeningPrograms.Component(HardeningPrograms.StarterProperties, name: "migration🚀"));

        Assert.That(outcome.ExitCode, Is.EqualTo(1));
        Assert.That(outcome.Error, Does.Contain("migration🚀: name: holds '🚀' (U+1F680), which AWS refuses in tag values: the name becomes the Name tag of every child (tag values take letters, digits, spaces and _ . : / = + - @). Rename the component with those characters only"));
    }

    [Test]
    public async Task PreviewTagValueAwsRefusesIsRefusedWithTheRule()
    {
        var outcome = await PreviewAsync(HardeningPrograms.Component(HardeningPrograms.StarterProperties + "\n      tags:\n        team: \"data 🚀\"\n        long: " + new string('x', 257)));

        Assert.Multiple(() =>
        {
            Assert.That(outcome.Error, Does.Contain("tags.team ('data 🚀'): holds '🚀' (U+1F680); AWS tag values take letters, digits, spaces and _ . : / = + - @. Change the value to those characters only"));
            Assert.That(outcome.Error, Does.Contain("is 257 characters long; AWS allows at most 256 in a tag value. Shorten the tag's value"));
        });
    }

    [Test]
    public async Task PreflightJsonPrintsADocumentOnExitCode2()
    {
        var (exitCode, output, _) = await PreflightCli.RunAsync(["--json", "--host", "h"]);

        var document = JsonNode.Parse(output)!;
        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(document["status"]!.GetValue<string>(), Is.EqualTo("error"));
            Assert.That(document["exitCode"]!.GetValue<int>(), Is.EqualTo(2));
            Assert.That(document["target"], Is.Null);
            Assert.That(document["problems"]![0]!.GetValue<string>(), Is.EqualTo("--user is required: the SQL user DMS signs in as"));
        });
    }

    [Test]
    public async Task PreflightUnknownOptionWithJsonPrintsADocumentWithoutTheValue()
    {
        var (exitCode, output, error) = await PreflightCli.RunAsync(["--json", "--password", "hunter2-Secret"]);

        Assert.Multiple(() =>
        {
            Assert.That(exitCode, Is.EqualTo(2));
            Assert.That(JsonNode.Parse(output)!["problems"]![1]!.GetValue<string>(), Is.EqualTo("1 unexpected value (not shown: one may be a secret)"));
            Assert.That(output + error, Does.Not.Contain("hunter2"));
        });
    }

    [Test]
    public async Task PreflightHelpShowsNoAdditionalArguments()
    {
        var (exitCode, output, _) = await PreflightCli.RunAsync(["--help"]);

        Assert.That(exitCode, Is.EqualTo(0));
        Assert.That(output, Does.Contain("preflight [options]").And.Not.Contain("additional arguments"));
    }

    [Test]
    public void RegionIsTakenAsPulumisAwsProviderTakesIt()
    {
        var config = new Dictionary<string, PropertyValue> { ["aws:region"] = PropertyValue.String("eu-west-1") };
        var environment = new Dictionary<string, string> { ["AWS_REGION"] = "ap-south-1", ["AWS_DEFAULT_REGION"] = "ca-central-1" };

        Assert.Multiple(() =>
        {
            Assert.That(RegionChoice.For(config, [], environment.GetValueOrDefault), Is.EqualTo(new RegionChoice("eu-west-1", "the aws:region config", false)));
            Assert.That(RegionChoice.For(new Dictionary<string, PropertyValue>(), [], environment.GetValueOrDefault), Is.EqualTo(new RegionChoice("ap-south-1", "the AWS_REGION environment variable", false)));
            Assert.That(RegionChoice.For(new Dictionary<string, PropertyValue>(), [], n => n == "AWS_DEFAULT_REGION" ? "ca-central-1" : null), Is.EqualTo(new RegionChoice("ca-central-1", "the AWS_DEFAULT_REGION environment variable", false)));
            Assert.That(RegionChoice.For(new Dictionary<string, PropertyValue>(), [], _ => null), Is.EqualTo(new RegionChoice("us-west-2", "assumed (TiDB Cloud's first AWS region)", true)));
        });
    }

    [Test]
    public async Task PreviewAssumedRegionAndZonesAreMarkedInEveryFormat()
    {
        // No aws:region: the region is assumed from the host (the tests run without AWS_REGION).
        var yaml = HardeningPrograms.Component(HardeningPrograms.StarterProperties);
        Assume.That(Environment.GetEnvironmentVariable("AWS_REGION") ?? Environment.GetEnvironmentVariable("AWS_DEFAULT_REGION"), Is.Null);
        const string Region = "region us-west-2: assumed from the cluster host gateway01.us-west-2.prod.aws.tidbcloud.com, as neither the aws:region config nor AWS_REGION nor AWS_DEFAULT_REGION gives one (pulumi up would stop without a region)";
        const string Zones = "availability zones us-west-2a, us-west-2b, …: the offline engine's stand-ins; AWS names the region's zones at pulumi up";

        var text = await PreviewAsync(yaml);
        var json = await PreviewAsync(yaml, "--json");
        var mermaid = await PreviewAsync(yaml, "--mermaid");

        Assert.Multiple(() =>
        {
            Assert.That(text.Output, Does.Contain($"Assumed, not known offline:\n    - {Region}\n    - {Zones}\n"));
            Assert.That(JsonNode.Parse(json.Output)!["assumptions"]!.AsArray().Select(a => a!.GetValue<string>()), Is.EqualTo(new[] { Region, Zones }));
            Assert.That(mermaid.Output, Does.Contain($"    %% assumed: {Region}\n    %% assumed: {Zones}\n"));
            Assert.That(mermaid.Output, Does.Contain("[\"us-west-2a (assumed)\"]"));
        });
    }

    [Test]
    public async Task PreviewMermaidMarksOnlyTheZonesItChoseAsAssumed()
    {
        // The program names two zones: the diagram shows them as given; the region is still assumed.
        var yaml = HardeningPrograms.Component(HardeningPrograms.StarterProperties + """

                      network:
                        availabilityZones: [us-west-2b, us-west-2c]
                """);

        var mermaid = await PreviewAsync(yaml, "--mermaid");

        Assert.Multiple(() =>
        {
            Assert.That(mermaid.ExitCode, Is.Zero, mermaid.Output);
            Assert.That(mermaid.Output, Does.Contain("[\"us-west-2b\"]").And.Contain("[\"us-west-2c\"]"));
            Assert.That(mermaid.Output, Does.Not.Contain(" (assumed)\"]"));
            Assert.That(mermaid.Output, Does.Contain("    %% assumed: region us-west-2: assumed from the cluster host"));
        });
    }

    [Test]
    public void MermaidIdsNamesThatReadTheSameGetDistinctIds()
    {
        var ids = new MermaidIds();
        Assert.Multiple(() =>
        {
            Assert.That(ids.Of("a-b"), Is.EqualTo("a_b"));
            Assert.That(ids.Of("a_b"), Is.EqualTo("a_b_2"));
            Assert.That(ids.Of("データ"), Is.EqualTo("___"));
            Assert.That(ids.Of("ベータ"), Is.EqualTo("____2"));
            Assert.That(ids.Of("a-b"), Is.EqualTo("a_b"));
        });
    }

    [Test]
    public void PublishScriptNamesTheArchiveOfANonDefaultMode()
    {
        var script = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "provider", "publish.sh"));
        Assert.That(script, Does.Contain("""tarball="$output/$executable-v$version-$(pulumi_platform "$rid")$mode_suffix.tar.gz" """.TrimEnd()));
        Assert.That(script, Does.Contain("""if [ "$mode" != aot ]; then mode_suffix="-$mode"; fi"""));
    }
}
