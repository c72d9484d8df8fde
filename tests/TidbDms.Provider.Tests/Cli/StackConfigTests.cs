using System.Text.Json.Nodes;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>
/// <c>--stack NAME</c> end to end: the real preview of the Starter example reading
/// <c>Pulumi.&lt;NAME&gt;.yaml</c> beside it (plain values, a <c>secure:</c> value, provider config),
/// with the project's defaults for what the stack does not set, and the flags' place above both.
/// </summary>
internal sealed class StackConfigTests
{
    private const string Ciphertext = "v1:Q0lQSEVSVEVYVC1ORVZFUi1TSE9XTg==";

    private const string ProdStack = $"""
        secretsprovider: passphrase
        encryptionsalt: v1:c2FsdA==:v1:abc
        config:
          aws:region: eu-central-1
          starter-public-nat-target:tidbHost: gateway01.eu-central-1.prod.aws.tidbcloud.com
          starter-public-nat-target:tidbPassword:
            secure: {Ciphertext}
        """;

    private static TempProgram Example(string stackFile, string stack = "prod")
    {
        var program = new TempProgram(File.ReadAllText(Path.Combine(RepositoryFiles.Example("starter-public-nat-target"), "Pulumi.yaml")));
        File.WriteAllText(Path.Combine(program.Directory, $"Pulumi.{stack}.yaml"), stackFile.ReplaceLineEndings("\n"));
        return program;
    }

    private static JsonObject Child(JsonNode json, string type) =>
        json["resources"]!.AsArray().Select(r => r!.AsObject()).First(r => r["type"]!.GetValue<string>() == type);

    [Test]
    public async Task PreviewStackFileGivesValuesSecureAsSecretAndDefaultsForTheRest()
    {
        using var program = Example(ProdStack);
        var outcome = await PreviewInvocation.RunCliAsync("preview", program.Directory, "--stack", "prod", "--json");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
        var json = JsonNode.Parse(outcome.Output)!;
        var endpoint = Child(json, "aws:dms/endpoint:Endpoint")["inputs"]!;
        Assert.Multiple(() =>
        {
            Assert.That(json["stack"]!.GetValue<string>(), Is.EqualTo("prod"));
            Assert.That(Child(json, "aws:ec2/vpc:Vpc")["urn"]!.GetValue<string>(), Does.StartWith("urn:pulumi:prod::starter-public-nat-target::"));
            Assert.That(endpoint["serverName"]!.GetValue<string>(), Is.EqualTo("gateway01.eu-central-1.prod.aws.tidbcloud.com"));
            Assert.That(endpoint["password"]!.GetValue<string>(), Is.EqualTo("[secret]"));
            Assert.That(endpoint["username"]!.GetValue<string>(), Is.EqualTo("4fXyZ8example.dms_user"), "the project's default");
            Assert.That(Child(json, "aws:ec2/subnet:Subnet")["inputs"]!["availabilityZone"]!.GetValue<string>(), Is.EqualTo("eu-central-1a"), "aws:region from the stack file");
            Assert.That(outcome.All, Does.Not.Contain(Ciphertext).And.Not.Contain("Q0lQSEVSVEVYVC"));
            Assert.That(json["warnings"]!.AsArray(), Is.Empty);
        });
    }

    [Test]
    public async Task PreviewConfigFlagWinsOverTheStackFile()
    {
        using var program = Example(ProdStack);
        var outcome = await PreviewInvocation.RunCliAsync(
            "preview", program.Directory, "--stack", "acme/starter-public-nat-target/prod", "--config", "tidbHost=gateway01.eu-west-1.prod.aws.tidbcloud.com", "--json");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
        var json = JsonNode.Parse(outcome.Output)!;
        Assert.Multiple(() =>
        {
            Assert.That(Child(json, "aws:dms/endpoint:Endpoint")["inputs"]!["serverName"]!.GetValue<string>(), Is.EqualTo("gateway01.eu-west-1.prod.aws.tidbcloud.com"));
            Assert.That(json["stack"]!.GetValue<string>(), Is.EqualTo("prod"), "the stack's name is the last part of a qualified reference");
        });
    }

    [Test]
    public async Task PreviewNoStackFileRunsOnTheProjectsDefaults()
    {
        using var program = Example(ProdStack);
        var outcome = await PreviewInvocation.RunCliAsync("preview", program.Directory, "--stack", "staging", "--json");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
        var json = JsonNode.Parse(outcome.Output)!;
        Assert.That(Child(json, "aws:dms/endpoint:Endpoint")["inputs"]!["serverName"]!.GetValue<string>(), Is.EqualTo("gateway01.us-west-2.prod.aws.tidbcloud.com"));
    }

