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
            inputs = MarkSecret(inputs, spec.Path.Split('.'));
        }

        return inputs;
    }

    /// <summary>The properties with the value at <paramref name="path"/> (through objects) marked secret; as they were when it is absent.</summary>
    private static ImmutableSortedDictionary<string, PropertyValue> MarkSecret(ImmutableSortedDictionary<string, PropertyValue> properties, ReadOnlySpan<string> path)
    {
        if (!properties.TryGetValue(path[0], out var value))
        {
            return properties;
        }

        if (path.Length == 1)
        {
            return properties.SetItem(path[0], value.WithSecret());
        }

        // An object keeps its own secret flag and dependencies; anything else (an unknown, a wrong type) has no field to mark.
        return value.TryGetObject(out var entries)
            ? properties.SetItem(path[0], PropertyValue.Object(MarkSecret(entries, path[1..])).WithSecret(value.IsSecret).WithDependencies(value.Dependencies))
            : properties;
    }
}
