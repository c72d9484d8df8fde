using TidbDms.Provider.Component;
using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Component;

/// <summary>
/// How input paths and values are written in messages: a map key that needs quoting, where an error
/// on a path outside the contract sorts, the characters AWS accepts in tags (beyond ASCII), an
/// unknown value, a warning as the engine log gets it, and warnings in contract order.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class InputTextTests
{
    private static readonly string[] WarningPaths = ["network.vpcId", "replication.autoMinorVersionUpgrade"];

    [TestCase("team", "tags.team")]
    [TestCase("cost center", "tags[\"cost center\"]")]
    [TestCase("a\\b", "tags[\"a\\\\b\"]")]
    [TestCase("say \"hi\"", "tags[\"say \\\"hi\\\"\"]")]
    public void AMapKeyIsDottedWhenItCanBeAndElseQuotedWithEscapes(string key, string path)
    {
        Assert.That(InputPath.Key("tags", key), Is.EqualTo(path));
    }

    [Test]
    public void APathOutsideTheContractSortsFirst()
    {
        Assert.Multiple(() =>
        {
            Assert.That(InputPath.Order("nonsense"), Is.EqualTo(-1));
            Assert.That(InputPath.Order("tier"), Is.EqualTo(ContractInputs.All.Select(s => s.Path).ToList().IndexOf("tier")));
            Assert.That(InputPath.Order("cluster.hots"), Is.EqualTo(InputPath.Order("cluster")));
        });
    }

    // a letter outside the BMP (a surrogate pair), a letter number, combining marks (non-spacing, spacing)
    [TestCase("team\U0001D400")]
    [TestCase("phase \u216B")]
    [TestCase("cafe\u0301")]
    [TestCase("\u0915\u0903")]
    public void LettersMarksAndLetterNumbersOfAnyScriptAreAccepted(string text)
    {
        Assert.That(AwsNamingRules.RefusedCharacter(text), Is.Null);
    }

    [TestCase("ok\U0001F600", "'\U0001F600' (U+1F600)")]
    [TestCase("a#b", "'#' (U+0023)")]
    public void TheFirstRefusedCharacterIsNamedWithItsCodePoint(string text, string refused)
    {
        Assert.That(AwsNamingRules.RefusedCharacter(text), Is.EqualTo(refused));
    }

    [Test]
    public void AnUnknownValueIsWrittenAsUnknownAndASecretOneAsSecret()
    {
        Assert.Multiple(() =>
        {
            Assert.That(Input<string>.Unknown().ToString(), Is.EqualTo("[unknown]"));
            Assert.That(Input<string>.Unknown(isSecret: true).ToString(), Is.EqualTo("[secret]"));
            Assert.That(Input<string>.Known("3.5.3").ToString(), Is.EqualTo("3.5.3"));
        });
    }

    [Test]
    public void AWarningIsLoggedAsItsPathAndMessage()
    {
        Assert.That(new InputWarning("cluster.sslMode", "is 'none'").ToString(), Is.EqualTo("cluster.sslMode: is 'none'"));
    }

    [Test]
    public void WarningsComeInContractOrderNotInTheOrderTheRulesRan()
    {
        // the existing VPC's rules run last, but network.vpcId comes before replication.* in the contract
        var result = InputCheck.Run(Inputs.ValidDedicated()
            .With("network.vpcId", "vpc-0a1b2c3d4e5f60718")
            .With("network.subnetIds", Inputs.Strings("subnet-0aaaaaaaaaaaaaaa1", "subnet-0bbbbbbbbbbbbbbb2"))
            .With("replication.engineVersion", "3.5.3")
            .With("replication.autoMinorVersionUpgrade", true)
            .Build());

        Assert.That(result.Errors, Is.Empty);
        Assert.That(result.Warnings.Select(w => w.Path), Is.EqualTo(WarningPaths));
    }

    [Test]
    public void APinnedVersionFromAnotherResourceIsWarnedAboutAsUnknown()
    {
        var result = InputCheck.Run(Inputs.Valid()
            .With("replication.engineVersion", PropertyValue.Computed)
            .With("replication.autoMinorVersionUpgrade", true)
            .Build());

        Assert.That(result.Warnings.Single().Message, Does.StartWith("is true while replication.engineVersion pins the instance to '[unknown]': "));
    }
}
