using TidbDms.Provider.Tests.Cli;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Hardening;

/// <summary>
/// No output of <c>preview</c> (text, JSON, diagram, errors) shows a value the user may have meant as
/// a secret: a misspelt password key, a misspelt parent holding the password, a map in an error.
/// </summary>
internal sealed class SecretDisclosureTests
{
    private const string Secret = "hunter2-Sup3r-secret";

    private static async Task<PreviewInvocation.Outcome> PreviewAsync(string yaml, params string[] flags)
    {
        using var program = new TempProgram(yaml);
        return await PreviewInvocation.RunCliAsync(["preview", program.Directory, .. flags]);
    }

    private static IEnumerable<TestCaseData> Leaks()
    {
        yield return new TestCaseData(
            HardeningPrograms.RootWith("        password: ${tidbPassword}", $"        pasword: {Secret}"),
            "cluster.pasword: is not a property of cluster. Did you mean 'password'?").SetName("MisspeltPasswordKey");
        yield return new TestCaseData(
            HardeningPrograms.RootWith("        password: ${tidbPassword}", $"        password: ${{tidbPassword}}\n        Password: {Secret}"),
            "cluster.Password: is not a property of cluster. Did you mean 'password'?").SetName("CapitalisedPasswordKey");
        yield return new TestCaseData(
            HardeningPrograms.RootWith("      cluster:\n        host: ${tidbHost}\n        username: ${tidbUser}\n        password: ${tidbPassword}",
                $"      clustr:\n        host: ${{tidbHost}}\n        username: ${{tidbUser}}\n        password: {Secret}"),
            "clustr: is not an input of TidbDmsMigration. Did you mean 'cluster'?").SetName("MisspeltParent");
        yield return new TestCaseData(
            HardeningPrograms.RootWith("      cluster:\n        host: ${tidbHost}\n        username: ${tidbUser}\n        password: ${tidbPassword}",
                $"      cluster: [a, {{password: {Secret}}}]"),
            "cluster ('[a, {password: …}]'): must be an object, got a list. Set cluster to an object with host, port, username, password, databaseName, sslMode, caCertificatePem, secretsManagerSecretArn, secretsManagerKmsKeyArn and endpointSettings").SetName("ListWithAMapInAnError");
        yield return new TestCaseData(
            HardeningPrograms.RootWith("        stack: ${pulumi.stack}", $"        stack: ${{pulumi.stack}}\n        nested: {{password: {Secret}}}"),
            "tags.nested ('{password: …}'): must be a string, got an object. Write tags.nested as a string").SetName("MapInATag");
        yield return new TestCaseData(
            HardeningPrograms.RootWith("        password: ${tidbPassword}", $"        password: \"{Secret}${{\""),
            "the '${' at character 21 has no closing '}'").SetName("UnterminatedInterpolationInThePassword");
        yield return new TestCaseData(
            HardeningPrograms.RootWith("        password: ${tidbPassword}", $"        password: !!int {Secret}"),
            "migration: the value is not a valid !!int").SetName("MistaggedPassword");
    }

    [TestCaseSource(nameof(Leaks))]
    public async Task PreviewValueMeantAsSecretIsShownInNoFormat(string yaml, string expected)
    {
        foreach (var flags in new[] { Array.Empty<string>(), ["--json"], ["--mermaid"] })
        {
            var outcome = await PreviewAsync(yaml, flags);
            Assert.Multiple(() =>
            {
                Assert.That(outcome.ExitCode, Is.EqualTo(1), outcome.All);
                Assert.That(outcome.All, Does.Contain(expected), string.Join(" ", flags));
                Assert.That(outcome.All, Does.Not.Contain("hunter2"), string.Join(" ", flags));
            });
        }
    }

    [TestCase("password", true)]
    [TestCase("Password", true)]
    [TestCase("pasword", true)]
    [TestCase("passwrd", true)]
    [TestCase("db_pwd", true)]
    [TestCase("apiToken", true)]
    [TestCase("clientSecret", true)]
    [TestCase("caCertificatePem", true)]
    // Typos at exactly the edit-distance limit of 2 (two letters off; two letters short): the limit is inclusive.
    [TestCase("pasward", true)]
    [TestCase("secert", true)]
    [TestCase("scrt", true)]
    [TestCase("host", false)]
    [TestCase("port", false)]
    [TestCase("username", false)]
    [TestCase("tags", false)]
    [TestCase("kmsKeyArn", false)]
    public void IsSecretLikeNameNamesPeopleGiveSecrets(string name, bool secret) =>
        Assert.That(ShownValue.IsSecretLikeName(name), Is.EqualTo(secret));

    [Test]
    public void ShownValueMapUnderAnyKeyShowsKeysOnly()
    {
        var map = PropertyValue.Object(("host", PropertyValue.String("h")), ("pw2", PropertyValue.String(Secret)));
        Assert.Multiple(() =>
        {
            Assert.That(ShownValue.Of("clustr", map)!.ToString(), Is.EqualTo("{host: …, pw2: …}"));
            Assert.That(ShownValue.Of("cluster.pasword", PropertyValue.String(Secret))!.ToString(), Is.EqualTo("[secret]"));
            Assert.That(ShownValue.Of("task.schemas[1]", PropertyValue.String("app"))!.ToString(), Is.EqualTo("app"));
            Assert.That(ShownValue.Of("cluster.password2", PropertyValue.String(Secret))!.ToString(), Is.EqualTo("[secret]"), "a key with digits is still a name");
            Assert.That(
                ShownValue.Of("zones", PropertyValue.Array(PropertyValue.String("a"), map.WithSecret()))!.ToString(),
                Is.EqualTo("[a, [secret]]"),
                "a secret map in a list stays one marker");
        });
    }

    /// <summary>
    /// A misspelt secret name inside a quoted key, or in a path that does not parse, is still found: the
    /// path is split on every separator, not parsed (as one name, <c>team.pasword</c> is no typo of <c>password</c>).
    /// </summary>
    [TestCase("tags[\"team.pasword\"]")]
    [TestCase("cluster..pasword")]
    [TestCase("cluster.pasword[")]
    public void ShownValueFindsATypoedSecretNameInAQuotedKeyOrAMalformedPath(string path) =>
        Assert.That(ShownValue.Of(path, PropertyValue.String(Secret))!.ToString(), Is.EqualTo("[secret]"));
}
