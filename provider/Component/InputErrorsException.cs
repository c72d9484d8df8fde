using System.Collections.Immutable;

namespace TidbDms.Provider.Component;

/// <summary>
/// Invalid component inputs, all of them. The RPC layer turns it into per-property errors and the
/// CLI prints it; its message is safe to show (values in <see cref="InputError"/> are already redacted).
/// </summary>
internal sealed class InputErrorsException : Exception
{
    public InputErrorsException(ImmutableArray<InputError> errors)
        : base(Summarize(errors))
    {
        Errors = errors;
    }

    public ImmutableArray<InputError> Errors { get; }

    private static string Summarize(ImmutableArray<InputError> errors) =>
        string.Join(
            "\n",
            errors.Select(e => $"  - {e}").Prepend(
                errors.Length == 1 ? "TidbDmsMigration has 1 invalid input:" : $"TidbDmsMigration has {errors.Length} invalid inputs:"));
}
