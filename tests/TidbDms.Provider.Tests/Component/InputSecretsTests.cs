using TidbDms.Provider.Component;
using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Component;

/// <summary>Secret-ness and dependencies reach every input, and the password never reaches a message.</summary>
[TestFixture]
internal sealed class InputSecretsTests
{
    private const string PasswordFragment = "hunter2";

    private static readonly PropertyValue PlainPassword = PropertyValue.String(TestValues.Password);

    private static IEnumerable<TestCaseData> FailingScenarios()
    {
        static TestCaseData Scenario(string name, Inputs inputs) => new TestCaseData(inputs).SetName($"{{m}}({name})");

        yield return Scenario("plain password in a list", Inputs.Valid().With("cluster.password", PropertyValue.Array(PlainPassword)));
        yield return Scenario("plain password in an object", Inputs.Valid().With("cluster.password", PropertyValue.Object(("value", PlainPassword))));
        yield return Scenario("secret password in a list", Inputs.Valid().With("cluster.password", PropertyValue.Array(PlainPassword).WithSecret()));
        yield return Scenario("password as a number", Inputs.Valid().With("cluster.password", PropertyValue.Number(12345)));
        yield return Scenario("plain password with other errors", Inputs.Valid()
            .With("cluster.password", PlainPassword)
            .With("cluster.port", 0)
            .With("cluster.username", "root")
            .With("cluster.sslMode", "none")
            .With("network.vpcCidr", "10.0.0.0/8")
            .With("tags.aws:x", "y"));
        yield return Scenario("password under a misspelt key", Inputs.Valid().Without("cluster.password").With("cluster.passwd", PlainPassword));
        yield return Scenario("password under a misspelt key that is not an identifier", Inputs.Valid().Without("cluster.password").With("cluster.pass word", PlainPassword));
        yield return Scenario("password at the top level", Inputs.Valid().Without("cluster.password").With("password", PlainPassword));
        yield return Scenario("password as the ssl mode", Inputs.Valid().With("cluster.sslMode", PropertyValue.String(TestValues.Password).WithSecret()));
        yield return Scenario("password in a secret cluster whose host is wrong", Inputs.Valid()
            .With("cluster", PropertyValue.Object(("host", PropertyValue.Number(1)), ("username", PropertyValue.String("a.b")), ("password", PlainPassword)).WithSecret()));
        yield return Scenario("password in a secret schema list", Inputs.Valid()
            .With("task.otherEndpointArn", TestValues.OtherEndpointArn)
            .With("task.schemas", PropertyValue.Array(PropertyValue.String("mysql"), PlainPassword, PlainPassword).WithSecret()));
        yield return Scenario("password in secret table mappings", Inputs.Valid()
            .With("task.otherEndpointArn", TestValues.OtherEndpointArn)
            .With("task.tableMappings", PropertyValue.String(TestValues.Password).WithSecret()));
        yield return Scenario("password in a secret tag map", Inputs.Valid()
            .With("tags", PropertyValue.Object(("aws:pw", PlainPassword)).WithSecret()));
        yield return Scenario("Dedicated without TLS, warned, and a bad port", Inputs.ValidDedicated()
            .With("cluster.password", PlainPassword)
            .With("cluster.sslMode", "none")
            .With("cluster.port", 70000));
    }

    [TestCaseSource(nameof(FailingScenarios))]
    public void ThePasswordNeverAppearsInAMessage(Inputs inputs)
    {
        var result = InputCheck.Run(inputs.Build());

        Assert.That(result.Errors, Is.Not.Empty, "each scenario must fail, or it proves nothing");
        var texts = result.Errors.SelectMany(e => new[] { e.ToString(), e.Reason, e.Value ?? "", e.Path })
            .Concat(result.Warnings.Select(w => w.ToString()))
            .Append(new InputErrorsException(result.Errors).Message)
            .Append(new InputErrorsException(result.Errors).ToString());
        Assert.That(texts, Has.None.Contains(PasswordFragment));
    }

