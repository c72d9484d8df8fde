using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>The pure function from validated args and outside facts to the children to register.</summary>
internal static class Planner
{
    public static MigrationPlan Plan(string componentName, TidbDmsMigrationArgs args, PlanContext context) =>
        throw new NotImplementedException("planner");
}
