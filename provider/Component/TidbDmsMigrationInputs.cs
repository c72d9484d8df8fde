using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Component;

/// <summary>The one entry point from raw inputs to validated args: read (types, defaults), then check every rule.</summary>
internal static class TidbDmsMigrationInputs
{
    /// <param name="inputs">The component's top-level inputs, as decoded from the wire or a YAML program.</param>
    /// <returns>
    /// The args when there is no error; always every error and warning, in contract order
    /// (<see cref="ContractInputs.All"/>; several on one path keep the order they were found in).
    /// </returns>
    public static InputReadResult Read(ImmutableSortedDictionary<string, PropertyValue> inputs)
    {
        var read = ArgsReader.Read(inputs);
        var (ruleErrors, warnings) = ArgsValidator.Validate(read);
        ImmutableArray<InputError> errors = [.. read.Errors.Concat(ruleErrors).OrderBy(e => InputPath.Order(e.Path))];
        return new InputReadResult(
            errors.IsEmpty ? read.Args : null,
            errors,
            [.. warnings.OrderBy(w => InputPath.Order(w.Path))]);
    }
}
