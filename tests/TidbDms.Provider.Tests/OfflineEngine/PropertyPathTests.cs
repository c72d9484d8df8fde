using System.Collections.Immutable;
using TidbDms.Provider.OfflineEngine;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.OfflineEngine;

/// <summary>Finding the value a property error is about, by the paths providers report.</summary>
internal sealed class PropertyPathTests
{
    private static readonly ImmutableSortedDictionary<string, PropertyValue> Inputs = new Dictionary<string, PropertyValue>
    {
        ["tier"] = PropertyValue.String("Basic"),
        ["cluster"] = PropertyValue.Object(("port", PropertyValue.Number(70000)), ("password", PropertyValue.String("pw").WithSecret())),
        ["task"] = PropertyValue.Object(("schemas", PropertyValue.Array(PropertyValue.String("a"), PropertyValue.String("mysql")))),
        ["tags"] = PropertyValue.Object(("team.name", PropertyValue.String("data"))),
    }.ToImmutableSortedDictionary(StringComparer.Ordinal);

    [TestCase("tier", "Basic")]
    [TestCase("cluster.port", "70000")]
    [TestCase("cluster.password", "[secret]")]
    [TestCase("task.schemas[1]", "mysql")]
    [TestCase("tags[\"team.name\"]", "data")]
    public void Finds_the_value_at_a_path(string path, string expected)
    {
        Assert.That(PropertyPath.Get(Inputs, path)?.ToString(), Is.EqualTo(expected));
    }

    [TestCase("connectivity")]
    [TestCase("cluster.host")]
    [TestCase("task.schemas[2]")]
    [TestCase("tier.x")]
    [TestCase("task.schemas[x]")]
    [TestCase("cluster..port")]
    [TestCase("")]
    public void A_path_that_leads_nowhere_has_no_value(string path)
    {
        Assert.That(PropertyPath.Get(Inputs, path), Is.Null);
    }
}
