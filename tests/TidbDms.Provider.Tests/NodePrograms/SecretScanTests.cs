using System.Collections.Immutable;
using TidbDms.Provider.Tests.Support;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.NodePrograms;

/// <summary>The leak check the secrecy tests rely on: it finds a secret's text wherever no secret wraps it.</summary>
[Category(TestCategories.Node)]
internal sealed class SecretScanTests
{
    private static readonly ImmutableSortedDictionary<string, PropertyValue> Inputs = new Dictionary<string, PropertyValue>
    {
        ["cluster"] = PropertyValue.Object(("password", PropertyValue.String("hunter2")), ("host", PropertyValue.String("h"))),
        ["wrapped"] = PropertyValue.Object(("password", PropertyValue.String("hunter2"))).WithSecret(),
        ["list"] = PropertyValue.Array(PropertyValue.String("x"), PropertyValue.String("pw=hunter2;")),
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    [Test]
    public void FindsEveryPlainOccurrenceAndNoneUnderASecret() =>
        Assert.That(SecretScan.PlainOccurrences(Inputs, "hunter2", "r"), Is.EqualTo(["r.cluster.password", "r.list[1]"]));

    [Test]
    public void RevealReadsThroughSecretsAndSaysSo() =>
        Assert.Multiple(() =>
        {
            Assert.That(SecretScan.Reveal(Inputs, "wrapped", "password"), Is.EqualTo(((PropertyValue?)PropertyValue.String("hunter2"), true)));
            Assert.That(SecretScan.Reveal(Inputs, "cluster", "password"), Is.EqualTo(((PropertyValue?)PropertyValue.String("hunter2"), false)));
            Assert.That(SecretScan.Reveal(Inputs, "cluster", "port"), Is.EqualTo(((PropertyValue?)null, false)));
        });
}
