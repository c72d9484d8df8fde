using TidbDms.Provider.Cli;

namespace TidbDms.Provider.Tests.Cli;

/// <summary>Pulumi's stack-name rules, as <c>--stack</c> applies them.</summary>
internal sealed class StackNameTests
{
    [TestCase("dev", "dev", null, null)]
    [TestCase("prod_eu.2", "prod_eu.2", null, null)]
    [TestCase("acme/dev", "dev", "acme", null)]
    [TestCase("acme/proj/dev", "dev", "acme", "proj")]
    public void ParseValidGivesItsParts(string text, string name, string? organization, string? project)
    {
        var parsed = StackName.Parse(text, "proj", out var problem);
        Assert.Multiple(() =>
        {
            Assert.That(problem, Is.Null);
            Assert.That(parsed, Is.EqualTo(new StackName(name, organization, project)));
            Assert.That(parsed!.ConfigFileName, Is.EqualTo($"Pulumi.{name}.yaml"));
        });
    }

    [TestCase("", "--stack '': a stack name cannot be empty (for example --stack dev)")]
    [TestCase("bad stack/../x", "--stack 'bad stack/../x': the organization 'bad stack' may only contain alphanumerics, hyphens, underscores and periods (Pulumi's rule)")]
    [TestCase("ok/a b/x", "--stack 'ok/a b/x': the project 'a b' may only contain alphanumerics, hyphens, underscores and periods (Pulumi's rule)")]
    [TestCase("dev/", "--stack 'dev/': the stack name is empty (a stack is 'stack', 'organization/stack' or 'organization/project/stack')")]
    [TestCase("a/b/c/d", "--stack 'a/b/c/d': a stack is 'stack', 'organization/stack' or 'organization/project/stack'")]
    [TestCase("dév", "--stack 'dév': the stack name 'dév' may only contain alphanumerics, hyphens, underscores and periods (Pulumi's rule)")]
    [TestCase("acme/other/dev", "--stack 'acme/other/dev': the stack belongs to project 'other', but the program is project 'proj' (give --stack acme/proj/dev, or just --stack dev)")]
    public void ParseInvalidSaysWhatAndHow(string text, string message)
    {
        Assert.Multiple(() =>
        {
            Assert.That(StackName.Parse(text, "proj", out var problem), Is.Null);
            Assert.That(problem, Is.EqualTo(message));
        });
    }

    [Test]
    public void ParseLongerThanPulumiAllowsIsRefused()
    {
        var text = new string('a', 101);
        Assert.Multiple(() =>
        {
            Assert.That(StackName.Parse(new string('a', 100), "proj", out _), Is.Not.Null);
            Assert.That(StackName.Parse(text, "proj", out var problem), Is.Null);
            Assert.That(problem, Is.EqualTo($"--stack '{text}': the stack name is 101 characters long; Pulumi allows at most 100"));
        });
    }

    [TestCase("tidbHost", false, "tidbHost")]
    [TestCase("proj:tidbHost", false, "tidbHost")]
    [TestCase("proj:tidbHost", true, "tidbHost")]
    [TestCase("aws:region", true, "aws:region")]
    [TestCase("aws:config:region", true, "aws:region")]
    public void ConfigKeyValidIsNormalized(string key, bool inStackFile, string normalized)
    {
        Assert.That(ConfigKey.Normalize(key, "proj", inStackFile, out var problem), Is.EqualTo(normalized), problem);
    }

    [TestCase("a:b:c", false, "could not parse 'a:b:c' as a configuration key (configuration keys should be of the form `<namespace>:<name>`)")]
    [TestCase(":x", false, "could not parse ':x' as a configuration key (configuration keys should be of the form `<namespace>:<name>`)")]
    [TestCase("tidbHost", true, "'tidbHost' is not a configuration key of a stack file: write it as 'proj:tidbHost' (configuration keys should be of the form `<namespace>:<name>`)")]
    public void ConfigKeyInvalidSaysPulumisRule(string key, bool inStackFile, string message)
    {
        Assert.Multiple(() =>
        {
            Assert.That(ConfigKey.Normalize(key, "proj", inStackFile, out var problem), Is.Null);
            Assert.That(problem, Is.EqualTo(message));
        });
    }
}
