using System.Globalization;
using System.Text;

namespace TidbDms.Benchmarks;

/// <summary>
/// The benchmark's deployment-time section (<c>--deploy-time</c> prints it alone; fast, no AWS):
/// for every topology, the modeled wall time of <c>pulumi up</c> (from nothing) and
/// <c>pulumi destroy</c> (of everything): the longest chain of the child graph, forward for create
/// and backward for delete, weighted by <see cref="AwsOperationTimes"/>. Each beside the same model
/// on the graph before the edges were cut to what AWS needs (<see cref="ChildGraph.Before"/>), and
/// beside the lower bound: the same chains over only the edges AWS itself imposes
/// (<see cref="ChildGraph.AwsRequired"/>), which no ordering of this component's children can beat.
/// </summary>
internal static class DeploymentTimes
{
    public static string Report()
    {
        var text = new StringBuilder();
        text.Append(
            """
            ## Deployment time, modeled (typical AWS times; m:ss)

            `pulumi up` from nothing and `pulumi destroy` of everything, per topology: the longest chain
            of the child graph (forward to create, backward to delete) weighted by typical AWS
            create/delete times, with the engine's unbounded parallelism. "before": the same model on
            the graph in which the instance waited for the NAT gateways and routes. "bound": only the
            edges AWS imposes (data references, and the orders AWS refuses to break), the best any
            graph can do. The Construct itself (well under a second) is left out.


            """);
        text.Append("| topology | up: before | up: now | up: bound | destroy: before | destroy: now | destroy: bound |\n");
        text.Append("|---|---|---|---|---|---|---|\n");
        var chains = new List<(string Topology, Chain Up, Chain Destroy)>();
        foreach (var topology in DeploymentTopology.All())
        {
            var plan = topology.Plan();
            var up = Chain.Up(ChildGraph.Current(plan));
            var destroy = Chain.Destroy(ChildGraph.Current(plan));
            chains.Add((topology.Name, up, destroy));
            text.Append(CultureInfo.InvariantCulture,
                $"| {topology.Name} | {Time(Chain.Up(ChildGraph.Before(plan)))} | **{Time(up)}** | {Time(Chain.Up(ChildGraph.AwsRequired(plan)))} "
                + $"| {Time(Chain.Destroy(ChildGraph.Before(plan)))} | **{Time(destroy)}** | {Time(Chain.Destroy(ChildGraph.AwsRequired(plan)))} |\n");
        }

        text.Append("\nThe chains now (roles existing; create order for up, delete order for destroy):\n\n");
        foreach (var (topology, up, destroy) in chains.Where(c => !c.Topology.EndsWith("roles created", StringComparison.Ordinal)))
        {
            text.Append(CultureInfo.InvariantCulture, $"- {topology}: up {Path(up)}; destroy {Path(destroy)}\n");
        }

        return text.ToString();
    }

    private static string Time(Chain chain)
    {
        var seconds = (int)Math.Round(chain.Seconds);
        return string.Create(CultureInfo.InvariantCulture, $"{seconds / 60}:{seconds % 60:D2}");
    }

    private static string Path(Chain chain) => string.Join(" → ", chain.Children.Select(c => c.StartsWith("mig-", StringComparison.Ordinal) ? c[4..] : c));
}
