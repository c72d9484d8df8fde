using TidbDms.Provider.Component;
using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Component;

/// <summary>
/// The lengths and characters AWS and DNS accept, at their limits: a host name of 253 characters, a
/// tag key of 128 and a tag value of 256, a component name that leaves room for its children's
/// suffixes; and a tag key with a character AWS refuses.
/// </summary>
[Parallelizable(ParallelScope.All)]
internal sealed class AwsTextRuleTests
{
    private const string HostFix = "Copy the host from the cluster's Connect dialog in the TiDB Cloud console (for example gateway01.us-west-2.prod.aws.tidbcloud.com), without a scheme, port or path";

    /// <summary>A Dedicated host (any host name is one there) of exactly <paramref name="length"/> characters, in labels of at most 63.</summary>
    private static string HostOfLength(int length)
    {
        var labels = new List<string>();
        for (var left = length; left > 0; left -= 64)
        {
            labels.Add(new string('a', Math.Min(63, left)));
        }

        var host = string.Join('.', labels);
        Assert.That(host, Has.Length.EqualTo(length));
        return host;
    }

    [TestCase(253)]
    [TestCase(200)]
    public void AHostNameOfAtMost253CharactersIsAccepted(int length)
    {
        AssertErrors(Inputs.ValidDedicated().With("cluster.host", HostOfLength(length)));
        AssertErrors(Inputs.ValidDedicated().With("cluster.host", HostOfLength(length) + "."));
    }

    [Test]
    public void AHostNameOf254CharactersIsRefusedWithItsLength()
    {
        var host = HostOfLength(254);

        AssertErrors(
            Inputs.ValidDedicated().With("cluster.host", host),
            new InputError("cluster.host", host, "is 254 characters long; a host name has at most 253", HostFix));
    }

    [TestCase("a..b.example.com")]
    [TestCase(".example.com")]
    public void AHostNameWithAnEmptyLabelIsRefused(string host)
    {
        AssertErrors(
            Inputs.ValidDedicated().With("cluster.host", host),
            new InputError("cluster.host", host, "has an empty label (two dots in a row, or a leading dot)", HostFix));
    }

    [Test]
    public void ATagKeyOf128CharactersIsAcceptedAndOf129Refused()
    {
        var longest = new string('k', 128);
        AssertErrors(Inputs.Valid().With("tags", PropertyValue.Object((longest, PropertyValue.String("v")))));

        var tooLong = new string('k', 129);
        AssertErrors(
            Inputs.Valid().With("tags", PropertyValue.Object((tooLong, PropertyValue.String("v")))),
            new InputError($"tags.{tooLong}", "v", "has a key of 129 characters; AWS allows at most 128", "Shorten the tag's key"));
    }

    [Test]
    public void ATagKeyWithACharacterAwsRefusesIsRefusedWithTheCharacter()
    {
        AssertErrors(
            Inputs.Valid().With("tags", PropertyValue.Object(("team#1", PropertyValue.String("data")))),
            new InputError(
                "tags[\"team#1\"]",
                "data",
                "has '#' (U+0023) in its key; AWS tag keys take letters, digits, spaces and _ . : / = + - @",
                "Rename the tag with those characters only"));
    }

    [Test]
    public void ATagValueOf256CharactersIsAcceptedAndOf257Refused()
    {
        AssertErrors(Inputs.Valid().With("tags", PropertyValue.Object(("team", PropertyValue.String(new string('v', 256))))));

        var tooLong = new string('v', 257);
        AssertErrors(
            Inputs.Valid().With("tags", PropertyValue.Object(("team", PropertyValue.String(tooLong)))),
            new InputError("tags.team", tooLong, "is 257 characters long; AWS allows at most 256 in a tag value", "Shorten the tag's value"));
    }

    [Test]
    public void ASecretTagMapIsShownAsTheSecretPlaceholderInEveryRefusal()
    {
        var longKey = new string('k', 129);
        var tags = PropertyValue.Object(
            (longKey, PropertyValue.String("v")),
            ("team", PropertyValue.String(new string('v', 257))),
            ("team#1", PropertyValue.String("data"))).WithSecret();

        AssertErrors(
            Inputs.Valid().With("tags", tags),
            new InputError($"tags.{longKey}", "[secret]", "has a key of 129 characters; AWS allows at most 128", "Shorten the tag's key"),
            new InputError("tags.team", "[secret]", "is 257 characters long; AWS allows at most 256 in a tag value", "Shorten the tag's value"),
            new InputError("tags[\"team#1\"]", "[secret]", "has '#' (U+0023) in its key; AWS tag keys take letters, digits, spaces and _ . : / = + - @", "Rename the tag with those characters only"));
    }

    [Test]
    public void AComponentNameLeavesRoomForTheLongestChildSuffix()
    {
        Assert.That(AwsNamingRules.CheckComponentName(new string('m', 216)), Is.Empty);
        Assert.That(
            AwsNamingRules.CheckComponentName(new string('m', 217)),
            Is.EqualTo(new[]
            {
                new InputError("name", null, "is 217 characters long: with a child's suffix it exceeds the 256 characters AWS allows in a tag value", "Use a name of at most 216 characters"),
            }));
    }

    private static void AssertErrors(Inputs inputs, params InputError[] expected)
    {
        var result = InputCheck.Run(inputs.Build());

        Assert.That(result.Errors, Is.EqualTo(expected));
    }
}
