using System.Text.Json.Nodes;
using TidbDms.Provider.Tests.Planning;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>
/// <c>--diff-against</c> and <c>--markdown</c> end to end, on two versions of the Starter example:
/// the base previewed with <c>--json</c>, the head compared with it. The head resizes the
/// replication instance (an update), gives it a KMS key (ForceNew: a replacement), and goes from a
/// NAT gateway per zone to one (NAT gateway, address, subnet and route tables deleted, a shared
/// route table created).
/// </summary>
internal sealed class PullRequestPreviewTests
{
    private const string Example = "starter-public-nat-target";

    /// <summary>The head's edits of the example's Pulumi.yaml.</summary>
    public static string Head(string yaml) => yaml
        .Replace("instanceClass: dms.t3.large", "instanceClass: dms.t3.xlarge", StringComparison.Ordinal)
        .Replace("allocatedStorage: 100", "allocatedStorage: 100\n        kmsKeyArn: arn:aws:kms:us-west-2:123456789012:key/0f2f7c9e-example", StringComparison.Ordinal)
        .Replace("natGateways: OnePerAz", "natGateways: Single", StringComparison.Ordinal);

    private static string BaseYaml => File.ReadAllText(Path.Combine(RepositoryFiles.Example(Example), "Pulumi.yaml"));

    private static async Task<(TempProgram Head, string BaseJson)> TwoVersionsAsync()
    {
        var outcome = await PreviewInvocation.RunCliAsync("preview", RepositoryFiles.Example(Example), "--json");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
        var head = new TempProgram(Head(BaseYaml));
        var baseJson = Path.Combine(head.Directory, "base.json");
        File.WriteAllText(baseJson, outcome.Output);
        return (head, baseJson);
    }

    [Test]
    public async Task MarkdownAgainstTheBaseIsTheGoldenComment()
    {
        var (head, baseJson) = await TwoVersionsAsync();
        using (head)
        {
            var outcome = await PreviewInvocation.RunCliAsync("preview", head.Directory, "--diff-against", baseJson, "--markdown");
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            Assert.That(outcome.Error, Is.Empty);
            GoldenFile.Check("markdown", "starter-public-nat-target-pr.md", outcome.Output);
        }
    }

    [Test]
    public async Task JsonAgainstTheBaseListsEveryKindWithReasons()
    {
        var (head, baseJson) = await TwoVersionsAsync();
        using (head)
        {
            var outcome = await PreviewInvocation.RunCliAsync("preview", head.Directory, "--diff-against", baseJson, "--json");
            Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
            var diff = JsonNode.Parse(outcome.Output)!["diff"]!;
            string Op(string name) => diff["resources"]!.AsArray().Single(r => r!["urn"]!.GetValue<string>().EndsWith("::" + name, StringComparison.Ordinal))!["op"]!.GetValue<string>();
            var instance = diff["resources"]!.AsArray().Single(r => r!["urn"]!.GetValue<string>().EndsWith("::migration-replication-instance", StringComparison.Ordinal))!;
            Assert.Multiple(() =>
            {
                Assert.That(diff["base"]!.GetValue<string>(), Is.EqualTo("base.json"));
                Assert.That(diff["summary"]!.ToJsonString(), Is.EqualTo("""{"same":16,"create":1,"update":3,"replace":2,"delete":6}"""));
                Assert.That(Op("migration-vpc"), Is.EqualTo("same"));
                Assert.That(Op("migration-private-rt"), Is.EqualTo("create"));
                Assert.That(Op("migration-nat-b"), Is.EqualTo("delete"));
                Assert.That(Op("migration-replication-instance"), Is.EqualTo("replace"));
                Assert.That(instance["deleteBeforeReplace"]!.GetValue<bool>(), Is.True);
                Assert.That(instance["replaceReasons"]!.ToJsonString(), Is.EqualTo("""["kmsKeyArn forces replacement (ForceNew in aws_dms_replication_instance)"]"""));
                Assert.That(instance["changes"]!.ToJsonString(), Is.EqualTo(
                    """[{"path":"kmsKeyArn","old":null,"new":"arn:aws:kms:us-west-2:123456789012:key/0f2f7c9e-example"},{"path":"replicationInstanceClass","old":"dms.t3.large","new":"dms.t3.xlarge"}]"""));
                Assert.That(diff["resources"]!.AsArray().Single(r => r!["urn"]!.GetValue<string>().EndsWith("::migration-tidb-endpoint", StringComparison.Ordinal))!["op"]!.GetValue<string>(), Is.EqualTo("same"));
            });
        }
    }

