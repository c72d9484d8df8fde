using System.Collections.Immutable;
using TidbDms.Provider.Component;
using TidbDms.Provider.Planning;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Registration.Construct;

/// <summary>
/// The component's outputs from the plan and the children's results: secret when derived from a
/// secret or asked for in <c>additionalSecretOutputs</c>, with the URNs each came from. An output
/// that does not apply is absent. After an update no unknown may remain (the engine would drop it
/// silently), so an output still unknown is left out and named in <see cref="DroppedUnknowns"/>.
/// </summary>
internal sealed record ComponentOutputs(
    ImmutableSortedDictionary<string, PropertyValue> State,
    ImmutableSortedDictionary<string, ImmutableArray<string>> StateDependencies,
    ImmutableArray<string> DroppedUnknowns)
{
    public static ComponentOutputs Build(
        ImmutableSortedDictionary<string, PlanValue> planned,
        IReadOnlyDictionary<string, RegisterResourceResult> registered,
        ImmutableArray<string> additionalSecretOutputs,
        bool dryRun)
    {
        var evaluator = new PlanValueEvaluator(registered, dryRun);
        var secretNames = additionalSecretOutputs
            .Concat(ContractOutputs.All.Where(o => o.Secret).Select(o => o.Name))
            .ToHashSet(StringComparer.Ordinal);
        var state = ImmutableSortedDictionary.CreateBuilder<string, PropertyValue>(StringComparer.Ordinal);
        var dependencies = ImmutableSortedDictionary.CreateBuilder<string, ImmutableArray<string>>(StringComparer.Ordinal);
        var dropped = ImmutableArray.CreateBuilder<string>();

        foreach (var (name, planValue) in planned)
        {
            var value = evaluator.Evaluate(planValue);
            if (value.IsNull)
            {
                continue;
            }

            if (!dryRun && value.ContainsUnknowns)
            {
                dropped.Add(name);
                continue;
            }

            if (value.ContainsSecrets || secretNames.Contains(name))
            {
                value = value.WithSecret();
            }

            dependencies[name] = [.. value.AllDependencies];
            state[name] = value.WithoutDependencies();
        }

        return new(state.ToImmutable(), dependencies.ToImmutable(), dropped.ToImmutable());
    }
}
