using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Component;

/// <summary>The one entry point from raw inputs to validated args: read (types, defaults), then check every rule.</summary>
internal static class InputCheck
{
    /// <param name="inputs">The component's top-level inputs, as decoded from the wire or a YAML program.</param>
    /// <returns>
    /// The args when there is no error; always every error and warning, in contract order
    /// (<see cref="ContractInputs.All"/>; several on one path keep the order they were found in).
    /// </returns>
    public static InputCheckResult Run(ImmutableSortedDictionary<string, PropertyValue> inputs)
    {
        var read = InputReader.Read(inputs);
        var (ruleErrors, warnings) = InputValidator.Validate(read);
        ImmutableArray<InputError> errors = [.. read.Errors.Concat(ruleErrors).OrderBy(e => InputPath.Order(e.Path))];
        return new InputCheckResult(
            errors.IsEmpty ? read.Args : null,
            errors,
            [.. warnings.OrderBy(w => InputPath.Order(w.Path))]);
    }

    /// <summary>
    /// Wraps every input the contract declares secret (the cluster password) in a secret, wherever it
    /// came from. The TypeScript, Python and Go SDKs send a nested secret field as a plain value
    /// unless the user wraps it (their generators mark only top-level inputs), so the component
    /// cannot rely on the program: it marks the value itself before the inputs are recorded anywhere.
    /// </summary>
    public static ImmutableSortedDictionary<string, PropertyValue> MarkSecrets(ImmutableSortedDictionary<string, PropertyValue> inputs)
    {
        foreach (var spec in ContractInputs.All.Where(s => s.Secret))
        {
            if (spec.ParentPath is null)
            {
                if (inputs.TryGetValue(spec.Name, out var top))
                {
                    inputs = inputs.SetItem(spec.Name, top.WithSecret());
                }
            }
            else if (inputs.TryGetValue(spec.ParentPath, out var parent) && parent.TryGetObject(out var entries)
                && entries.TryGetValue(spec.Name, out var nested))
            {
                inputs = inputs.SetItem(spec.ParentPath, PropertyValue.Object(entries.SetItem(spec.Name, nested.WithSecret()))
                    .WithSecret(parent.IsSecret).WithDependencies(parent.Dependencies));
            }
        }

        return inputs;
    }
}
