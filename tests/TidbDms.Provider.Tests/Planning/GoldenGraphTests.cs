using TidbDms.Provider.Planning;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>
/// The exact edge list of every graph shape against Golden/graphs/&lt;topology&gt;.txt, so that a change
/// to what waits for what (and so to how long <c>pulumi up</c> and <c>pulumi destroy</c> take, and
/// to whether AWS accepts their order) is a deliberate, reviewed change. Regenerate with <c>ACCEPT=1</c>.
/// </summary>
internal sealed class GoldenGraphTests
{
    public static IEnumerable<TestCaseData> Topologies() =>
        GraphTopologies.All().Select(t => new TestCaseData(t).SetArgDisplayNames(t.Name));

    [TestCaseSource(nameof(Topologies))]
    public void GraphEveryTopologyMatchesItsGoldenFile(GraphTopology topology) =>
        GoldenFile.Check("graphs", $"{topology.Name}.txt", PlanGraph.Render(Plan(topology.Args), topology.Description));

    [TestCaseSource(nameof(Topologies))]
    public void GraphTierEndpointTypeAndTaskStartDoNotChangeTheEdges(GraphTopology topology)
    {
        // The endpoint type moves the TiDB endpoint's reference between sourceEndpointArn and
        // targetEndpointArn: the edge stays, so compare edges without the inputs they sit in.
        var expected = Shape(topology.Args);
        foreach (var variant in GraphTopologies.Variants(topology))
        {
            Assert.That(
                Shape(variant),
                Is.EqualTo(expected),
                $"{variant.Tier}, endpointType {variant.EndpointType}, task start {variant.Task?.StartReplicationTask.Value}");
        }
    }

    [Test]
    public void TopologiesCoverEveryGraphShapeOnce()
    {
        var topologies = GraphTopologies.All().ToList();
        Assert.Multiple(() =>
        {
            // 5 networks × 4 computes × 2 role choices, less Serverless from public subnets (2 × 2), and the second release's shapes.
            Assert.That(topologies, Has.Count.EqualTo(36 + GraphTopologies.SecondRelease().Count()));
            Assert.That(topologies.Select(t => t.Name), Is.Unique);
            Assert.That(topologies.Select(t => string.Join("\n", Shape(t.Args))), Is.Unique, "two topologies plan the same graph");
        });
    }

    private static string[] Shape(Provider.Component.TidbDmsMigrationArgs args) =>
        [.. PlanGraph.Edges(Plan(args)).Select(e => $"{e.Child} -> {e.Prerequisite} ref={e.IsReference} order={e.IsOrdering}")];

    private static MigrationPlan Plan(Provider.Component.TidbDmsMigrationArgs args) => Planner.Plan(PlanText.Component, args, PlanText.Context());
}
