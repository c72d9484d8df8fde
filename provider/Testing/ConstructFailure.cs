using System.Collections.Immutable;

namespace TidbDms.Provider.Testing;

/// <summary>
/// A Construct that ended with an error status, in plain terms: the status name, its message, and
/// the property errors of an <c>InputPropertiesError</c> detail (empty for other failures).
/// </summary>
internal sealed record ConstructFailure(string Status, string Message, ImmutableArray<(string Path, string Reason)> PropertyErrors);
