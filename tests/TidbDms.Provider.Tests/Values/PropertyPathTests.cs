using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Tests.Values;

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
    public void FindsTheValueAtAPath(string path, string expected)
    {
        Assert.That(PropertyPath.Get(Inputs, path)?.ToString(), Is.EqualTo(expected));
    }

    [TestCase("connectivity")]
    [TestCase("cluster.host")]
    [TestCase("connectivity.mode")]
    [TestCase("task.schemas[2]")]
    [TestCase("tier.x")]
    [TestCase("task.schemas[x]")]
    [TestCase("cluster..port")]
    [TestCase("")]
    public void APathThatLeadsNowhereHasNoValue(string path)
    {
        Assert.That(PropertyPath.Get(Inputs, path), Is.Null);
    }

    [TestCase("cluster.port", new object[] { "cluster", "port" })]
    [TestCase("task.schemas[1]", new object[] { "task", "schemas", 1 })]
    [TestCase("tags[\"team.name\"]", new object[] { "tags", "team.name" })]
    [TestCase("tags[\"say \\\"hi\\\"\"].x", new object[] { "tags", "say \"hi\"", "x" })]
    [TestCase("aws:region", new object[] { "aws:region" })]
    [TestCase("a[0][2].b", new object[] { "a", 0, 2, "b" })]
    public void SplitsAPathIntoNamesKeysAndIndexes(string path, object[] expected)
    {
        Assert.That(PropertyPath.TryParse(path, out var segments, out var problem), Is.True, problem);
        Assert.That(segments, Is.EqualTo(expected));
    }

    [TestCase("cluster..port", "has an empty property name")]
    [TestCase("cluster.", "has an empty property name")]
    [TestCase("task.schemas[1", "has a '[' without its ']'")]
    [TestCase("tags[\"a\"", "has a '[' without its ']'")]
    [TestCase("task.schemas[", "has a '[' without its ']'")]
    [TestCase("tags[\"team", "has a '[' without its ']'")]
    [TestCase("tags[\"team\\", "has a '[' without its ']'")]
    [TestCase("task.schemas[x]", "has '[x]', which is neither an index nor a quoted property name")]
    [TestCase("task.schemas[1]x", "has 'x' right after a ']': a '.' or '[' must come first")]
    public void SaysWhatIsWrongWithAMalformedPath(string path, string expected)
    {
        Assert.That(PropertyPath.TryParse(path, out _, out var problem), Is.False);
        Assert.That(problem, Is.EqualTo(expected));
    }

    [TestCase("cluster.port", "cluster")]
    [TestCase("tags[\"a.b\"]", "tags")]
    [TestCase("task.schemas[1]", "task")]
    [TestCase("tier", "tier")]
    [TestCase("", "")]
    public void RootIsTheFirstName(string path, string expected) =>
        Assert.That(PropertyPath.Root(path), Is.EqualTo(expected));

    [TestCase("task.schemas[1]", "task.schemas")]
    [TestCase("a[1].b", "a.b")]
    [TestCase("tags[\"x.y\"]", "tags")]
    [TestCase("tags[\"a]b\"].c", "tags.c")]
    [TestCase("tags[\"q\\\"]\"].c", "tags.c")]
    [TestCase("cluster.port", "cluster.port")]
    [TestCase("say\"hi.x", "say\"hi.x")]
    public void WithoutBracketsDropsIndexesAndQuotedKeysWhateverTheyHold(string path, string expected) =>
        Assert.That(PropertyPath.WithoutBrackets(path), Is.EqualTo(expected));
}