    [Test]
    public async Task PreviewStackFileMistakesAreErrorsAtTheirLines()
    {
        using var program = Example("""
            config:
              tidbHost: gateway01.eu-central-1.prod.aws.tidbcloud.com
              a:b:c: x
            stackTags: {}
            """);
        var outcome = await PreviewInvocation.RunCliAsync("preview", program.Directory, "--stack", "prod");
        var file = Path.Combine(program.Directory, "Pulumi.prod.yaml");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Error, Is.EqualTo(
                $"error: {file}:2: 'tidbHost' is not a configuration key of a stack file: write it as 'starter-public-nat-target:tidbHost' (configuration keys should be of the form `<namespace>:<name>`)\n"
                + $"error: {file}:3: could not parse 'a:b:c' as a configuration key (configuration keys should be of the form `<namespace>:<name>`)\n"
                + $"error: {file}:4: unknown key 'stackTags' in the stack's config file (it holds config, secretsprovider, encryptedkey, encryptionsalt and environment)\n"
                + "error: preview failed with 3 errors; nothing was previewed\n"));
        });
    }

    [Test]
    public async Task PreviewStackFileNotYamlIsAnErrorAtItsLineWithoutItsText()
    {
        using var program = Example($"config:\n  proj:x: [unclosed {Ciphertext}\n");
        var outcome = await PreviewInvocation.RunCliAsync("preview", program.Directory, "--stack", "prod");
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Error, Does.StartWith($"error: {Path.Combine(program.Directory, "Pulumi.prod.yaml")}:3: the stack's config file is not valid YAML here\n"));
            Assert.That(outcome.All, Does.Not.Contain(Ciphertext));
        });
    }

    [Test]
    public async Task PreviewTypedDeclarationChecksTheStackFilesValue()
    {
        using var program = new TempProgram("""
            name: proj
            runtime: yaml
            config:
              port:
                type: integer
                default: 4000
            """);
        File.WriteAllText(Path.Combine(program.Directory, "Pulumi.dev.yaml"), "config:\n  proj:port: four\n");
        var outcome = await PreviewInvocation.RunCliAsync("preview", program.Directory);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Error, Does.StartWith(
                $"error: {Path.Combine(program.Directory, "Pulumi.dev.yaml")}:2: config 'proj:port': 'four' is not an integer (declared at {Path.Combine(program.Directory, "Pulumi.yaml")}:4)\n"));
        });
    }

    [TestCase("", "error: --stack '': a stack name cannot be empty (for example --stack dev)")]
    [TestCase("bad stack/../x", "error: --stack 'bad stack/../x': the organization 'bad stack' may only contain alphanumerics, hyphens, underscores and periods (Pulumi's rule)")]
    public async Task PreviewBadStackNameIsOneErrorNotACrash(string stack, string message)
    {
        var outcome = await PreviewInvocation.RunCliAsync("preview", RepositoryFiles.Example("starter-public-nat-target"), "--stack", stack);
        Assert.Multiple(() =>
        {
            Assert.That(outcome.ExitCode, Is.EqualTo(1));
            Assert.That(outcome.Error, Is.EqualTo($"{message}\nerror: preview failed with 1 error; nothing was previewed\n"));
            Assert.That(outcome.Output, Is.Empty);
        });
    }

    [Test]
    public async Task PreviewMisspeltConfigKeysAreWarningsWithTheNearestKey()
    {
        using var program = Example("config:\n  starter-public-nat-target:tidbUsr: someone\n");
        var outcome = await PreviewInvocation.RunCliAsync(
            "preview", program.Directory, "--stack", "prod", "--config", "tidbHots=gateway01.us-west-2.prod.aws.tidbcloud.com", "--config", "aws:regoin=eu-west-1",
            "--config", "starter-public-nat-targt:tidbHost=x", "--config", "unrelated=1", "--json");
        Assert.That(outcome.ExitCode, Is.EqualTo(0), outcome.All);
        var warnings = JsonNode.Parse(outcome.Output)!["warnings"]!.AsArray().Select(w => (w!["location"]?.GetValue<string>(), w["message"]!.GetValue<string>()));
        Assert.That(warnings, Is.EqualTo(new (string?, string)[]
        {
            ($"{Path.Combine(program.Directory, "Pulumi.prod.yaml")}:2", "config 'starter-public-nat-target:tidbUsr': the program declares no config 'tidbUsr', so nothing reads it; did you mean 'tidbUser'?"),
            (null, "--config 'tidbHots': the program declares no config 'tidbHots', so nothing reads it; did you mean 'tidbHost'?"),
            (null, "--config 'aws:regoin': pulumi-aws has no setting 'aws:regoin', so nothing reads it; did you mean 'aws:region'?"),
            (null, "--config 'starter-public-nat-targt:tidbHost': no package or project is named 'starter-public-nat-targt', so nothing reads it; did you mean 'starter-public-nat-target:tidbHost'?"),
            (null, "--config 'unrelated': the program declares no config 'unrelated', so nothing reads it (it declares 'aws:region', 'tidbHost', 'tidbUser', 'tidbPassword', 'sourceEndpointArn', 'schemas')"),
        }));
    }
}
