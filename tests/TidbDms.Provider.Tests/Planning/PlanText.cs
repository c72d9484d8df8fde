using TidbDms.Provider.Planning;
using TidbDms.Provider.Tests.Support;
using TidbDms.Testing;

namespace TidbDms.Provider.Tests.Planning;

/// <summary>Plans as short text (PlanJson notation) so assertions compare exact, readable values.</summary>
internal static class PlanText
{
    public const string Component = "mig";

    public static PlanContext Context(string stack = "dev") => OfflinePlanContext.For(TestValues.Region, "shop", stack);

    public static MigrationPlan Plan(Provider.Component.TidbDmsMigrationArgs args, string name = Component, PlanContext? context = null) =>
        Planner.Plan(name, args, context ?? Context());

    /// <summary>"&lt;type&gt; &lt;name&gt;" per child, in plan order.</summary>
    public static string[] Children(MigrationPlan plan) => [.. plan.Resources.Select(r => $"{r.Type} {r.Name}")];

    /// <summary>The input rendered compactly, or null when the child does not set it.</summary>
    public static string? Input(MigrationPlan plan, string child, string input) =>
        plan[child].Inputs.TryGetValue(input, out var value) ? PlanJson.RenderValue(value) : null;

    public static string? Output(MigrationPlan plan, string output) =>
        plan.Outputs.TryGetValue(output, out var value) ? PlanJson.RenderValue(value) : null;

    public static bool HasChild(MigrationPlan plan, string child) => plan.Resources.Any(r => r.Name == child);
}