    [TestCase(false)]
    [TestCase(true)]
    public void APasswordOfTheWrongTypeShowsAsSecret(bool arrivedSecret)
    {
        var password = PropertyValue.Array(PlainPassword).WithSecret(arrivedSecret);

        var result = InputCheck.Run(Inputs.Valid().With("cluster.password", password).Build());

        Assert.That(result.Errors, Is.EqualTo(new[]
        {
            new InputError("cluster.password", "[secret]", "must be a string, got a list", "Set cluster.password to a string"),
        }));
    }

    [Test]
    public void APasswordThatArrivedPlainIsSecret()
    {
        var result = InputCheck.Run(Inputs.Valid().With("cluster.password", PlainPassword).Build());

        Assert.That(result.Args!.Cluster.Password, Has.Property("IsSecret").True.And.Property("Value").EqualTo(TestValues.Password));
        Assert.That(result.Args.Cluster.Password!.ToString(), Is.EqualTo("[secret]"));
    }

    [Test]
    public void WhatTheReaderRecordsAsGivenRendersAPlainPasswordAsSecretAtEveryLevel()
    {
        // The rules quote given values from here (InputReaderResult.Render); a password that arrived
        // plain must already be secret in its own entry and inside the cluster object's.
        var read = InputReader.Read(Inputs.Valid().With("cluster.password", PlainPassword).With("cluster.port", 4000).Build());

        Assert.Multiple(() =>
        {
            Assert.That(read.Render("cluster.password"), Is.EqualTo("[secret]"));
            Assert.That(read.Given["cluster.password"].IsSecret, Is.True);
            Assert.That(read.Render("cluster"), Does.Not.Contain(PasswordFragment).And.Contain("password: [secret]").And.Contain("port: 4000"));
            Assert.That(read.Given["cluster"].IsSecret, Is.False, "only the password is marked, not the object");
            Assert.That(read.Render("cluster.port"), Is.EqualTo("4000"));
        });
    }

    [Test]
    public void WhatTheReaderRecordsAsGivenInASecretObjectIsSecret()
    {
        var cluster = PropertyValue.Object(
            ("host", PropertyValue.String(TestValues.StarterHost)),
            ("username", PropertyValue.String(TestValues.StarterUsername)),
            ("password", PlainPassword)).WithSecret();

        var read = InputReader.Read(Inputs.Valid().With("cluster", cluster).Build());

        Assert.Multiple(() =>
        {
            Assert.That(read.Render("cluster"), Is.EqualTo("[secret]"));
            Assert.That(read.Render("cluster.host"), Is.EqualTo("[secret]"));
            Assert.That(read.Render("cluster.username"), Is.EqualTo("[secret]"));
            Assert.That(read.Render("cluster.password"), Is.EqualTo("[secret]"));
        });
    }

    [Test]
    public void SecretsAnywhereKeepIsSecretOnTheirInput()
    {
        var inputs = Inputs.Valid()
            .With("cluster", PropertyValue.Object(
                ("host", PropertyValue.String(TestValues.StarterHost)),
                ("username", PropertyValue.String(TestValues.StarterUsername).WithSecret()),
                ("password", PlainPassword)))
            .With("network.vpcCidr", PropertyValue.String("10.1.0.0/16").WithSecret())
            .With("task.otherEndpointArn", TestValues.OtherEndpointArn)
            .With("task.schemas", PropertyValue.Array(PropertyValue.String("app"), PropertyValue.String("crm").WithSecret()))
            .With("tags.team", PropertyValue.String("data").WithSecret());

        var states = ArgsInputs.NonPlain(InputCheck.Run(inputs.Build()).Args!);

        Assert.That(
            states.Where(kv => kv.Value.IsSecret).Select(kv => kv.Key),
            Is.EqualTo(["cluster.password", "cluster.username", "network.vpcCidr", "tags", "task.schemas"]));
    }

