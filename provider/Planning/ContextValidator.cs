using System.Collections.Immutable;
using TidbDms.Provider.Component;

namespace TidbDms.Provider.Planning;

/// <summary>
/// The rules that need outside facts (region, zones, existing DMS roles): run after the args are
/// valid and before planning.
/// </summary>
internal static class ContextValidator
{
    public static (ImmutableArray<InputError> Errors, ImmutableArray<InputWarning> Warnings) Validate(
        TidbDmsMigrationArgs args, PlanContext context) =>
        throw new NotImplementedException("context rules");
}
