using System.Collections.Immutable;
using TidbDms.Provider.Values;

namespace TidbDms.Provider.Registration.Construct;

/// <summary>
/// One <c>Construct</c> call in domain terms. <see cref="Inputs"/> already carry the request's
/// <c>inputDependencies</c> on each top-level value, and keep secrets and unknowns.
/// </summary>
/// <param name="DryRun">True during a preview: outputs may stay unknown.</param>
internal sealed record ComponentRequest(
    string Project,
    string Stack,
    string Type,
    string Name,
    ImmutableSortedDictionary<string, PropertyValue> Inputs,
    bool DryRun,
    ComponentOptions Options);