    [Test]
    public void ASecretObjectMakesItsGivenFieldsSecret()
    {
        var cluster = PropertyValue.Object(
            ("host", PropertyValue.String(TestValues.StarterHost)),
            ("port", PropertyValue.Number(4000)),
            ("username", PropertyValue.String(TestValues.StarterUsername)),
            ("password", PlainPassword)).WithSecret();

        var states = ArgsInputs.NonPlain(InputCheck.Run(Inputs.Valid().With("cluster", cluster).Build()).Args!);

        Assert.That(states["cluster.host"], Is.EqualTo(InputState.Known(isSecret: true)));
        Assert.That(states["cluster.port"], Is.EqualTo(InputState.Known(isSecret: true)));
        Assert.That(states["cluster.sslMode"], Is.EqualTo(InputState.Known()), "a default is not the user's secret");
    }

    [Test]
    public void DependenciesAreTheUnionOfTheValueAndItsContainers()
    {
        var inputs = Inputs.Valid()
            .With("cluster", PropertyValue.Object(
                    ("host", PropertyValue.String(TestValues.StarterHost).WithDependencies(["urn:host"])),
                    ("username", PropertyValue.String(TestValues.StarterUsername)),
                    ("password", PlainPassword.WithDependencies(["urn:secret"])))
                .WithDependencies(["urn:cluster"]))
            .With("task", PropertyValue.Object(
                    ("otherEndpointArn", PropertyValue.String(TestValues.OtherEndpointArn).WithDependencies(["urn:endpoint"])),
                    ("schemas", PropertyValue.Array(PropertyValue.String("app").WithDependencies(["urn:db"]))))
                .WithDependencies(["urn:task"]))
            .With("tags", PropertyValue.Object(("team", PropertyValue.String("data").WithDependencies(["urn:team"]))));

        var states = ArgsInputs.NonPlain(InputCheck.Run(inputs.Build()).Args!);

        Assert.Multiple(() =>
        {
            Assert.That(states["cluster.host"], Is.EqualTo(InputState.Known(false, "urn:cluster", "urn:host")));
            Assert.That(states["cluster.username"], Is.EqualTo(InputState.Known(false, "urn:cluster")));
            Assert.That(states["cluster.password"], Is.EqualTo(InputState.Known(true, "urn:cluster", "urn:secret")));
            Assert.That(states["cluster.port"], Is.EqualTo(InputState.Known()), "a default depends on nothing");
            Assert.That(states["task.otherEndpointArn"], Is.EqualTo(InputState.Known(false, "urn:endpoint", "urn:task")));
            Assert.That(states["task.schemas"], Is.EqualTo(InputState.Known(false, "urn:db", "urn:task")));
            Assert.That(states["tags"], Is.EqualTo(InputState.Known(false, "urn:team")));
        });
    }

    [Test]
    public void MarkSecretsWrapsThePasswordOnlyAndKeepsTheClusterSOwnSecretnessAndDependencies()
    {
        const string Source = "urn:pulumi:dev::shop::random:index/randomPassword:RandomPassword::pw";
        var inputs = Inputs.Valid().Build()
            .SetItem("cluster", PropertyValue.Object(("password", PlainPassword), ("host", PropertyValue.String("h"))).WithDependencies([Source]));

        var marked = InputCheck.MarkSecrets(inputs);

        Assert.Multiple(() =>
        {
            Assert.That(marked["cluster"], Is.EqualTo(
                PropertyValue.Object(("password", PlainPassword.WithSecret()), ("host", PropertyValue.String("h"))).WithDependencies([Source])));
            Assert.That(marked.Remove("cluster"), Is.EqualTo(inputs.Remove("cluster")), "nothing else changes");
            Assert.That(InputCheck.MarkSecrets(marked), Is.EqualTo(marked), "marking twice changes nothing");
        });
    }

    [Test]
    public void MarkSecretsLeavesInputsWithoutAPasswordAsTheyAre()
    {
        var inputs = Inputs.Valid().Without("cluster.password").Build();
        var unknownCluster = Inputs.Valid().With("cluster", PropertyValue.Computed).Build();

        Assert.Multiple(() =>
        {
            Assert.That(InputCheck.MarkSecrets(inputs), Is.EqualTo(inputs));
            Assert.That(InputCheck.MarkSecrets(unknownCluster), Is.EqualTo(unknownCluster));
        });
    }
}
