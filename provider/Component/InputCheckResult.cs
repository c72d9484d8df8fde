using System.Collections.Immutable;

namespace TidbDms.Provider.Component;

/// <summary>
/// The outcome of reading and validating the component's inputs: the args when there is no error,
/// and every error and warning found (all of them, not only the first).
/// </summary>
internal sealed record InputCheckResult(
    TidbDmsMigrationArgs? Args,
    ImmutableArray<InputError> Errors,
    ImmutableArray<InputWarning> Warnings);