    [Test]
    public async Task TextAgainstItselfIsAllUnchanged()
    {
        var (head, baseJson) = await TwoVersionsAsync();
        using (head)
        {
            var outcome = await PreviewInvocation.RunCliAsync("preview", RepositoryFiles.Example(Example), "--diff-against", baseJson);
            Assert.Multiple(() =>
            {
                Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
                Assert.That(outcome.Output, Does.Contain("\nResources:\n    27 unchanged\n"));
                Assert.That(outcome.Output, Does.Not.Contain("Changes:").And.Not.Contain("Review:"));
            });
        }
    }

    [Test]
    public async Task DiffAgainstUnreadableIsAnErrorNamingTheFile()
    {
        using var program = new TempProgram(BaseYaml);
        File.WriteAllText(Path.Combine(program.Directory, "base.json"), "{ not json");
        var missing = await PreviewInvocation.RunCliAsync("preview", program.Directory, "--diff-against", Path.Combine(program.Directory, "nope.json"));
        var broken = await PreviewInvocation.RunCliAsync("preview", program.Directory, "--diff-against", Path.Combine(program.Directory, "base.json"), "--markdown");
        Assert.Multiple(() =>
        {
            Assert.That(missing.ExitCode, Is.EqualTo(1));
            Assert.That(missing.Error, Does.StartWith($"error: --diff-against {Path.Combine(program.Directory, "nope.json")}: no such file (give the output of an earlier 'preview --json', e.g. of the base branch)\n"));
            Assert.That(broken.ExitCode, Is.EqualTo(1));
            Assert.That(broken.Error, Does.StartWith($"error: --diff-against {Path.Combine(program.Directory, "base.json")}: not JSON (line 1): give the output of an earlier 'preview --json'\n"));
        });
    }

    [Test]
    public async Task FormatsAreAlternatives()
    {
        var outcome = await PreviewInvocation.RunCliAsync("preview", RepositoryFiles.Example(Example), "--json", "--markdown");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.Not.EqualTo(0));
            Assert.That(outcome.Error, Does.Contain("--json and --markdown are alternatives: choose one"));
        });
    }

    [Test]
    public async Task JsonOptionsAreTheRegistrationsAsTheEngineReceivedThem()
    {
        using var program = new TempProgram(BaseYaml.Replace(
            "    type: tidb-dms:TidbDmsMigration\n",
            "    type: tidb-dms:TidbDmsMigration\n    options:\n      protect: true\n      retainOnDelete: true\n",
            StringComparison.Ordinal));
        var outcome = await PreviewInvocation.RunCliAsync("preview", program.Directory, "--json");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
        var options = JsonNode.Parse(outcome.Output)!["resources"]!.AsArray()
            .ToDictionary(r => r!["name"]!.GetValue<string>(), r => r!["options"]!.ToJsonString());
        const string Inherited = """{"protect":true,"retainOnDelete":true,"deleteBeforeReplace":null,"ignoreChanges":[],"replaceOnChanges":[],"provider":null,"deletedWith":null}""";
        const string FixedName = """{"protect":true,"retainOnDelete":true,"deleteBeforeReplace":true,"ignoreChanges":[],"replaceOnChanges":[],"provider":null,"deletedWith":null}""";
        Assert.Multiple(() =>
        {
            Assert.That(options["starter-public-nat-target-dev"], Is.EqualTo("""{"protect":null,"retainOnDelete":null,"deleteBeforeReplace":null,"ignoreChanges":[],"replaceOnChanges":[],"provider":null,"deletedWith":null}"""));
            Assert.That(options["migration"], Is.EqualTo(Inherited));
            Assert.That(options["migration-vpc"], Is.EqualTo(Inherited));
            Assert.That(options["migration-nat-a"], Is.EqualTo(Inherited));
            string[] fixedNames = ["migration-ca", "migration-tidb-endpoint", "migration-subnet-group", "migration-replication-instance", "migration-task"];
            foreach (var name in fixedNames)
            {
                Assert.That(options[name], Is.EqualTo(FixedName), name);
            }
        });
    }

    [Test]
    public void ReadmeShowsTheGoldenComment()
    {
        var readme = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "README.md"));
        var start = readme.IndexOf("<!-- pr-comment:start -->\n", StringComparison.Ordinal);
        var end = readme.IndexOf("<!-- pr-comment:end -->", StringComparison.Ordinal);
        var golden = File.ReadAllText(Path.Combine(RepositoryFiles.Root, "tests", "TidbDms.Provider.Tests", "Golden", "markdown", "starter-public-nat-target-pr.md"));
        Assert.Multiple(() =>
        {
            Assert.That(start, Is.GreaterThan(0));
            Assert.That(readme[(start + "<!-- pr-comment:start -->\n".Length)..end], Is.EqualTo(golden), "README.md's PR comment is the golden one: copy it over after ACCEPT=1");
        });
    }
}
